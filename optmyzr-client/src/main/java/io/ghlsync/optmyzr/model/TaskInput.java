package io.ghlsync.optmyzr.model;

import io.ghlsync.optmyzr.internal.FieldChecks;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /v1/tasks}: {@code contact_id} and {@code title} are required; {@code
 * body}, {@code due_at} and {@code assignee_id} are optional.
 *
 * <p>Example: {@code TaskInput.builder(contactId, "Call back").dueAt(tomorrow).build()}
 */
public final class TaskInput {
  private final String contactId;
  private final String title;
  private final @Nullable String body;
  private final @Nullable Instant dueAt;
  private final @Nullable String assigneeId;

  private TaskInput(Builder b) {
    this.contactId = b.contactId;
    this.title = b.title;
    this.body = b.body;
    this.dueAt = b.dueAt;
    this.assigneeId = b.assigneeId;
  }

  /**
   * Starts a task input.
   *
   * @param contactId the contact the task belongs to; not blank
   * @param title the title; not blank
   * @return a builder
   * @throws IllegalArgumentException if a value is blank
   */
  public static Builder builder(String contactId, String title) {
    return new Builder(
        FieldChecks.notBlank(contactId, "contactId"), FieldChecks.notBlank(title, "title"));
  }

  /**
   * {@code contact_id}.
   *
   * @return the id of the contact the task belongs to
   */
  public String contactId() {
    return contactId;
  }

  /**
   * {@code title}.
   *
   * @return the title; not blank
   */
  public String title() {
    return title;
  }

  /**
   * {@code body}.
   *
   * @return the description, or empty if not set
   */
  public Optional<String> body() {
    return Optional.ofNullable(body);
  }

  /**
   * {@code due_at}.
   *
   * @return the due time, or empty if not set
   */
  public Optional<Instant> dueAt() {
    return Optional.ofNullable(dueAt);
  }

  /**
   * {@code assignee_id}.
   *
   * @return the assignee, or empty if not set
   */
  public Optional<String> assigneeId() {
    return Optional.ofNullable(assigneeId);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof TaskInput t
        && contactId.equals(t.contactId)
        && title.equals(t.title)
        && Objects.equals(body, t.body)
        && Objects.equals(dueAt, t.dueAt)
        && Objects.equals(assigneeId, t.assigneeId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(contactId, title, body, dueAt, assigneeId);
  }

  @Override
  public String toString() {
    return "TaskInput[contactId=" + contactId + ", dueAt=" + dueAt + "]";
  }

  /** Builder of {@link TaskInput}. */
  public static final class Builder {
    private final String contactId;
    private final String title;
    private @Nullable String body;
    private @Nullable Instant dueAt;
    private @Nullable String assigneeId;

    private Builder(String contactId, String title) {
      this.contactId = contactId;
      this.title = title;
    }

    /**
     * Sets {@code body}.
     *
     * @param value the description
     * @return this builder
     */
    public Builder body(String value) {
      this.body = Objects.requireNonNull(value, "body");
      return this;
    }

    /**
     * Sets {@code due_at}.
     *
     * @param value the due time
     * @return this builder
     */
    public Builder dueAt(Instant value) {
      this.dueAt = Objects.requireNonNull(value, "dueAt");
      return this;
    }

    /**
     * Sets {@code assignee_id}.
     *
     * @param value the assignee; not blank
     * @return this builder
     */
    public Builder assigneeId(String value) {
      this.assigneeId = FieldChecks.notBlank(value, "assigneeId");
      return this;
    }

    /**
     * Builds the input.
     *
     * @return the input
     */
    public TaskInput build() {
      return new TaskInput(this);
    }
  }
}
