package io.ghlsync.cli;

import io.ghlsync.core.ApiException;
import io.ghlsync.sync.ContactSyncResult;
import io.ghlsync.sync.PlannedChange;
import io.ghlsync.sync.SyncEngine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ghlsync sync --contact ID}: one contact now. */
@Command(
    name = "sync",
    mixinStandardHelpOptions = true,
    description =
        "Syncs one contact (with its tasks and notes) to every target now, in this process, and"
            + " prints what was decided for each record.")
final class SyncCommand extends CliCommand {
  @Option(names = "--contact", required = true, paramLabel = "ID", description = "the GHL contact")
  private String contact = "";

  @Option(names = "--location", paramLabel = "ID", description = "its location (if several)")
  private @Nullable String location;

  @Override
  int run() {
    try (Session session = Session.open(config())) {
      String loc = session.location(location);
      SyncEngine engine = session.engine();
      ContactSyncResult result;
      try {
        result = engine.syncContact(loc, contact);
      } catch (ApiException e) {
        throw Runs.explain("syncing contact " + contact, "ghl.credentials.privateToken", e);
      }
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("location", loc);
      doc.put("contact", contact);
      doc.put("status", result.status().name());
      doc.put("error", result.error());
      doc.put("changes", changes(result.changes()));
      output()
          .print(
              doc,
              () -> {
                List<String> lines = new ArrayList<>();
                lines.add(
                    "Contact "
                        + contact
                        + ": "
                        + result.status()
                        + (result.error().isEmpty() ? "" : " (" + result.error() + ")"));
                lines.addAll(changeLines(result.changes()));
                return lines;
              });
      return result.status() == ContactSyncResult.Status.SYNCED ? Ghlsync.OK : Ghlsync.FAILED;
    }
  }

  /**
   * Changes as a document.
   *
   * @param changes the planned or applied changes
   * @return one map per change
   */
  static List<Map<String, Object>> changes(List<PlannedChange> changes) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (PlannedChange c : changes) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("kind", c.kind().name());
      m.put("ghlId", c.ghlId());
      m.put("decision", c.decision().name());
      m.put("targetId", c.targetId().orElse(""));
      m.put("fields", c.changes().stream().map(f -> f.field()).toList());
      m.put("detail", c.detail());
      out.add(m);
    }
    return out;
  }

  /**
   * Changes as text lines.
   *
   * @param changes the planned or applied changes
   * @return one line per change
   */
  static List<String> changeLines(List<PlannedChange> changes) {
    List<String> lines = new ArrayList<>();
    for (PlannedChange c : changes) {
      lines.add(
          "  "
              + String.format("%-18s", c.decision())
              + " "
              + c.kind().name().toLowerCase(java.util.Locale.ROOT)
              + " "
              + c.ghlId()
              + c.targetId().map(t -> " -> " + t).orElse("")
              + (c.changes().isEmpty()
                  ? ""
                  : "  fields: "
                      + String.join(", ", c.changes().stream().map(f -> f.field()).toList()))
              + (c.detail().isEmpty() ? "" : "  (" + c.detail() + ")"));
    }
    return lines;
  }
}
