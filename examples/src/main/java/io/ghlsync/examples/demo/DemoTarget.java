package io.ghlsync.examples.demo;

import io.ghlsync.examples.cli.ExampleFailure;
import java.util.Arrays;
import java.util.Locale;

/** The target CRMs the demo syncs to. */
enum DemoTarget {
  /** onOffice enterprise (addresses, tasks, agents-log notes). */
  ONOFFICE("onoffice"),
  /** Optmyzr, through the contacts contract endpoint. */
  OPTMYZR("optmyzr");

  private final String key;

  DemoTarget(String key) {
    this.key = key;
  }

  /**
   * The name used on the command line and as the engine's target name.
   *
   * @return e.g. {@code onoffice}
   */
  public String key() {
    return key;
  }

  /**
   * Parses a command-line name.
   *
   * @param name e.g. {@code optmyzr}
   * @return the target
   * @throws ExampleFailure (exit code 2) for an unknown name
   */
  public static DemoTarget parse(String name) {
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(t -> t.key.equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                ExampleFailure.usage(
                    "unknown target '"
                        + name
                        + "'; use onoffice, optmyzr or both, comma-separated"));
  }
}
