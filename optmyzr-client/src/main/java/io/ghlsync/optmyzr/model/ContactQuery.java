package io.ghlsync.optmyzr.model;

import io.ghlsync.optmyzr.internal.FieldChecks;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Query of {@code GET /v1/contacts}: {@code limit} (1..100, server default 50), {@code cursor},
 * {@code updated_after} and {@code email}. Values are checked when set.
 *
 * <p>Example: {@code ContactQuery.builder().updatedAfter(lastSync).limit(100).build()}
 */
public final class ContactQuery {
  private final @Nullable Integer limit;
  private final @Nullable String cursor;
  private final @Nullable Instant updatedAfter;
  private final @Nullable String email;

  private ContactQuery(
      @Nullable Integer limit,
      @Nullable String cursor,
      @Nullable Instant updatedAfter,
      @Nullable String email) {
    this.limit = limit;
    this.cursor = cursor;
    this.updatedAfter = updatedAfter;
    this.email = email;
  }

  /**
   * Starts a query that lists every contact.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The query of the whole list, first page, server default page size.
   *
   * @return the query
   */
  public static ContactQuery all() {
    return new Builder().build();
  }

  /**
   * The same query at another page.
   *
   * @param nextCursor the cursor of a previous page
   * @return the copy
   */
  public ContactQuery withCursor(String nextCursor) {
    return new ContactQuery(limit, FieldChecks.notBlank(nextCursor, "cursor"), updatedAfter, email);
  }

  /**
   * {@code limit}.
   *
   * @return the page size, or empty for the server default (50)
   */
  public OptionalInt limit() {
    return limit == null ? OptionalInt.empty() : OptionalInt.of(limit);
  }

  /**
   * {@code cursor}.
   *
   * @return the cursor of the page to read, or empty for the first page
   */
  public Optional<String> cursor() {
    return Optional.ofNullable(cursor);
  }

  /**
   * {@code updated_after}: only contacts changed after this instant.
   *
   * @return the instant, or empty if not set
   */
  public Optional<Instant> updatedAfter() {
    return Optional.ofNullable(updatedAfter);
  }

  /**
   * {@code email}: only contacts with this address.
   *
   * @return the e-mail address, or empty if not set
   */
  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ContactQuery q
        && Objects.equals(limit, q.limit)
        && Objects.equals(cursor, q.cursor)
        && Objects.equals(updatedAfter, q.updatedAfter)
        && Objects.equals(email, q.email);
  }

  @Override
  public int hashCode() {
    return Objects.hash(limit, cursor, updatedAfter, email);
  }

  @Override
  public String toString() {
    return "ContactQuery[limit="
        + limit
        + ", cursor="
        + (cursor != null)
        + ", updatedAfter="
        + updatedAfter
        + ", email="
        + (email == null ? "none" : "[redacted]")
        + "]";
  }

  /** Builder of {@link ContactQuery}. */
  public static final class Builder {
    private @Nullable Integer limit;
    private @Nullable String cursor;
    private @Nullable Instant updatedAfter;
    private @Nullable String email;

    private Builder() {}

    /**
     * Sets {@code limit}.
     *
     * @param value page size, 1..100
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder limit(int value) {
      this.limit = FieldChecks.limit(value);
      return this;
    }

    /**
     * Sets {@code cursor}.
     *
     * @param value an opaque cursor from a previous page
     * @return this builder
     */
    public Builder cursor(String value) {
      this.cursor = FieldChecks.notBlank(value, "cursor");
      return this;
    }

    /**
     * Sets {@code updated_after}.
     *
     * @param value only contacts changed after this instant
     * @return this builder
     */
    public Builder updatedAfter(Instant value) {
      this.updatedAfter = Objects.requireNonNull(value, "updatedAfter");
      return this;
    }

    /**
     * Sets {@code email}.
     *
     * @param value an e-mail address
     * @return this builder
     * @throws IllegalArgumentException if not an e-mail address
     */
    public Builder email(String value) {
      this.email = FieldChecks.email(value, "email");
      return this;
    }

    /**
     * Builds the query.
     *
     * @return the query
     */
    public ContactQuery build() {
      return new ContactQuery(limit, cursor, updatedAfter, email);
    }
  }
}
