/** Engine internals; nothing here is public API. */
@NullMarked
package io.ghlsync.sync.internal;

import org.jspecify.annotations.NullMarked;
