package io.ghlsync.cli;

import io.ghlsync.sync.store.AuditEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ghlsync audit --contact ID}. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description =
        "The audit trail of one contact (its tasks and notes included, every target), oldest first:"
            + " each decision with the mapping version in force and the fields it changed"
            + " (personal values masked).")
final class AuditCommand extends CliCommand {
  @Option(names = "--contact", required = true, paramLabel = "ID", description = "the GHL contact")
  private String contact = "";

  @Option(names = "--location", paramLabel = "ID", description = "its location (if several)")
  private @Nullable String location;

  @Override
  int run() {
    try (Session session = Session.open(config())) {
      String loc = session.location(location);
      List<AuditEntry> entries = session.engine().audit(loc, contact);
      List<Map<String, Object>> docs = new ArrayList<>();
      for (AuditEntry e : entries) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("at", e.at().toString());
        m.put("target", e.target());
        m.put("kind", e.kind().name());
        m.put("ghlId", e.ghlId());
        m.put("targetId", e.targetId().orElse(""));
        m.put("decision", e.decision().name());
        m.put("mappingVersion", e.mappingVersion());
        List<Map<String, String>> changes = new ArrayList<>();
        e.changes()
            .forEach(
                c ->
                    changes.add(
                        Map.of("field", c.field(), "before", c.before(), "after", c.after())));
        m.put("changes", changes);
        m.put("detail", e.detail());
        docs.add(m);
      }
      output()
          .print(
              Map.of("location", loc, "contact", contact, "entries", docs),
              () -> {
                List<String> lines = new ArrayList<>();
                lines.add(
                    "Audit trail of contact "
                        + contact
                        + ": "
                        + entries.size()
                        + " entr"
                        + (entries.size() == 1 ? "y" : "ies"));
                for (AuditEntry e : entries) {
                  lines.add(
                      "  "
                          + e.at()
                          + "  "
                          + e.target()
                          + "  "
                          + e.kind().name().toLowerCase(Locale.ROOT)
                          + " "
                          + e.ghlId()
                          + "  "
                          + e.decision()
                          + e.targetId().map(t -> " -> " + t).orElse("")
                          + "  mapping "
                          + e.mappingVersion()
                          + (e.detail().isEmpty() ? "" : "  (" + e.detail() + ")"));
                  e.changes()
                      .forEach(
                          c ->
                              lines.add(
                                  "      " + c.field() + ": " + c.before() + " -> " + c.after()));
                }
                return lines;
              });
      return Ghlsync.OK;
    }
  }
}
