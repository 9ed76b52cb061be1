package io.ghlsync.cli;

import io.ghlsync.core.ApiException;
import io.ghlsync.sync.SyncCounters;
import io.ghlsync.sync.SyncEngine;
import io.ghlsync.sync.SyncProgress;
import io.ghlsync.sync.store.QueueStats;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ghlsync backfill}: every contact of the location(s), with tasks and notes. */
@Command(
    name = "backfill",
    mixinStandardHelpOptions = true,
    description = {
      "Queues every contact of the configured location(s) and syncs each, with its tasks and notes,"
          + " to every target, with a live progress bar (rate and ETA) on stderr.",
      "Resumable: Ctrl-C stops cleanly (exit 130); run backfill again and it continues. Contacts"
          + " synced before are found by their links and never created twice."
    })
final class BackfillCommand extends CliCommand {
  @Option(names = "--location", paramLabel = "ID", description = "only this location")
  private @Nullable String location;

  @Override
  int run() {
    CliConfig config = config();
    Output output = output();
    BackfillProgress progress =
        new BackfillProgress(console().err(), console().terminal(), !output.json());
    SyncCounters counters = new SyncCounters();
    try (Session session = Session.open(config);
        Interruption ctrlC = Interruption.ofCurrentThread()) {
      SyncEngine engine = session.engine(progress, counters);
      List<String> locations =
          location == null ? config.ghl().locations() : List.of(session.location(location));
      QueueStats leftOver = engine.queueStats();
      if (leftOver.ready() + leftOver.delayed() + leftOver.leased() > 0) {
        output.say(
            "Resuming: "
                + (leftOver.ready() + leftOver.delayed() + leftOver.leased())
                + " contact(s) were still queued from an earlier run.");
      }
      Map<String, Object> queued = new LinkedHashMap<>();
      for (String loc : locations) {
        try {
          queued.put(loc, engine.backfill(loc).queued());
        } catch (ApiException e) {
          throw Runs.explain(
              "reading the contacts of location " + loc + " from GHL",
              "ghl.credentials.privateToken",
              e);
        }
      }
      QueueStats before = engine.queueStats();
      long total = (long) before.ready() + before.delayed() + before.leased();
      output.say(
          "Backfill of "
              + String.join(", ", locations)
              + " to "
              + String.join(", ", engine.targetNames())
              + ": "
              + total
              + " contact(s) to sync.");
      progress.start(total);
      boolean interrupted = false;
      try {
        Runs.drain(engine);
      } catch (InterruptedException e) {
        interrupted = true;
      } finally {
        // Stop the workers (their last listener calls included) before the bar's last drawing
        // and the final counts; queued work stays in the store.
        engine.close();
        progress.finish();
      }
      return report(output, engine, counters.snapshot(), queued, interrupted);
    }
  }

  private static int report(
      Output output,
      SyncEngine engine,
      SyncProgress p,
      Map<String, Object> queued,
      boolean interrupted) {
    QueueStats left = engine.queueStats();
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("queued", queued);
    doc.put("synced", p.done());
    doc.put("writes", p.writes());
    doc.put("retried", p.failed());
    doc.put("deadLettered", p.deadLettered());
    doc.put("queue", Runs.queue(left));
    doc.put("interrupted", interrupted);
    output.print(
        doc,
        () -> {
          List<String> lines = new ArrayList<>();
          lines.add(
              (interrupted ? "Stopped" : "Done")
                  + ": "
                  + p.done()
                  + " contact(s) synced, "
                  + p.writes()
                  + " write(s), "
                  + p.failed()
                  + " attempt(s) to retry, "
                  + p.deadLettered()
                  + " dead letter(s) in this run.");
          if (interrupted) {
            lines.add(
                (left.ready() + left.delayed() + left.leased())
                    + " contact(s) are still queued; run backfill again to resume.");
          }
          if (left.deadLetters() > 0) {
            lines.add(
                left.deadLetters()
                    + " dead letter(s) in the store: ghlsync dead-letters list, then replay.");
          }
          return lines;
        });
    if (interrupted) {
      return Ghlsync.INTERRUPTED;
    }
    return p.deadLettered() > 0 ? Ghlsync.FAILED : Ghlsync.OK;
  }
}
