package io.ghlsync.ghl.webhook;

import java.util.Objects;

/**
 * The note as carried by a note webhook event. Text fields the payload omits are empty strings.
 *
 * @param id the note id
 * @param body the note text
 * @param contactId the contact the note belongs to
 * @param dateAdded when the note was created
 */
public record NoteSnapshot(String id, String body, String contactId, EventTime dateAdded) {

  /**
   * Validates the components.
   *
   * @param id the note id
   * @param body the note text
   * @param contactId the contact the note belongs to
   * @param dateAdded when the note was created
   */
  public NoteSnapshot {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(contactId, "contactId");
    Objects.requireNonNull(dateAdded, "dateAdded");
  }

  /** Leaves out the body, which may hold personal data. */
  @Override
  public String toString() {
    return "NoteSnapshot[id=" + id + ", contactId=" + contactId + "]";
  }
}
