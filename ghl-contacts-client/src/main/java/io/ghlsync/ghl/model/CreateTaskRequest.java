package io.ghlsync.ghl.model;

import io.ghlsync.core.RedactedString;
import io.ghlsync.ghl.internal.Arguments;
import java.time.Instant;
import java.util.Optional;

/**
 * The body of {@code POST /contacts/{contactId}/tasks}; {@code title} and {@code dueDate} are
 * required, {@code completed} defaults to false.
 *
 * <p>Example: {@code CreateTaskRequest.builder().title("Call
 * back").dueDate(Instant.parse("2025-01-10T09:00:00Z")).build()}
 *
 * @param title the title
 * @param body the description
 * @param dueDate the due time, ISO-8601 (e.g. {@code 2020-10-25T11:00:00Z})
 * @param completed whether the task is done
 * @param assignedTo the id of the assigned user
 */
public record CreateTaskRequest(
    String title,
    Optional<String> body,
    String dueDate,
    boolean completed,
    Optional<String> assignedTo) {

  /**
   * Starts a request.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link CreateTaskRequest}. */
  public static final class Builder {
    private Optional<String> title = Optional.empty();
    private Optional<String> body = Optional.empty();
    private Optional<String> dueDate = Optional.empty();
    private boolean completed = false;
    private Optional<String> assignedTo = Optional.empty();

    private Builder() {}

    /**
     * Sets the title.
     *
     * @param value the value
     * @return this builder
     */
    public Builder title(String value) {
      this.title = Optional.of(Arguments.notBlank(value, "title"));
      return this;
    }

    /**
     * Sets the description.
     *
     * @param value the value
     * @return this builder
     */
    public Builder body(String value) {
      this.body = Optional.of(Arguments.notNull(value, "body"));
      return this;
    }

    /**
     * Sets the due time, ISO-8601 (e.g. {@code 2020-10-25T11:00:00Z}).
     *
     * @param value the value
     * @return this builder
     */
    public Builder dueDate(String value) {
      this.dueDate = Optional.of(Arguments.notBlank(value, "dueDate"));
      return this;
    }

    /**
     * Sets whether the task is done.
     *
     * @param value the value
     * @return this builder
     */
    public Builder completed(boolean value) {
      this.completed = value;
      return this;
    }

    /**
     * Sets the id of the assigned user.
     *
     * @param value the value
     * @return this builder
     */
    public Builder assignedTo(String value) {
      this.assignedTo = Optional.of(Arguments.notBlank(value, "assignedTo"));
      return this;
    }

    /**
     * Sets the due time.
     *
     * @param value the instant, sent as ISO-8601 UTC
     * @return this builder
     */
    public Builder dueDate(Instant value) {
      return dueDate(Arguments.notNull(value, "dueDate").toString());
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws IllegalArgumentException if a required field is missing
     */
    public CreateTaskRequest build() {
      if (title.isEmpty()) {
        throw new IllegalArgumentException("title is required");
      }
      if (dueDate.isEmpty()) {
        throw new IllegalArgumentException("dueDate is required");
      }
      return new CreateTaskRequest(title.get(), body, dueDate.get(), completed, assignedTo);
    }
  }

  /** Shows ids, dates and status only; personal data and free text are redacted. */
  @Override
  public String toString() {
    return RedactedString.of("CreateTaskRequest")
        .with("dueDate", dueDate)
        .with("completed", completed)
        .with("assignedTo", assignedTo)
        .hidden("title", "body")
        .toString();
  }
}
