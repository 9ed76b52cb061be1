package io.ghlsync.sync.mapping;

import java.time.Instant;
import java.util.Objects;

/**
 * A note as the summary sees it.
 *
 * @param id the GHL note id (orders notes added at the same instant)
 * @param body the note text
 * @param addedAt when the note was added
 */
public record NoteText(String id, String body, Instant addedAt) {
  /**
   * Validates the components.
   *
   * @param id the GHL note id (orders notes added at the same instant)
   * @param body the note text
   * @param addedAt when the note was added
   */
  public NoteText {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(addedAt, "addedAt");
  }
}
