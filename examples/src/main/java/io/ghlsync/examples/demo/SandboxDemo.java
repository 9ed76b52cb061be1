package io.ghlsync.examples.demo;

import io.ghlsync.examples.webhook.WebhookTally;
import io.ghlsync.micrometer.SyncMetrics;
import io.ghlsync.sync.SyncEngine;
import io.ghlsync.sync.SyncEngineBuilder;
import io.ghlsync.sync.SyncTarget;
import io.ghlsync.sync.mapping.Mapping;
import io.ghlsync.sync.model.EntityKind;
import io.ghlsync.sync.onoffice.OnOfficeTarget;
import io.ghlsync.sync.optmyzr.OptmyzrTarget;
import io.ghlsync.sync.store.AuditEntry;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The quick start on the embedded sandbox: backfill, webhook-driven changes, summary, audit trail,
 * then lead scores, their reasons and the tasks the example activity rules create.
 */
final class SandboxDemo {
  private static final Duration BACKFILL_TIMEOUT = Duration.ofMinutes(3);

  private SandboxDemo() {}

  /**
   * Runs the demo.
   *
   * @param options the command line
   * @param mappings the mapping of each chosen target
   * @param out where to print
   * @param live whether the terminal is interactive (progress bar redrawn in place)
   * @return what happened
   */
  static DemoReport run(
      DemoOptions options, Map<DemoTarget, Mapping> mappings, PrintStream out, boolean live) {
    out.println(
        "ghlsync quick start: embedded sandbox (fake GHL, onOffice and Optmyzr servers on"
            + " loopback; no accounts needed)");
    try (DemoSandbox sandbox = DemoSandbox.start(options.contacts());
        DemoStore store =
            options.store() == DemoStore.Kind.H2 ? DemoStore.freshH2() : DemoStore.memory()) {
      DemoSandbox.Seeded seeded = sandbox.seeded();
      out.println(
          "  GHL       "
              + sandbox.ghl.baseUrl()
              + "  location "
              + DemoSandbox.LOCATION
              + ": "
              + seeded.contacts()
              + " contacts, "
              + seeded.tasks()
              + " tasks, "
              + seeded.notes()
              + " notes");
      out.println(
          "  onOffice  "
              + sandbox.onOffice.url()
              + "  (address "
              + sandbox.preExistingAddressId
              + " already holds the first GHL contact)");
      out.println("  Optmyzr   " + sandbox.optmyzr.baseUrl() + "  (contacts contract)");
      out.println("  store     " + store.describe());
      SyncSummary summary = new SyncSummary();
      SyncMetrics syncMetrics = new SyncMetrics(sandbox.metrics);
      ProgressBar progress = new ProgressBar(out, live);
      ResumePhase resume = ResumePhase.stoppingHalfway(options.contacts());
      // One engine for both targets: a contact is read from GHL once and written to each.
      SyncEngineBuilder builder =
          SyncEngine.builder()
              .ghl(sandbox.engineClient)
              .store(store.store())
              .listener(summary)
              .listener(progress)
              .listener(syncMetrics)
              .listener(resume)
              // Sandbox data is synthetic, so the audit may show values instead of "***".
              .revealPersonalDataInAudit(true)
              // Small batches on the durable store, so that stopping the first engine halfway
              // leaves work for the second.
              .batchSize(store.durable() ? Math.max(1, options.contacts() / 10) : 10)
              .idlePoll(Duration.ofMillis(50));
      for (DemoTarget t : mappings.keySet()) {
        Mapping m = mappings.get(t);
        out.println("  mapping   " + t.key() + ": " + m.name() + " version " + m.version());
        builder.addTarget(
            SyncTarget.builder(
                    t == DemoTarget.ONOFFICE
                        ? OnOfficeTarget.builder(sandbox.onOfficeClient).build()
                        : OptmyzrTarget.builder(sandbox.optmyzrClient).build(),
                    m)
                .build());
      }
      String backfillTitle =
          "[1/3] Backfill: every GHL contact with its tasks and notes, to "
              + String.join(" and ", mappings.keySet().stream().map(DemoTarget::key).toList());
      SyncEngine started;
      Map<String, Integer> queued;
      if (store.durable()) {
        out.println();
        out.println(backfillTitle + " (stopped halfway and resumed by a new engine)");
        ResumePhase.Resumed resumed =
            resume.run(out, builder, progress, store, DemoSandbox.LOCATION, BACKFILL_TIMEOUT);
        started = resumed.engine();
        queued = resumed.queued();
      } else {
        started = builder.build();
        out.println();
        out.println(backfillTitle);
        queued =
            SyncPhases.backfill(
                out, started, progress, DemoSandbox.LOCATION, Integer.MAX_VALUE, BACKFILL_TIMEOUT);
      }
      try (SyncEngine engine = started) {
        syncMetrics.bind(engine);
        SyncPhases.requireNoDeadLetters(engine);

        String story = sandbox.storyContact();
        out.println();
        out.println(
            "[2/3] Changes in GHL arrive as signed webhooks (all on contact " + story + ")");
        WebhookTally webhooks = new SandboxEdits(sandbox, engine, out, story).run();
        out.println();
        out.println("  Webhooks: " + webhooks.describe() + ".");

        out.println();
        out.println("[3/3] Results");
        SyncPhases.summary(out, summary, engine);
        List<AuditEntry> trail =
            ContactStory.print(
                out,
                engine,
                sandbox.ghl.baseUrl(),
                DemoSandbox.LOCATION,
                story,
                store.describe()
                    + "; a host plugs its own store into SyncEngine.builder().store(..)");
        SyncPhases.requireNoDeadLetters(engine);
        Map<String, Map<EntityKind, DecisionCounts>> decisions = summary.snapshot();
        List<ScoringPhase.Scored> scored = ScoringPhase.run(out, sandbox, mappings);
        out.println();
        out.println(
            "Done. Next: run with your own credentials (see examples/README.md), or edit"
                + " the mapping, scoring or rules files in"
                + " examples/src/main/resources/io/ghlsync/examples/demo/ and run again.");
        SyncPhases.metrics(out, sandbox.metrics);
        return new DemoReport(
            true,
            queued,
            decisions,
            webhooks.accepted(),
            webhooks.duplicates(),
            webhooks.rejected(),
            story,
            trail,
            scored);
      }
    }
  }
}
