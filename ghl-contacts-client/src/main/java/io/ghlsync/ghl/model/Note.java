package io.ghlsync.ghl.model;

import io.ghlsync.core.RedactedString;
import io.ghlsync.ghl.internal.LenientDates;
import java.time.Instant;
import java.util.Optional;

/**
 * A note on a contact.
 *
 * @param id note id (GHL always sends it; a response without one is refused)
 * @param body the text
 * @param userId id of the user who wrote it
 * @param dateAdded creation time as sent (see {@link #dateAddedInstant()})
 * @param contactId id of the contact
 * @param title title
 * @param color colour, e.g. {@code #FFAA00}
 * @param pinned whether the note is pinned
 */
public record Note(
    String id,
    Optional<String> body,
    Optional<String> userId,
    Optional<String> dateAdded,
    Optional<String> contactId,
    Optional<String> title,
    Optional<String> color,
    Optional<Boolean> pinned) {

  /**
   * Refuses a note without an id.
   *
   * @param id see the record description
   * @param body see the record description
   * @param userId see the record description
   * @param dateAdded see the record description
   * @param contactId see the record description
   * @param title see the record description
   * @param color see the record description
   * @param pinned see the record description
   */
  public Note {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("GHL returned a note without an id");
    }
  }

  /**
   * {@link #dateAdded()} parsed, if it is a valid date-time.
   *
   * @return the instant, empty if absent or not parseable
   */
  public Optional<Instant> dateAddedInstant() {
    return dateAdded.flatMap(LenientDates::instant);
  }

  /** Shows ids, dates and status only; personal data and free text are redacted. */
  @Override
  public String toString() {
    return RedactedString.of("Note")
        .with("id", id)
        .with("userId", userId)
        .with("contactId", contactId)
        .with("dateAdded", dateAdded)
        .with("pinned", pinned)
        .hidden("body", "title", "color")
        .toString();
  }
}
