package io.ghlsync.optmyzr.model;

import io.ghlsync.optmyzr.internal.FieldChecks;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /v1/contacts/{id}/notes}: {@code body} is required, {@code author} and
 * {@code occurred_at} are optional.
 *
 * <p>Example: {@code NoteInput.builder("Called, left a message").author("ghl-sync").build()}
 */
public final class NoteInput {
  private final String body;
  private final @Nullable String author;
  private final @Nullable Instant occurredAt;

  private NoteInput(Builder b) {
    this.body = b.body;
    this.author = b.author;
    this.occurredAt = b.occurredAt;
  }

  /**
   * Starts a note input.
   *
   * @param body the text; not blank
   * @return a builder
   * @throws IllegalArgumentException if blank
   */
  public static Builder builder(String body) {
    return new Builder(FieldChecks.notBlank(body, "body"));
  }

  /**
   * {@code body}.
   *
   * @return the text; not blank
   */
  public String body() {
    return body;
  }

  /**
   * {@code author}.
   *
   * @return who wrote it, or empty if not set
   */
  public Optional<String> author() {
    return Optional.ofNullable(author);
  }

  /**
   * {@code occurred_at}.
   *
   * @return when the noted event happened, or empty if not set
   */
  public Optional<Instant> occurredAt() {
    return Optional.ofNullable(occurredAt);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof NoteInput n
        && body.equals(n.body)
        && Objects.equals(author, n.author)
        && Objects.equals(occurredAt, n.occurredAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(body, author, occurredAt);
  }

  @Override
  public String toString() {
    return "NoteInput[length=" + body.length() + ", occurredAt=" + occurredAt + "]";
  }

  /** Builder of {@link NoteInput}. */
  public static final class Builder {
    private final String body;
    private @Nullable String author;
    private @Nullable Instant occurredAt;

    private Builder(String body) {
      this.body = body;
    }

    /**
     * Sets {@code author}.
     *
     * @param value who wrote it; not blank
     * @return this builder
     */
    public Builder author(String value) {
      this.author = FieldChecks.notBlank(value, "author");
      return this;
    }

    /**
     * Sets {@code occurred_at}.
     *
     * @param value when the noted event happened
     * @return this builder
     */
    public Builder occurredAt(Instant value) {
      this.occurredAt = Objects.requireNonNull(value, "occurredAt");
      return this;
    }

    /**
     * Builds the input.
     *
     * @return the input
     */
    public NoteInput build() {
      return new NoteInput(this);
    }
  }
}
