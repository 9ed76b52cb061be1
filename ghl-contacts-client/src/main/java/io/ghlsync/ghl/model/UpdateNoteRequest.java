package io.ghlsync.ghl.model;

import java.util.Optional;

/**
 * The body of {@code PUT /contacts/{contactId}/notes/{id}}; fields left unset are not changed.
 *
 * <p>Example: {@code UpdateNoteRequest.builder().pinned(true).build()}
 *
 * @param userId the id of the writing user
 * @param body the text
 * @param title the title
 * @param color the colour, e.g. {@code #FFAA00}
 * @param pinned whether the note is pinned
 */
public record UpdateNoteRequest(
    Optional<String> userId,
    Optional<String> body,
    Optional<String> title,
    Optional<String> color,
    Optional<Boolean> pinned) {

  /**
   * Starts a request.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link UpdateNoteRequest}; the setters are those of every note request. */
  public static final class Builder extends NoteFieldsBuilder<Builder> {
    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws IllegalArgumentException if no field is set
     */
    public UpdateNoteRequest build() {
      if (setsNothing()) {
        throw new IllegalArgumentException("UpdateNoteRequest sets no field; set at least one");
      }
      return new UpdateNoteRequest(userId, body, title, color, pinned);
    }
  }

  /** Shows ids, dates and status only; personal data and free text are redacted. */
  @Override
  public String toString() {
    return NoteFieldsBuilder.redacted("UpdateNoteRequest", userId, pinned);
  }
}
