package io.ghlsync.ghl.model;

import java.util.Optional;

/**
 * The body of {@code PUT /contacts/{contactId}/tasks/{taskId}}; fields left unset are not changed.
 *
 * <p>Example: {@code UpdateTaskRequest.builder().title("Call back tomorrow").build()}
 *
 * @param title the title
 * @param body the description
 * @param dueDate the due time, ISO-8601 (e.g. {@code 2020-10-25T11:00:00Z})
 * @param completed whether the task is done
 * @param assignedTo the id of the assigned user
 */
public record UpdateTaskRequest(
    Optional<String> title,
    Optional<String> body,
    Optional<String> dueDate,
    Optional<Boolean> completed,
    Optional<String> assignedTo) {

  /**
   * Starts a request.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link UpdateTaskRequest}; the setters are those of every task request. */
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
     * @throws IllegalArgumentException if no field is set
     */
    public UpdateTaskRequest build() {
      if (setsNothing()) {
        throw new IllegalArgumentException("UpdateTaskRequest sets no field; set at least one");
      }
      return new UpdateTaskRequest(title, body, dueDate, completed, assignedTo);
    }
  }

  /** Shows ids, dates and status only; personal data and free text are redacted. */
  @Override
  public String toString() {
    return TaskFieldsBuilder.redacted("UpdateTaskRequest", dueDate, completed, assignedTo);
  }
}
