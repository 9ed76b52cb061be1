package io.ghlsync.ghl.model;

import io.ghlsync.core.RedactedString;
import io.ghlsync.ghl.internal.Arguments;
import java.util.Optional;

/**
 * The fields a note request may set, shared by {@link CreateNoteRequest.Builder} and {@link
 * UpdateNoteRequest.Builder}: the two requests differ only in what they require (create needs a
 * {@code body}, update at least one field).
 *
 * @param <B> the concrete builder
 */
abstract class NoteFieldsBuilder<B extends NoteFieldsBuilder<B>> {
  Optional<String> userId = Optional.empty();
  Optional<String> body = Optional.empty();
  Optional<String> title = Optional.empty();
  Optional<String> color = Optional.empty();
  Optional<Boolean> pinned = Optional.empty();

  NoteFieldsBuilder() {}

  abstract B self();

  /**
   * Sets the id of the writing user.
   *
   * @param value the value
   * @return this builder
   */
  public B userId(String value) {
    this.userId = Optional.of(Arguments.notBlank(value, "userId"));
    return self();
  }

  /**
   * Sets the text.
   *
   * @param value the value
   * @return this builder
   */
  public B body(String value) {
    this.body = Optional.of(Arguments.notBlank(value, "body"));
    return self();
  }

  /**
   * Sets the title.
   *
   * @param value the value
   * @return this builder
   */
  public B title(String value) {
    this.title = Optional.of(Arguments.notNull(value, "title"));
    return self();
  }

  /**
   * Sets the colour, e.g. {@code #FFAA00}.
   *
   * @param value the value
   * @return this builder
   */
  public B color(String value) {
    this.color = Optional.of(Arguments.notBlank(value, "color"));
    return self();
  }

  /**
   * Sets whether the note is pinned.
   *
   * @param value the value
   * @return this builder
   */
  public B pinned(boolean value) {
    this.pinned = Optional.of(value);
    return self();
  }

  boolean setsNothing() {
    return userId.isEmpty()
        && body.isEmpty()
        && title.isEmpty()
        && color.isEmpty()
        && pinned.isEmpty();
  }

  /** The redacted form of a note request: ids and flags only, free text hidden. */
  static String redacted(String type, Optional<String> userId, Optional<Boolean> pinned) {
    return RedactedString.of(type)
        .with("userId", userId)
        .with("pinned", pinned)
        .hidden("body", "title", "color")
        .toString();
  }
}
