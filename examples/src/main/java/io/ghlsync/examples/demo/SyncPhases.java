package io.ghlsync.examples.demo;

import io.ghlsync.examples.cli.ExampleFailure;
import io.ghlsync.examples.cli.ServiceFailures;
import io.ghlsync.micrometer.MetricsSummary;
import io.ghlsync.sync.SyncEngine;
import io.ghlsync.sync.store.DeadLetter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The parts of a run the sandbox and the real-service mode share. */
final class SyncPhases {
  private SyncPhases() {}

  /**
   * Queues every contact for every target, then syncs them with a live progress bar.
   *
   * @param out where to print
   * @param engine the engine (not started yet)
   * @param progress the progress bar the engine reports to
   * @param locationId the GHL location
   * @param maxPages the most search pages to read
   * @param timeout the longest wait for the sync
   * @return contacts queued per target
   */
  static Map<String, Integer> backfill(
      PrintStream out,
      SyncEngine engine,
      ProgressBar progress,
      String locationId,
      int maxPages,
      Duration timeout) {
    Map<String, Integer> queued = queueBackfill(out, engine, progress, locationId, maxPages);
    try {
      engine.start();
      awaitIdle(engine, timeout);
    } finally {
      progress.finish();
    }
    return queued;
  }

  /**
   * Queues a backfill, prints what was queued and starts the progress bar (the caller starts the
   * workers and finishes the bar).
   *
   * @param out where to print
   * @param engine the engine
   * @param progress the progress bar
   * @param locationId the location
   * @param maxPages the most search pages
   * @return contacts queued per target
   */
  static Map<String, Integer> queueBackfill(
      PrintStream out, SyncEngine engine, ProgressBar progress, String locationId, int maxPages) {
    int count;
    try {
      count = engine.backfill(locationId, maxPages).queued();
    } catch (RuntimeException e) {
      throw ServiceFailures.explain(
          "reading the contacts of location " + locationId + " from GHL", e);
    }
    // One work item per contact serves every target.
    Map<String, Integer> queued = new LinkedHashMap<>();
    engine.targetNames().forEach(t -> queued.put(t, count));
    out.println(
        "  Queued "
            + queued.entrySet().stream()
                .map(e -> e.getValue() + " contacts for " + e.getKey())
                .collect(Collectors.joining(", "))
            + "; syncing each with its tasks and notes:");
    progress.begin(queued);
    return queued;
  }

  /**
   * Prints the summary table.
   *
   * @param out where to print
   * @param summary the counts
   * @param engine the engine (for the target order)
   */
  static void summary(PrintStream out, SyncSummary summary, SyncEngine engine) {
    out.println();
    out.println("Summary (records per target; a linked record already existed in the target):");
    summary.table(engine.targetNames()).forEach(out::println);
  }

  /**
   * Prints the run's meters, briefly (the demo's last lines).
   *
   * @param out where to print
   * @param registry the run's meters
   */
  static void metrics(PrintStream out, MeterRegistry registry) {
    out.println();
    out.println(
        "Metrics of this run (ghlsync-micrometer; a host binds the same hooks to its own"
            + " registry):");
    MetricsSummary.brief(registry).forEach(line -> out.println("  " + line));
  }

  /**
   * Fails the run when contacts ended in the dead-letter list.
   *
   * @param engine the engine
   * @throws ExampleFailure (exit code 1) listing the first reasons
   */
  static void requireNoDeadLetters(SyncEngine engine) {
    List<DeadLetter> dead = engine.deadLetters();
    if (dead.isEmpty()) {
      return;
    }
    String reasons =
        dead.stream()
            .limit(5)
            .map(d -> "  - " + d.target() + " contact " + d.item().contactId() + ": " + d.reason())
            .collect(Collectors.joining("\n"));
    throw ExampleFailure.run(
        dead.size()
            + " contact(s) could not be synced and were dead-lettered:\n"
            + reasons
            + (dead.size() > 5 ? "\n  ..." : ""),
        null);
  }

  /**
   * Waits until the engine has nothing left to do.
   *
   * @param engine the engine
   * @param timeout the longest wait
   * @throws ExampleFailure when the work does not finish in time
   */
  static void awaitIdle(SyncEngine engine, Duration timeout) {
    try {
      if (!engine.awaitIdle(timeout)) {
        throw ExampleFailure.run(
            "the sync to "
                + String.join(" and ", engine.targetNames())
                + " did not finish within "
                + timeout
                + " ("
                + engine.queueStats()
                + "); the service may be slow or rate limiting",
            null);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ExampleFailure.run("interrupted while waiting for the sync to finish", e);
    }
  }
}
