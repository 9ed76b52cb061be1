package io.ghlsync.cli;

/**
 * A failure the command line reports as one plain message and an exit code, never as a stack trace.
 */
final class CliFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  private CliFailure(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  /**
   * Bad usage or configuration: nothing was written.
   *
   * @param message what is wrong and how to fix it
   * @return the failure (exit code 2)
   */
  static CliFailure usage(String message) {
    return new CliFailure(message, Ghlsync.USAGE);
  }

  /**
   * A configuration problem at one key.
   *
   * @param key the configuration key, e.g. {@code targets[0].credentials.token}
   * @param problem what is wrong
   * @param fix how to fix it
   * @return the failure (exit code 2)
   */
  static CliFailure config(String key, String problem, String fix) {
    return new CliFailure(
        "configuration key '" + key + "': " + problem + "; " + fix, Ghlsync.USAGE);
  }

  /**
   * The command ran and something failed.
   *
   * @param message what failed
   * @return the failure (exit code 1)
   */
  static CliFailure failed(String message) {
    return new CliFailure(message, Ghlsync.FAILED);
  }

  /**
   * The exit code.
   *
   * @return 1 or 2
   */
  int exitCode() {
    return exitCode;
  }
}
