/** JMH and macro benchmarks of ghlsync; run them as described in docs/benchmarks.md. */
@NullMarked
package io.ghlsync.benchmarks;

import org.jspecify.annotations.NullMarked;
