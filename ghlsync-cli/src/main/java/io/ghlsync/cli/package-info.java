/**
 * The {@code ghlsync} command line: runs the sync engine from one YAML configuration file.
 *
 * <p>{@link io.ghlsync.cli.Ghlsync} is the entry point ({@code java -jar ghlsync.jar --help}). The
 * rest of the package is the application itself (commands, configuration loading, the sandbox) and
 * is not an API.
 */
@NullMarked
package io.ghlsync.cli;

import org.jspecify.annotations.NullMarked;
