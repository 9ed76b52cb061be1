package io.ghlsync.optmyzr.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A contact as the contacts contract returns it: the server-assigned {@code id} and timestamps, and
 * the contact's {@link ContactFields}. {@link #toString()} hides personal data.
 */
public final class Contact {
  private final String id;
  private final ContactFields fields;
  private final @Nullable Instant createdAt;
  private final @Nullable Instant updatedAt;

  private Contact(Builder b) {
    this.id = b.id;
    this.fields = b.fields;
    this.createdAt = b.createdAt;
    this.updatedAt = b.updatedAt;
  }

  /**
   * Starts a contact with its id and fields (for tests and custom connectors).
   *
   * @param id the contact id
   * @param fields the contact's fields
   * @return a builder
   */
  public static Builder builder(String id, ContactFields fields) {
    return new Builder(id, fields);
  }

  /**
   * {@code id}, assigned by the server.
   *
   * @return the contact id
   */
  public String id() {
    return id;
  }

  /**
   * The contact's fields ({@code external_id}, {@code email}, ... {@code custom_fields}).
   *
   * @return the fields
   */
  public ContactFields fields() {
    return fields;
  }

  /**
   * {@code created_at}.
   *
   * @return when the contact was created, or empty if not known
   */
  public Optional<Instant> createdAt() {
    return Optional.ofNullable(createdAt);
  }

  /**
   * {@code updated_at}.
   *
   * @return when the contact was last changed, or empty if not known
   */
  public Optional<Instant> updatedAt() {
    return Optional.ofNullable(updatedAt);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Contact c
        && id.equals(c.id)
        && fields.equals(c.fields)
        && Objects.equals(createdAt, c.createdAt)
        && Objects.equals(updatedAt, c.updatedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, fields, createdAt, updatedAt);
  }

  @Override
  public String toString() {
    return "Contact[id=" + id + ", " + fields + ", updatedAt=" + updatedAt + "]";
  }

  /** Builder of {@link Contact}. */
  public static final class Builder {
    private final String id;
    private final ContactFields fields;
    private @Nullable Instant createdAt;
    private @Nullable Instant updatedAt;

    private Builder(String id, ContactFields fields) {
      if (id == null || id.isBlank()) {
        throw new IllegalArgumentException("id must not be blank");
      }
      this.id = id;
      this.fields = Objects.requireNonNull(fields, "fields");
    }

    /**
     * Sets {@code created_at}.
     *
     * @param value when the contact was created
     * @return this builder
     */
    public Builder createdAt(Instant value) {
      this.createdAt = Objects.requireNonNull(value, "createdAt");
      return this;
    }

    /**
     * Sets {@code updated_at}.
     *
     * @param value when the contact was last changed
     * @return this builder
     */
    public Builder updatedAt(Instant value) {
      this.updatedAt = Objects.requireNonNull(value, "updatedAt");
      return this;
    }

    /**
     * Builds the contact.
     *
     * @return the contact
     */
    public Contact build() {
      return new Contact(this);
    }
  }
}
