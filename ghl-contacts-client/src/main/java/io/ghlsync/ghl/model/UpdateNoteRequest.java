package io.ghlsync.ghl.model;

import io.ghlsync.core.RedactedString;
import io.ghlsync.ghl.internal.Arguments;
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

  /** Builder of {@link UpdateNoteRequest}. */
  public static final class Builder {
    private Optional<String> userId = Optional.empty();
    private Optional<String> body = Optional.empty();
    private Optional<String> title = Optional.empty();
    private Optional<String> color = Optional.empty();
    private Optional<Boolean> pinned = Optional.empty();

    private Builder() {}

    /**
     * Sets the id of the writing user.
     *
     * @param value the value
     * @return this builder
     */
    public Builder userId(String value) {
      this.userId = Optional.of(Arguments.notBlank(value, "userId"));
      return this;
    }

    /**
     * Sets the text.
     *
     * @param value the value
     * @return this builder
     */
    public Builder body(String value) {
      this.body = Optional.of(Arguments.notBlank(value, "body"));
      return this;
    }

    /**
     * Sets the title.
     *
     * @param value the value
     * @return this builder
     */
    public Builder title(String value) {
      this.title = Optional.of(Arguments.notNull(value, "title"));
      return this;
    }

    /**
     * Sets the colour, e.g. {@code #FFAA00}.
     *
     * @param value the value
     * @return this builder
     */
    public Builder color(String value) {
      this.color = Optional.of(Arguments.notBlank(value, "color"));
      return this;
    }

    /**
     * Sets whether the note is pinned.
     *
     * @param value the value
     * @return this builder
     */
    public Builder pinned(boolean value) {
      this.pinned = Optional.of(value);
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws IllegalArgumentException if a required field is missing
     */
    public UpdateNoteRequest build() {
      if (userId.isEmpty()
          && body.isEmpty()
          && title.isEmpty()
          && color.isEmpty()
          && pinned.isEmpty()) {
        throw new IllegalArgumentException("UpdateNoteRequest sets no field; set at least one");
      }
      return new UpdateNoteRequest(userId, body, title, color, pinned);
    }
  }

  /** Shows ids, dates and status only; personal data and free text are redacted. */
  @Override
  public String toString() {
    return RedactedString.of("UpdateNoteRequest")
        .with("userId", userId)
        .with("pinned", pinned)
        .hidden("body", "title", "color")
        .toString();
  }
}
