package io.ghlsync.cli;

import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every command shares: the console, the {@code --json} switch, the configuration. */
abstract class CliCommand implements Callable<Integer> {
  @Spec private @Nullable CommandSpec spec;

  /**
   * The top-level command (console and shared options).
   *
   * @return the root
   */
  final RootCommand root() {
    return (RootCommand) Objects.requireNonNull(spec, "spec").root().userObject();
  }

  /**
   * Where results and errors go.
   *
   * @return the console
   */
  final Console console() {
    return root().console();
  }

  /**
   * The output in the chosen format.
   *
   * @return the output
   */
  final Output output() {
    return new Output(console().out(), root().json());
  }

  /**
   * Loads and validates the configuration.
   *
   * @return the configuration
   * @throws CliFailure (exit code 2) naming the key and the fix
   */
  final CliConfig config() {
    return ConfigLoader.load(root().configFile(), console().env());
  }

  @Override
  public final Integer call() {
    return run();
  }

  /**
   * Runs the command.
   *
   * @return the exit code
   */
  abstract int run();
}
