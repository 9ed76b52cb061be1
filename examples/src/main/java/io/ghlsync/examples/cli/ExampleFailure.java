package io.ghlsync.examples.cli;

import org.jspecify.annotations.Nullable;

/**
 * An expected way for an example to stop: bad usage, missing configuration, or a service that
 * refused. The program prints {@link #getMessage()} (never a stack trace) and exits with {@link
 * #exitCode()}.
 */
public final class ExampleFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Exit code of a run that failed while working (a service refused, records failed). */
  public static final int RUN_FAILED = 1;

  /** Exit code of bad usage or missing or invalid configuration: nothing was attempted. */
  public static final int BAD_SETUP = 2;

  /** The exit code the program ends with: {@link #RUN_FAILED} or {@link #BAD_SETUP}. */
  private final int exitCode;

  private ExampleFailure(int exitCode, String message, @Nullable Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  /**
   * Bad command-line usage.
   *
   * @param message what is wrong and how to fix it
   * @return the failure (exit code {@value #BAD_SETUP})
   */
  public static ExampleFailure usage(String message) {
    return new ExampleFailure(BAD_SETUP, message, null);
  }

  /**
   * Missing or invalid configuration, found before any network call.
   *
   * @param message what is missing or wrong
   * @return the failure (exit code {@value #BAD_SETUP})
   */
  public static ExampleFailure setup(String message) {
    return new ExampleFailure(BAD_SETUP, message, null);
  }

  /**
   * A failure while running.
   *
   * @param message what failed, in plain words
   * @param cause the underlying error, kept for debugging but not printed
   * @return the failure (exit code {@value #RUN_FAILED})
   */
  public static ExampleFailure run(String message, @Nullable Throwable cause) {
    return new ExampleFailure(RUN_FAILED, message, cause);
  }

  /**
   * The exit code the program ends with.
   *
   * @return 1 or 2
   */
  public int exitCode() {
    return exitCode;
  }
}
