package io.ghlsync.cli;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code ghlsync}: the top-level command; it only holds the options every command shares. */
@Command(
    name = "ghlsync",
    mixinStandardHelpOptions = true,
    versionProvider = RootCommand.Version.class,
    description = {
      "Runs the ghlsync engine (GHL contacts, tasks and notes to onOffice and Optmyzr) from one"
          + " YAML configuration file.",
      "Start with: ghlsync --config examples/sandbox.yaml backfill (no account needed)."
    },
    subcommands = {
      CheckCommand.class,
      MappingCommand.class,
      PlanCommand.class,
      SyncCommand.class,
      BackfillCommand.class,
      PollCommand.class,
      DeadLettersCommand.class,
      AuditCommand.class,
      StatusCommand.class,
      CatalogCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:the command ran and something failed (a service refused, a check did not pass,"
          + " records were dead-lettered)",
      "2:bad usage or configuration; nothing was written",
      "130:interrupted (Ctrl-C); work done so far is kept, run the command again to resume"
    },
    footer = {
      "",
      "The configuration is read from --config, else $GHLSYNC_CONFIG, else ./ghlsync.yaml.",
      "Its JSON Schema ships in the jar (ghlsync catalog --schema prints it)."
    })
final class RootCommand implements java.util.concurrent.Callable<Integer> {
  private final Console console;

  @Option(
      names = {"-c", "--config"},
      scope = ScopeType.INHERIT,
      paramLabel = "FILE",
      description = "the YAML configuration (default: $GHLSYNC_CONFIG, else ./ghlsync.yaml)")
  private @org.jspecify.annotations.Nullable Path config;

  @Option(
      names = "--json",
      scope = ScopeType.INHERIT,
      description = "print one JSON document instead of text (for scripts)")
  private boolean json;

  RootCommand(Console console) {
    this.console = console;
  }

  /**
   * A command line whose failures become plain messages and the documented exit codes.
   *
   * @param console the environment and streams
   * @return the command line
   */
  static CommandLine commandLine(Console console) {
    CommandLine cli = new CommandLine(new RootCommand(console));
    cli.setOut(new java.io.PrintWriter(console.out(), true));
    cli.setErr(new java.io.PrintWriter(console.err(), true));
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof CliFailure failure) {
            console.err().println("ghlsync: " + failure.getMessage());
            return failure.exitCode();
          }
          console
              .err()
              .println(
                  "ghlsync: unexpected "
                      + e.getClass().getSimpleName()
                      + (e.getMessage() == null ? "" : ": " + e.getMessage()));
          return Ghlsync.FAILED;
        });
    return cli;
  }

  @Override
  public Integer call() {
    console.err().println("ghlsync: a command is required; ghlsync --help lists them");
    return Ghlsync.USAGE;
  }

  /**
   * The streams and environment.
   *
   * @return the console
   */
  Console console() {
    return console;
  }

  /**
   * Whether JSON output was asked for.
   *
   * @return true with {@code --json}
   */
  boolean json() {
    return json;
  }

  /**
   * The configuration file to read.
   *
   * @return --config, else $GHLSYNC_CONFIG, else ./ghlsync.yaml
   */
  Path configFile() {
    if (config != null) {
      return config;
    }
    String fromEnv = console.env().get("GHLSYNC_CONFIG");
    return Path.of(fromEnv == null || fromEnv.isBlank() ? "ghlsync.yaml" : fromEnv);
  }

  /** Reports the version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = RootCommand.class.getPackage().getImplementationVersion();
      return new String[] {"ghlsync " + (version == null ? "(development build)" : version)};
    }
  }
}
