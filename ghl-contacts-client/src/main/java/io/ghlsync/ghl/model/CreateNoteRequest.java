package io.ghlsync.ghl.model;

import io.ghlsync.core.RedactedString;
import io.ghlsync.ghl.internal.Arguments;
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

  /** Builder of {@link CreateNoteRequest}. */
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
    return RedactedString.of("CreateNoteRequest")
        .with("userId", userId)
        .with("pinned", pinned)
        .hidden("body", "title", "color")
        .toString();
  }
}
