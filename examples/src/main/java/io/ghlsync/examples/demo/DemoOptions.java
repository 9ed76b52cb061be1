package io.ghlsync.examples.demo;

import io.ghlsync.examples.cli.Arguments;
import io.ghlsync.examples.cli.ExampleFailure;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The demo's command line.
 *
 * @param mode sandbox, real services, or decided by whether credentials are given
 * @param config a properties file with real-service settings
 * @param contacts how many contacts the sandbox seeds
 * @param maxPages how many GHL search pages (of 100 contacts) a real-service backfill reads
 * @param targets the targets to sync to
 * @param onOfficeMapping a mapping file replacing the demo's onOffice mapping
 * @param optmyzrMapping a mapping file replacing the demo's Optmyzr mapping
 * @param overrides settings given as options (base URLs)
 * @param store the sync store: an H2 file (default) or memory
 * @param storeDir real services: the folder of the H2 file (default {@code ~/.ghlsync/demo})
 * @param help whether to print the usage and stop
 */
record DemoOptions(
    Mode mode,
    Optional<Path> config,
    int contacts,
    int maxPages,
    Set<DemoTarget> targets,
    Optional<Path> onOfficeMapping,
    Optional<Path> optmyzrMapping,
    Map<Setting, String> overrides,
    DemoStore.Kind store,
    Optional<Path> storeDir,
    boolean help) {

  /** Which services the demo talks to. */
  enum Mode {
    /** Real services when any credential is given, else the sandbox. */
    AUTO,
    /** The embedded sandbox, whatever the environment holds. */
    SANDBOX,
    /** The real services; missing credentials are an error. */
    REAL
  }

  /** Contacts the sandbox seeds unless told otherwise. */
  static final int DEFAULT_CONTACTS = 50;

  /**
   * The fewest contacts the sandbox seeds: seeded contact 5 is the first with an open task and a
   * note, which the webhook steps change.
   */
  static final int MIN_CONTACTS = 6;

  /** Search pages a real-service backfill reads unless told otherwise (100 contacts each). */
  static final int DEFAULT_PAGES = 1;

  /** Copies the components. */
  DemoOptions {
    targets = Set.copyOf(targets);
    overrides = Map.copyOf(overrides);
  }

  /**
   * Parses the command line.
   *
   * @param args the program arguments
   * @return the options
   * @throws ExampleFailure (exit code 2) for bad usage
   */
  static DemoOptions parse(String[] args) {
    Arguments a =
        Arguments.parse(
            args,
            Set.of("sandbox", "real"),
            Set.of(
                "config",
                "contacts",
                "max-pages",
                "targets",
                "onoffice-mapping",
                "optmyzr-mapping",
                "ghl-base-url",
                "onoffice-url",
                "optmyzr-url",
                "store",
                "store-dir"));
    if (a.flag("sandbox") && a.flag("real")) {
      throw ExampleFailure.usage("--sandbox and --real exclude each other; pass one of them");
    }
    Map<Setting, String> overrides = new EnumMap<>(Setting.class);
    a.value("ghl-base-url").ifPresent(v -> overrides.put(Setting.GHL_BASE_URL, v));
    a.value("onoffice-url").ifPresent(v -> overrides.put(Setting.ONOFFICE_URL, v));
    a.value("optmyzr-url").ifPresent(v -> overrides.put(Setting.OPTMYZR_CONTRACT_URL, v));
    Mode mode = a.flag("sandbox") ? Mode.SANDBOX : a.flag("real") ? Mode.REAL : Mode.AUTO;
    if (mode == Mode.SANDBOX && (!overrides.isEmpty() || a.value("config").isPresent())) {
      throw ExampleFailure.usage(
          "--sandbox runs its own services; base URL options and --config are for real services");
    }
    Set<DemoTarget> targets = EnumSet.noneOf(DemoTarget.class);
    List<String> names = a.list("targets");
    names.forEach(n -> targets.add(DemoTarget.parse(n)));
    if (targets.isEmpty()) {
      targets.addAll(EnumSet.allOf(DemoTarget.class));
    }
    return new DemoOptions(
        mode,
        a.path("config"),
        a.intValue("contacts", DEFAULT_CONTACTS, MIN_CONTACTS, 5_000),
        a.intValue("max-pages", DEFAULT_PAGES, 1, 1_000_000),
        targets,
        a.path("onoffice-mapping"),
        a.path("optmyzr-mapping"),
        overrides,
        DemoStore.Kind.parse(a.value("store").orElse("h2")),
        a.path("store-dir"),
        a.flag("help"));
  }

  /**
   * The usage text.
   *
   * @return the text
   */
  static String usage() {
    return String.join(
        "\n",
        "Usage: ./demo.sh [options]        (or: java io.ghlsync.examples.demo.QuickStartDemo ...)",
        "",
        "Without credentials the demo runs on an embedded sandbox of fake GHL, onOffice and",
        "Optmyzr servers. With credentials (environment variables or --config FILE) it syncs the",
        "real services. See examples/README.md for every setting.",
        "",
        "  --sandbox                 use the sandbox even if credentials are set",
        "  --real                    use the real services (fail if credentials are missing)",
        "  --config FILE             properties file with the settings (same names as the",
        "                            environment variables, e.g. GHL_PRIVATE_TOKEN=...)",
        "  --contacts N              sandbox: contacts to seed, "
            + MIN_CONTACTS
            + " to 5000 (default "
            + DEFAULT_CONTACTS
            + ")",
        "  --max-pages N             real services: GHL search pages of 100 contacts to sync",
        "                            (default " + DEFAULT_PAGES + ")",
        "  --targets LIST            onoffice, optmyzr or both (default both)",
        "  --onoffice-mapping FILE   JSON mapping to use instead of the demo's onOffice mapping",
        "  --optmyzr-mapping FILE    JSON mapping to use instead of the demo's Optmyzr mapping",
        "  --ghl-base-url URL        GHL API base URL (sets GHL_BASE_URL)",
        "  --onoffice-url URL        onOffice API endpoint (sets ONOFFICE_URL)",
        "  --optmyzr-url URL         Optmyzr contacts contract base URL (sets OPTMYZR_CONTRACT_URL)",
        "  --store h2|memory         sync store (default h2: an H2 file; the sandbox uses a fresh",
        "                            one each run and shows a stopped engine resumed by a new one;",
        "                            real services keep it in --store-dir)",
        "  --store-dir DIR           real services: folder of the H2 file (default ~/.ghlsync/demo)",
        "  --help                    show this text");
  }
}
