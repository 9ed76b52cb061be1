package io.ghlsync.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The {@code ghlsync} command line.
 *
 * <pre>{@code
 * java -jar ghlsync.jar --config examples/sandbox.yaml backfill
 * }</pre>
 *
 * <p>Exit codes: {@value #OK} success; {@value #FAILED} the command ran but something failed (a
 * service refused, records were dead-lettered, a check did not pass); {@value #USAGE} bad usage or
 * configuration (nothing was written); {@value #INTERRUPTED} stopped by Ctrl-C (work done so far is
 * kept; run the command again to resume).
 */
public final class Ghlsync {
  /** Exit code: success. */
  public static final int OK = 0;

  /** Exit code: the command ran and something failed. */
  public static final int FAILED = 1;

  /** Exit code: bad usage or configuration; nothing was written. */
  public static final int USAGE = 2;

  /** Exit code: interrupted (Ctrl-C); the work done so far is kept. */
  public static final int INTERRUPTED = 130;

  private Ghlsync() {}

  /**
   * Runs the command line and exits with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(
        RootCommand.commandLine(new Console(System.getenv(), out, err, System.console() != null))
            .execute(args));
  }

  /**
   * Runs the command line in this JVM (the tests and an embedding host use this).
   *
   * @param args the arguments, e.g. {@code --config ghlsync.yaml status}
   * @param env the environment credentials are read from ({@code {env: NAME}} references)
   * @param out where results go
   * @param err where errors and the progress bar go
   * @return the exit code
   */
  public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    return RootCommand.commandLine(new Console(env, out, err, false)).execute(args);
  }
}
