package io.ghlsync.optmyzr.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** One entry of a contact's append-only notes history, as the contacts contract returns it. */
public final class Note {
  private final String id;
  private final String contactId;
  private final String body;
  private final @Nullable String author;
  private final @Nullable Instant occurredAt;
  private final @Nullable Instant createdAt;

  private Note(Builder b) {
    this.id = b.id;
    this.contactId = b.contactId;
    this.body = b.body;
    this.author = b.author;
    this.occurredAt = b.occurredAt;
    this.createdAt = b.createdAt;
  }

  /**
   * Starts a note with its required fields (for tests and custom connectors).
   *
   * @param id the note id
   * @param contactId the contact it belongs to
   * @param body the text
   * @return a builder
   */
  public static Builder builder(String id, String contactId, String body) {
    return new Builder(id, contactId, body);
  }

  /**
   * {@code id}.
   *
   * @return the note id
   */
  public String id() {
    return id;
  }

  /**
   * {@code contact_id}.
   *
   * @return the id of the contact the note belongs to
   */
  public String contactId() {
    return contactId;
  }

  /**
   * {@code body}.
   *
   * @return the text
   */
  public String body() {
    return body;
  }

  /**
   * {@code author}.
   *
   * @return who wrote it, or empty if not known
   */
  public Optional<String> author() {
    return Optional.ofNullable(author);
  }

  /**
   * {@code occurred_at}: when the noted event happened (may precede {@code created_at}).
   *
   * @return the instant, or empty if not known
   */
  public Optional<Instant> occurredAt() {
    return Optional.ofNullable(occurredAt);
  }

  /**
   * {@code created_at}.
   *
   * @return when the note was stored, or empty if not known
   */
  public Optional<Instant> createdAt() {
    return Optional.ofNullable(createdAt);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Note n
        && id.equals(n.id)
        && contactId.equals(n.contactId)
        && body.equals(n.body)
        && Objects.equals(author, n.author)
        && Objects.equals(occurredAt, n.occurredAt)
        && Objects.equals(createdAt, n.createdAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, contactId, body, author, occurredAt, createdAt);
  }

  @Override
  public String toString() {
    return "Note[id=" + id + ", contactId=" + contactId + ", createdAt=" + createdAt + "]";
  }

  /** Builder of {@link Note}. */
  public static final class Builder {
    private final String id;
    private final String contactId;
    private final String body;
    private @Nullable String author;
    private @Nullable Instant occurredAt;
    private @Nullable Instant createdAt;

    private Builder(String id, String contactId, String body) {
      this.id = Objects.requireNonNull(id, "id");
      this.contactId = Objects.requireNonNull(contactId, "contactId");
      this.body = Objects.requireNonNull(body, "body");
    }

    /**
     * Sets {@code author}.
     *
     * @param value who wrote it
     * @return this builder
     */
    public Builder author(String value) {
      this.author = Objects.requireNonNull(value, "author");
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
     * Sets {@code created_at}.
     *
     * @param value when the note was stored
     * @return this builder
     */
    public Builder createdAt(Instant value) {
      this.createdAt = Objects.requireNonNull(value, "createdAt");
      return this;
    }

    /**
     * Builds the note.
     *
     * @return the note
     */
    public Note build() {
      return new Note(this);
    }
  }
}
