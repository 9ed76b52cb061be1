package io.ghlsync.cli;

import io.ghlsync.sync.SyncEngine;
import io.ghlsync.sync.model.Decision;
import io.ghlsync.sync.store.AuditEntry;
import io.ghlsync.sync.store.CursorStore;
import io.ghlsync.sync.store.QueueStats;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code ghlsync status}. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description =
        "Queue depth, the poll and backfill positions per location, dead letters and the most"
            + " recent failures, from the store (no service is contacted).")
final class StatusCommand extends CliCommand {
  private static final int RECENT = 500;
  private static final int SHOWN = 10;

  @Override
  int run() {
    try (Session session = Session.open(config())) {
      SyncEngine engine = session.engine();
      QueueStats stats = engine.queueStats();
      CursorStore cursors = session.store().forEngine(engine.name()).cursors();
      Map<String, Object> positions = new LinkedHashMap<>();
      for (String loc : session.config.ghl().locations()) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("lastPoll", cursors.get("poll:" + loc).orElse(""));
        p.put("backfillInProgress", cursors.get("backfill:" + loc).isPresent());
        positions.put(loc, p);
      }
      List<Map<String, Object>> failures = new ArrayList<>();
      for (AuditEntry e : session.store().audit().recent(RECENT)) {
        if ((e.decision() == Decision.FAILED || e.decision() == Decision.DEAD_LETTERED)
            && failures.size() < SHOWN) {
          failures.add(
              Map.of(
                  "at", e.at().toString(),
                  "target", e.target(),
                  "contact", e.contactId(),
                  "decision", e.decision().name(),
                  "detail", e.detail()));
        }
      }
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("engine", engine.name());
      doc.put("targets", engine.targetNames());
      doc.put("queue", Runs.queue(stats));
      doc.put("locations", positions);
      doc.put("recentFailures", failures);
      output()
          .print(
              doc,
              () -> {
                List<String> lines = new ArrayList<>();
                lines.add("Targets: " + String.join(", ", engine.targetNames()));
                lines.add(
                    "Queue: "
                        + stats.ready()
                        + " ready, "
                        + stats.delayed()
                        + " waiting for a retry, "
                        + stats.leased()
                        + " in progress, "
                        + stats.deadLetters()
                        + " dead letter(s)");
                positions.forEach((loc, p) -> lines.add("Location " + loc + ": " + p));
                lines.add("Recent failures: " + (failures.isEmpty() ? "none" : ""));
                failures.forEach(f -> lines.add("  " + f));
                return lines;
              });
      return Ghlsync.OK;
    }
  }
}
