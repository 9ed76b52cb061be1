package io.ghlsync.sync.rules;

import io.ghlsync.sync.enrich.Enrichment;
import io.ghlsync.sync.mapping.SourceRecord;
import io.ghlsync.sync.score.Score;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the rules remember of a contact between runs, to see what changed: its tags, score, the
 * watched status fields, its last activity and its version (GHL's {@code dateUpdated}, which names
 * the change in firing keys). Small and flat, so a JDBC store keeps it in a few columns or as JSON.
 *
 * @param version GHL's {@code dateUpdated} of the contact, or {@code ""}
 * @param tags the tags, lower case
 * @param score the score, if scored
 * @param statuses watched field path to its value (absent fields left out)
 * @param lastActivity the last activity, if known
 */
public record ContactFacts(
    String version,
    Set<String> tags,
    Optional<Integer> score,
    Map<String, String> statuses,
    Optional<Instant> lastActivity) {

  /**
   * Copies the collections.
   *
   * @param version the contact version
   * @param tags the tags
   * @param score the score
   * @param statuses watched fields
   * @param lastActivity the last activity
   */
  public ContactFacts {
    tags = Set.copyOf(tags);
    statuses = Map.copyOf(statuses);
  }

  /**
   * The facts of a contact seen for the first time: nothing.
   *
   * @return empty facts
   */
  public static ContactFacts none() {
    return new ContactFacts("", Set.of(), Optional.empty(), Map.of(), Optional.empty());
  }

  /**
   * Reads the facts of an enriched (and possibly scored) contact.
   *
   * @param record the contact with {@code $enriched} and {@code $score} fields
   * @param statusFields the paths status rules watch
   * @return the facts
   */
  public static ContactFacts of(SourceRecord record, Set<String> statusFields) {
    Set<String> tags = new TreeSet<>();
    Optional<Object> enrichedTags = record.get(Enrichment.PREFIX + ".tags");
    Object rawTags = enrichedTags.or(() -> record.get("tags")).orElse(List.of());
    if (rawTags instanceof List<?> list) {
      list.forEach(t -> tags.add(String.valueOf(t).strip().toLowerCase(Locale.ROOT)));
    }
    Optional<Integer> score =
        record
            .get(Score.PREFIX + ".value")
            .filter(Number.class::isInstance)
            .map(n -> ((Number) n).intValue());
    Map<String, String> statuses = new LinkedHashMap<>();
    for (String field : statusFields) {
      record.get(field).ifPresent(v -> statuses.put(field, String.valueOf(v)));
    }
    Optional<Instant> last =
        record.get(Enrichment.PREFIX + ".lastActivityAt").flatMap(ContactFacts::instant);
    String version = record.get("dateUpdated").map(String::valueOf).orElse("");
    return new ContactFacts(version, tags, score, statuses, last);
  }

  /**
   * Whether these facts come from an older version of the contact than others (a stale read or a
   * late event): both versions must be dates, and this one before the other.
   *
   * @param other the facts remembered
   * @return true when these are older
   */
  public boolean olderThan(ContactFacts other) {
    Optional<Instant> mine = instant(version);
    Optional<Instant> theirs = instant(other.version);
    return mine.isPresent() && theirs.isPresent() && mine.get().isBefore(theirs.get());
  }

  private static Optional<Instant> instant(Object value) {
    try {
      return Optional.of(java.time.OffsetDateTime.parse(String.valueOf(value)).toInstant());
    } catch (DateTimeParseException odd) {
      return Optional.empty();
    }
  }
}
