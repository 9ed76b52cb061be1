package io.ghlsync.optmyzr.model;

import io.ghlsync.optmyzr.internal.FieldChecks;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Query of {@code GET /v1/tasks}: the tasks of one contact ({@code contact_id}), optionally only
 * those with a {@code status}, with {@code limit} (1..100) and {@code cursor}.
 */
public final class TaskQuery {
  private final String contactId;
  private final @Nullable TaskStatus status;
  private final @Nullable Integer limit;
  private final @Nullable String cursor;

  private TaskQuery(
      String contactId,
      @Nullable TaskStatus status,
      @Nullable Integer limit,
      @Nullable String cursor) {
    this.contactId = contactId;
    this.status = status;
    this.limit = limit;
    this.cursor = cursor;
  }

  /**
   * Starts a query for the tasks of a contact.
   *
   * @param contactId the contact; not blank
   * @return a builder
   * @throws IllegalArgumentException if blank
   */
  public static Builder builder(String contactId) {
    return new Builder(FieldChecks.notBlank(contactId, "contactId"));
  }

  /**
   * All tasks of a contact, first page.
   *
   * @param contactId the contact; not blank
   * @return the query
   */
  public static TaskQuery byContact(String contactId) {
    return builder(contactId).build();
  }

  /**
   * The same query at another page.
   *
   * @param nextCursor the cursor of a previous page
   * @return the copy
   */
  public TaskQuery withCursor(String nextCursor) {
    return new TaskQuery(contactId, status, limit, FieldChecks.notBlank(nextCursor, "cursor"));
  }

  /**
   * {@code contact_id}.
   *
   * @return the id of the contact whose tasks are listed
   */
  public String contactId() {
    return contactId;
  }

  /**
   * {@code status}.
   *
   * @return the status to list, or empty for tasks of any status
   */
  public Optional<TaskStatus> status() {
    return Optional.ofNullable(status);
  }

  /**
   * {@code limit}.
   *
   * @return the page size, or empty for the server default
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

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof TaskQuery q
        && contactId.equals(q.contactId)
        && status == q.status
        && Objects.equals(limit, q.limit)
        && Objects.equals(cursor, q.cursor);
  }

  @Override
  public int hashCode() {
    return Objects.hash(contactId, status, limit, cursor);
  }

  @Override
  public String toString() {
    return "TaskQuery[contactId=" + contactId + ", status=" + status + ", limit=" + limit + "]";
  }

  /** Builder of {@link TaskQuery}. */
  public static final class Builder {
    private final String contactId;
    private @Nullable TaskStatus status;
    private @Nullable Integer limit;
    private @Nullable String cursor;

    private Builder(String contactId) {
      this.contactId = contactId;
    }

    /**
     * Sets {@code status}.
     *
     * @param value {@link TaskStatus#OPEN} or {@link TaskStatus#COMPLETED}
     * @return this builder
     * @throws IllegalArgumentException for {@link TaskStatus#UNKNOWN}
     */
    public Builder status(TaskStatus value) {
      if (Objects.requireNonNull(value, "status") == TaskStatus.UNKNOWN) {
        throw new IllegalArgumentException("status must be OPEN or COMPLETED, not UNKNOWN");
      }
      this.status = value;
      return this;
    }

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
     * Builds the query.
     *
     * @return the query
     */
    public TaskQuery build() {
      return new TaskQuery(contactId, status, limit, cursor);
    }
  }
}
