package io.ghlsync.optmyzr.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A task of a contact as the contacts contract returns it. */
public final class Task {
  private final String id;
  private final String contactId;
  private final String title;
  private final @Nullable String body;
  private final @Nullable Instant dueAt;
  private final @Nullable String assigneeId;
  private final TaskStatus status;
  private final @Nullable Instant completedAt;
  private final @Nullable Instant createdAt;
  private final @Nullable Instant updatedAt;

  private Task(Builder b) {
    this.id = b.id;
    this.contactId = b.contactId;
    this.title = b.title;
    this.body = b.body;
    this.dueAt = b.dueAt;
    this.assigneeId = b.assigneeId;
    this.status = b.status;
    this.completedAt = b.completedAt;
    this.createdAt = b.createdAt;
    this.updatedAt = b.updatedAt;
  }

  /**
   * Starts a task with its required fields (for tests and custom connectors).
   *
   * @param id the task id
   * @param contactId the contact it belongs to
   * @param title the title
   * @param status the status
   * @return a builder
   */
  public static Builder builder(String id, String contactId, String title, TaskStatus status) {
    return new Builder(id, contactId, title, status);
  }

  /**
   * {@code id}.
   *
   * @return the task id
   */
  public String id() {
    return id;
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
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * {@code body}.
   *
   * @return the description, or empty if none
   */
  public Optional<String> body() {
    return Optional.ofNullable(body);
  }

  /**
   * {@code due_at}.
   *
   * @return the due time, or empty if none
   */
  public Optional<Instant> dueAt() {
    return Optional.ofNullable(dueAt);
  }

  /**
   * {@code assignee_id}.
   *
   * @return the assignee, or empty if unassigned
   */
  public Optional<String> assigneeId() {
    return Optional.ofNullable(assigneeId);
  }

  /**
   * {@code status}.
   *
   * @return the status; {@link TaskStatus#UNKNOWN} if the server sent an unknown value
   */
  public TaskStatus status() {
    return status;
  }

  /**
   * {@code completed_at}, set once the task is completed.
   *
   * @return when the task was completed, or empty if not completed
   */
  public Optional<Instant> completedAt() {
    return Optional.ofNullable(completedAt);
  }

  /**
   * {@code created_at}.
   *
   * @return when the task was created, or empty if not known
   */
  public Optional<Instant> createdAt() {
    return Optional.ofNullable(createdAt);
  }

  /**
   * {@code updated_at}.
   *
   * @return when the task last changed, or empty if not known
   */
  public Optional<Instant> updatedAt() {
    return Optional.ofNullable(updatedAt);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Task t
        && id.equals(t.id)
        && contactId.equals(t.contactId)
        && title.equals(t.title)
        && Objects.equals(body, t.body)
        && Objects.equals(dueAt, t.dueAt)
        && Objects.equals(assigneeId, t.assigneeId)
        && status == t.status
        && Objects.equals(completedAt, t.completedAt)
        && Objects.equals(createdAt, t.createdAt)
        && Objects.equals(updatedAt, t.updatedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id, contactId, title, body, dueAt, assigneeId, status, completedAt, createdAt, updatedAt);
  }

  @Override
  public String toString() {
    return "Task[id=" + id + ", contactId=" + contactId + ", status=" + status + "]";
  }

  /** Builder of {@link Task}. */
  public static final class Builder {
    private final String id;
    private final String contactId;
    private final String title;
    private final TaskStatus status;
    private @Nullable String body;
    private @Nullable Instant dueAt;
    private @Nullable String assigneeId;
    private @Nullable Instant completedAt;
    private @Nullable Instant createdAt;
    private @Nullable Instant updatedAt;

    private Builder(String id, String contactId, String title, TaskStatus status) {
      this.id = Objects.requireNonNull(id, "id");
      this.contactId = Objects.requireNonNull(contactId, "contactId");
      this.title = Objects.requireNonNull(title, "title");
      this.status = Objects.requireNonNull(status, "status");
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
     * @param value the assignee
     * @return this builder
     */
    public Builder assigneeId(String value) {
      this.assigneeId = Objects.requireNonNull(value, "assigneeId");
      return this;
    }

    /**
     * Sets {@code completed_at}.
     *
     * @param value when it was completed
     * @return this builder
     */
    public Builder completedAt(Instant value) {
      this.completedAt = Objects.requireNonNull(value, "completedAt");
      return this;
    }

    /**
     * Sets {@code created_at}.
     *
     * @param value when it was created
     * @return this builder
     */
    public Builder createdAt(Instant value) {
      this.createdAt = Objects.requireNonNull(value, "createdAt");
      return this;
    }

    /**
     * Sets {@code updated_at}.
     *
     * @param value when it last changed
     * @return this builder
     */
    public Builder updatedAt(Instant value) {
      this.updatedAt = Objects.requireNonNull(value, "updatedAt");
      return this;
    }

    /**
     * Builds the task.
     *
     * @return the task
     */
    public Task build() {
      return new Task(this);
    }
  }
}
