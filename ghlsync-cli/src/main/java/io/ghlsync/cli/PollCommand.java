package io.ghlsync.cli;

import io.ghlsync.core.ApiException;
import io.ghlsync.sync.ScanResult;
import io.ghlsync.sync.SyncCounters;
import io.ghlsync.sync.SyncEngine;
import io.ghlsync.sync.SyncProgress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ghlsync poll}: contacts changed since the last poll. */
@Command(
    name = "poll",
    mixinStandardHelpOptions = true,
    description = {
      "Syncs the contacts updated in GHL since the last poll (every contact on the first one), for"
          + " setups without webhooks. The position is kept in the store.",
      "--watch repeats every triggers.poll.interval until Ctrl-C."
    })
final class PollCommand extends CliCommand {
  @Option(names = "--location", paramLabel = "ID", description = "only this location")
  private @Nullable String location;

  @Option(names = "--watch", description = "poll again every triggers.poll.interval")
  private boolean watch;

  @Override
  int run() {
    CliConfig config = config();
    SyncCounters counters = new SyncCounters();
    try (Session session = Session.open(config);
        Interruption ctrlC = Interruption.ofCurrentThread()) {
      SyncEngine engine = session.engine(counters);
      List<String> locations =
          location == null ? config.ghl().locations() : List.of(session.location(location));
      Map<String, Object> queued = new LinkedHashMap<>();
      boolean interrupted = false;
      try {
        do {
          for (String loc : locations) {
            ScanResult r;
            try {
              r = engine.poll(loc);
            } catch (ApiException e) {
              throw Runs.explain("polling location " + loc, "ghl.credentials.privateToken", e);
            }
            queued.merge(loc, r.queued(), (a, b) -> (Integer) a + (Integer) b);
            output().say("Polled " + loc + ": " + r.queued() + " contact(s) changed.");
          }
          Runs.drain(engine);
          if (watch) {
            Thread.sleep(config.pollInterval().toMillis());
          }
        } while (watch);
      } catch (InterruptedException e) {
        interrupted = true;
      }
      engine.close();
      SyncProgress p = counters.snapshot();
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("queued", queued);
      doc.put("synced", p.done());
      doc.put("writes", p.writes());
      doc.put("deadLettered", p.deadLettered());
      doc.put("queue", Runs.queue(engine.queueStats()));
      doc.put("interrupted", interrupted);
      output()
          .print(
              doc,
              () -> {
                List<String> lines = new ArrayList<>();
                lines.add(
                    p.done()
                        + " contact(s) synced, "
                        + p.writes()
                        + " write(s), "
                        + p.deadLettered()
                        + " dead letter(s).");
                return lines;
              });
      if (interrupted) {
        return Ghlsync.INTERRUPTED;
      }
      return p.deadLettered() > 0 ? Ghlsync.FAILED : Ghlsync.OK;
    }
  }
}
