package io.ghlsync.examples.demo;

import io.ghlsync.examples.cli.ExampleFailure;
import io.ghlsync.sync.store.DeadLetter;
import java.io.PrintStream;
import java.time.Duration;
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
   * @param engines the engines (not started yet)
   * @param progress the progress bar the engines report to
   * @param locationId the GHL location
   * @param maxPages the most search pages to read
   * @param timeout the longest wait for the sync
   * @return contacts queued per target
   */
  static Map<String, Integer> backfill(
      PrintStream out,
      TargetEngines engines,
      ProgressBar progress,
      String locationId,
      int maxPages,
      Duration timeout) {
    Map<String, Integer> queued = engines.backfill(locationId, maxPages);
    out.println(
        "  Queued "
            + queued.entrySet().stream()
                .map(e -> e.getValue() + " contacts for " + e.getKey())
                .collect(Collectors.joining(", "))
            + "; syncing each with its tasks and notes:");
    progress.begin(queued);
    try {
      engines.start();
      engines.awaitIdle(timeout);
    } finally {
      progress.finish();
    }
    return queued;
  }

  /**
   * Prints the summary table.
   *
   * @param out where to print
   * @param summary the counts
   * @param engines the engines (for the target order)
   */
  static void summary(PrintStream out, SyncSummary summary, TargetEngines engines) {
    out.println();
    out.println("Summary (records per target; a linked record already existed in the target):");
    summary.table(engines.targetNames()).forEach(out::println);
  }

  /**
   * Fails the run when contacts ended in the dead-letter list.
   *
   * @param engines the engines
   * @throws ExampleFailure (exit code 1) listing the first reasons
   */
  static void requireNoDeadLetters(TargetEngines engines) {
    List<DeadLetter> dead = engines.deadLetters();
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
}
