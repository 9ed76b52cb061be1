package io.ghlsync.ghl.model;

import io.ghlsync.core.RedactedString;
import io.ghlsync.ghl.internal.Arguments;
import java.time.Instant;
import java.util.Optional;

/**
 * The fields a task request may set, shared by {@link CreateTaskRequest.Builder} and {@link
 * UpdateTaskRequest.Builder}: the two requests differ only in what they require (create needs a
 * {@code title} and a {@code dueDate}, update at least one field).
 *
 * @param <B> the concrete builder
 */
abstract class TaskFieldsBuilder<B extends TaskFieldsBuilder<B>> {
  Optional<String> title = Optional.empty();
  Optional<String> body = Optional.empty();
  Optional<String> dueDate = Optional.empty();
  Optional<Boolean> completed = Optional.empty();
  Optional<String> assignedTo = Optional.empty();

  TaskFieldsBuilder() {}

  abstract B self();

  /**
   * Sets the title.
   *
   * @param value the value
   * @return this builder
   */
  public B title(String value) {
    this.title = Optional.of(Arguments.notBlank(value, "title"));
    return self();
  }

  /**
   * Sets the description.
   *
   * @param value the value
   * @return this builder
   */
  public B body(String value) {
    this.body = Optional.of(Arguments.notNull(value, "body"));
    return self();
  }

  /**
   * Sets the due time, ISO-8601 (e.g. {@code 2020-10-25T11:00:00Z}).
   *
   * @param value the value
   * @return this builder
   */
  public B dueDate(String value) {
    this.dueDate = Optional.of(Arguments.notBlank(value, "dueDate"));
    return self();
  }

  /**
   * Sets the due time.
   *
   * @param value the instant, sent as ISO-8601 UTC
   * @return this builder
   */
  public B dueDate(Instant value) {
    return dueDate(Arguments.notNull(value, "dueDate").toString());
  }

  /**
   * Sets whether the task is done.
   *
   * @param value the value
   * @return this builder
   */
  public B completed(boolean value) {
    this.completed = Optional.of(value);
    return self();
  }

  /**
   * Sets the id of the assigned user.
   *
   * @param value the value
   * @return this builder
   */
  public B assignedTo(String value) {
    this.assignedTo = Optional.of(Arguments.notBlank(value, "assignedTo"));
    return self();
  }

  boolean setsNothing() {
    return title.isEmpty()
        && body.isEmpty()
        && dueDate.isEmpty()
        && completed.isEmpty()
        && assignedTo.isEmpty();
  }

  /** The redacted form of a task request: dates, status and ids only, free text hidden. */
  static String redacted(String type, Object dueDate, Object completed, Optional<String> assignee) {
    return RedactedString.of(type)
        .with("dueDate", dueDate)
        .with("completed", completed)
        .with("assignedTo", assignee)
        .hidden("title", "body")
        .toString();
  }
}
