/**
 * What the example programs share: command-line parsing, expected failures with their exit codes,
 * and plain-language messages for the errors users run into.
 */
@NullMarked
package io.ghlsync.examples.cli;

import org.jspecify.annotations.NullMarked;
