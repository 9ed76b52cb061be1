package io.ghlsync.optmyzr.model;

import io.ghlsync.optmyzr.internal.FieldChecks;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code PATCH /v1/tasks/{id}}: only the fields set are sent. At least one must be set.
 * To complete a task prefer {@code TasksService.complete}, which also sets {@code completed_at}.
 */
public final class TaskPatch {
  private final @Nullable String title;
  private final @Nullable String body;
  private final @Nullable Instant dueAt;
  private final @Nullable String assigneeId;
  private final @Nullable TaskStatus status;

  private TaskPatch(Builder b) {
    this.title = b.title;
    this.body = b.body;
    this.dueAt = b.dueAt;
    this.assigneeId = b.assigneeId;
    this.status = b.status;
  }

  /**
   * Starts an empty patch.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@code title}.
   *
   * @return the new title, or empty if not changed
   */
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /**
   * {@code body}.
   *
   * @return the new description, or empty if not changed
   */
  public Optional<String> body() {
    return Optional.ofNullable(body);
  }

  /**
   * {@code due_at}.
   *
   * @return the new due time, or empty if not changed
   */
  public Optional<Instant> dueAt() {
    return Optional.ofNullable(dueAt);
  }

  /**
   * {@code assignee_id}.
   *
   * @return the new assignee, or empty if not changed
   */
  public Optional<String> assigneeId() {
    return Optional.ofNullable(assigneeId);
  }

  /**
   * {@code status}.
   *
   * @return the new status ({@link TaskStatus#OPEN} or {@link TaskStatus#COMPLETED}), or empty if
   *     not changed
   */
  public Optional<TaskStatus> status() {
    return Optional.ofNullable(status);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof TaskPatch t
        && Objects.equals(title, t.title)
        && Objects.equals(body, t.body)
        && Objects.equals(dueAt, t.dueAt)
        && Objects.equals(assigneeId, t.assigneeId)
        && status == t.status;
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, body, dueAt, assigneeId, status);
  }

  @Override
  public String toString() {
    return "TaskPatch[dueAt=" + dueAt + ", status=" + status + "]";
  }

  /** Builder of {@link TaskPatch}. */
  public static final class Builder {
    private @Nullable String title;
    private @Nullable String body;
    private @Nullable Instant dueAt;
    private @Nullable String assigneeId;
    private @Nullable TaskStatus status;

    private Builder() {}

    /**
     * Sets {@code title}.
     *
     * @param value the title; not blank
     * @return this builder
     */
    public Builder title(String value) {
      this.title = FieldChecks.notBlank(value, "title");
      return this;
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
     * Builds the patch.
     *
     * @return the patch
     * @throws IllegalArgumentException if no field is set
     */
    public TaskPatch build() {
      if (title == null && body == null && dueAt == null && assigneeId == null && status == null) {
        throw new IllegalArgumentException(
            "TaskPatch must set at least one of title, body, dueAt, assigneeId, status");
      }
      return new TaskPatch(this);
    }
  }
}
