package io.ghlsync.examples.demo;

import io.ghlsync.sync.model.Decision;
import io.ghlsync.sync.model.FieldChange;
import io.ghlsync.sync.store.AuditEntry;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders audit entries for the terminal: one line per write, and one line counting the records a
 * sync left unchanged.
 */
final class AuditLines {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss.SSS", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final int MAX_VALUE = 40;
  private static final int MAX_FIELDS = 4;

  private AuditLines() {}

  /**
   * Renders entries; runs of skipped records collapse into one line per target.
   *
   * @param entries the entries, oldest first
   * @param indent the prefix of every line
   * @param withTime whether to start lines with the time of the decision
   * @return the lines
   */
  static List<String> render(List<AuditEntry> entries, String indent, boolean withTime) {
    List<String> lines = new ArrayList<>();
    String skipIndent = withTime ? indent + " ".repeat(14) : indent;
    Map<String, Integer> skipped = new LinkedHashMap<>();
    for (AuditEntry e : entries) {
      if (e.decision() == Decision.SKIPPED_UNCHANGED) {
        skipped.merge(e.target(), 1, Integer::sum);
        continue;
      }
      flushSkipped(skipped, skipIndent, lines);
      lines.add(indent + (withTime ? TIME.format(e.at()) + "  " : "") + line(e));
    }
    flushSkipped(skipped, skipIndent, lines);
    return lines;
  }

  private static void flushSkipped(Map<String, Integer> skipped, String indent, List<String> out) {
    skipped.forEach(
        (target, n) ->
            out.add(
                indent
                    + String.format(Locale.ROOT, "%-9s", target)
                    + " "
                    + n
                    + " unchanged record"
                    + (n == 1 ? "" : "s")
                    + " skipped (fingerprint equal to the last sync)"));
    skipped.clear();
  }

  /**
   * One entry.
   *
   * @param e the entry
   * @return e.g. {@code onoffice contact UPDATED -> 12 Name: Weber -> Hartmann}
   */
  static String line(AuditEntry e) {
    StringBuilder b =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%-9s %-7s %-16s",
                e.target(),
                e.kind().name().toLowerCase(Locale.ROOT),
                e.decision().name()));
    e.targetId().ifPresent(id -> b.append(" -> ").append(id));
    if (!e.changes().isEmpty()) {
      b.append("  ").append(changes(e));
    }
    if (!e.detail().isEmpty()) {
      b.append("  (").append(shorten(e.detail(), 80)).append(')');
    }
    return b.toString();
  }

  private static String changes(AuditEntry e) {
    if (e.decision() == Decision.CREATED) {
      return e.changes().size()
          + " fields: "
          + e.changes().stream().map(FieldChange::field).collect(Collectors.joining(", "));
    }
    List<FieldChange> shown = e.changes().subList(0, Math.min(MAX_FIELDS, e.changes().size()));
    String text =
        shown.stream()
            .map(c -> c.field() + ": " + value(c.before()) + " -> " + value(c.after()))
            .collect(Collectors.joining("; "));
    int more = e.changes().size() - shown.size();
    return more > 0 ? text + "; +" + more + " more" : text;
  }

  private static String value(String v) {
    return v.isEmpty() ? "(none)" : shorten(v.replace('\n', ' '), MAX_VALUE);
  }

  private static String shorten(String v, int max) {
    return v.length() <= max ? v : v.substring(0, max - 3) + "...";
  }
}
