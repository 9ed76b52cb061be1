package io.ghlsync.ghl.model;

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

  /** Builder of {@link CreateTaskRequest}; the setters are those of every task request. */
  public static final class Builder extends TaskFieldsBuilder<Builder> {
    private Builder() {}

    @Override
    Builder self() {
      return this;
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
      return new CreateTaskRequest(
          title.get(), body, dueDate.get(), completed.orElse(false), assignedTo);
    }
  }

  /** Shows ids, dates and status only; personal data and free text are redacted. */
  @Override
  public String toString() {
    return TaskFieldsBuilder.redacted("CreateTaskRequest", dueDate, completed, assignedTo);
  }
}
