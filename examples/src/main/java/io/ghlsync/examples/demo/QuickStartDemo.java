package io.ghlsync.examples.demo;

import io.ghlsync.examples.cli.ExampleFailure;
import io.ghlsync.examples.cli.ServiceFailures;
import io.ghlsync.sync.mapping.Mapping;
import java.io.PrintStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The quick-start demo. From the repository root: {@code ./demo.sh} (builds, then runs this class).
 *
 * <p>Without credentials it runs on an embedded sandbox: the testkit's fake GHL, onOffice and
 * Optmyzr servers on loopback, a GHL location seeded with realistic contacts, tasks and notes, a
 * backfill to both targets with a live progress bar, GHL changes delivered as signed webhooks (a
 * contact edit, a completed task, a new note, a duplicate delivery), a summary table, the audit
 * trail of one contact and where its state lives. With credentials (environment variables or {@code
 * --config FILE}) the same engine setup syncs the real services. Exit code 0 on success, 1 when the
 * run failed, 2 for bad usage or missing settings (nothing was sent then).
 */
public final class QuickStartDemo {
  private QuickStartDemo() {}

  /**
   * Runs the demo and exits with its exit code.
   *
   * @param args see {@code --help}
   */
  public static void main(String[] args) {
    Outcome outcome = run(args, System.getenv(), System.out, System.err, System.console() != null);
    System.exit(outcome.exitCode());
  }

  /**
   * What a run ended with.
   *
   * @param exitCode 0 on success, 1 when the run failed, 2 for bad usage or settings
   * @param report what the run did, when it finished
   */
  record Outcome(int exitCode, Optional<DemoReport> report) {}

  /**
   * Runs the demo without exiting the JVM.
   *
   * @param args the command line
   * @param environment the environment variables to read settings from
   * @param out where the demo prints
   * @param err where errors are printed
   * @param live whether {@code out} is an interactive terminal
   * @return the exit code and, on success, the report
   */
  static Outcome run(
      String[] args,
      Map<String, String> environment,
      PrintStream out,
      PrintStream err,
      boolean live) {
    try {
      DemoOptions options = DemoOptions.parse(args);
      if (options.help()) {
        out.println(DemoOptions.usage());
        return new Outcome(0, Optional.empty());
      }
      ServiceSettings settings =
          ServiceSettings.resolve(options.overrides(), options.config(), environment);
      boolean real =
          options.mode() == DemoOptions.Mode.REAL
              || (options.mode() == DemoOptions.Mode.AUTO
                  && (!settings.realServiceSettingsGiven().isEmpty()
                      || options.config().isPresent()
                      || !options.overrides().isEmpty()));
      Optional<RealServices> services =
          real ? Optional.of(RealServices.check(settings, options.targets())) : Optional.empty();
      Map<DemoTarget, Mapping> mappings = new EnumMap<>(DemoTarget.class);
      for (DemoTarget t : options.targets()) {
        mappings.put(
            t,
            DemoMappings.load(
                t,
                t == DemoTarget.ONOFFICE ? options.onOfficeMapping() : options.optmyzrMapping()));
      }
      DemoReport report =
          services.isPresent()
              ? RealServiceDemo.run(options, services.get(), mappings, out, live)
              : SandboxDemo.run(options, mappings, out, live);
      return new Outcome(0, Optional.of(report));
    } catch (ExampleFailure e) {
      err.println("error: " + e.getMessage());
      return new Outcome(e.exitCode(), Optional.empty());
    } catch (RuntimeException e) {
      String expected = ServiceFailures.describe(e);
      if (!expected.isEmpty()) {
        err.println("error: " + expected);
      } else {
        err.println("error: unexpected failure; please report it with this trace:");
        e.printStackTrace(err);
      }
      return new Outcome(ExampleFailure.RUN_FAILED, Optional.empty());
    } finally {
      out.flush();
    }
  }
}
