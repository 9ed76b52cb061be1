package io.ghlsync.cli;

import java.io.PrintStream;
import java.util.Map;

/**
 * What a command may touch outside its configuration: the environment (for credential references)
 * and the two output streams.
 *
 * @param env the environment
 * @param out results
 * @param err errors, warnings and the progress bar
 * @param terminal whether {@code err} is an interactive terminal (the progress bar redraws in
 *     place)
 */
record Console(Map<String, String> env, PrintStream out, PrintStream err, boolean terminal) {
  Console {
    env = Map.copyOf(env);
  }
}
