package io.ghlsync.sync.mapping;

import java.time.ZoneId;
import java.util.Objects;

/**
 * Where and how the per-contact notes summary is written: the contact's target field, the caps and
 * the zone used for the dates. See {@link NotesSummary} for the algorithm.
 *
 * @param target the contact's target field that receives the summary
 * @param maxLength the longest summary, in characters (at least 20)
 * @param maxNotes the most notes summarised (at least 1)
 * @param maxEntryLength the longest text taken from one note (at least 10)
 * @param zone the zone the dates are written in
 * @param separator placed between entries, e.g. {@code "\n"}
 */
public record NotesSummaryRule(
    String target, int maxLength, int maxNotes, int maxEntryLength, ZoneId zone, String separator) {

  /**
   * Validates the components.
   *
   * @param target the contact's target field that receives the summary
   * @param maxLength the longest summary, in characters (at least 20)
   * @param maxNotes the most notes summarised (at least 1)
   * @param maxEntryLength the longest text taken from one note (at least 10)
   * @param zone the zone the dates are written in
   * @param separator placed between entries, e.g. {@code "\n"}
   */
  public NotesSummaryRule {
    if (target.isBlank()) {
      throw new IllegalArgumentException("notesSummary.target must not be blank");
    }
    if (maxLength < 20) {
      throw new IllegalArgumentException(
          "notesSummary.maxLength must be at least 20: " + maxLength);
    }
    if (maxNotes < 1) {
      throw new IllegalArgumentException("notesSummary.maxNotes must be at least 1: " + maxNotes);
    }
    if (maxEntryLength < 10) {
      throw new IllegalArgumentException(
          "notesSummary.maxEntryLength must be at least 10: " + maxEntryLength);
    }
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(separator, "separator");
  }

  /**
   * A rule with the default caps: 1,000 characters, 10 notes, 160 characters per note, entries
   * separated by new lines.
   *
   * @param target the contact's target field
   * @param zone the zone for the dates
   * @return the rule
   */
  public static NotesSummaryRule of(String target, ZoneId zone) {
    return new NotesSummaryRule(target, 1000, 10, 160, zone, "\n");
  }
}
