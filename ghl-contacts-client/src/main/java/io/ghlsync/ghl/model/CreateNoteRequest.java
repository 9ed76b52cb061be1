package io.ghlsync.ghl.model;

import java.util.Optional;

/**
 * The body of {@code POST /contacts/{contactId}/notes}; {@code body} is required.
 *
 * <p>Example: {@code CreateNoteRequest.builder().body("Met at the fair").build()}
 *
 * @param userId the id of the writing user
 * @param body the text
 * @param title the title
 * @param color the colour, e.g. {@code #FFAA00}
 * @param pinned whether the note is pinned
 */
public record CreateNoteRequest(
    Optional<String> userId,
    String body,
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

  /** Builder of {@link CreateNoteRequest}; the setters are those of every note request. */
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
     * @throws IllegalArgumentException if a required field is missing
     */
    public CreateNoteRequest build() {
      if (body.isEmpty()) {
        throw new IllegalArgumentException("body is required");
      }
      return new CreateNoteRequest(userId, body.get(), title, color, pinned);
    }
  }

  /** Shows ids, dates and status only; personal data and free text are redacted. */
  @Override
  public String toString() {
    return NoteFieldsBuilder.redacted("CreateNoteRequest", userId, pinned);
  }
}
