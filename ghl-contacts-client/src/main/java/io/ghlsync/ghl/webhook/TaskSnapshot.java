package io.ghlsync.ghl.webhook;

import java.util.Objects;

/**
 * The task as carried by a task webhook event. Text fields the payload omits are empty strings. The
 * payload has no {@code completed} flag: {@link WebhookEvent.TaskComplete} is the signal.
 *
 * @param id the task id
 * @param title the title
 * @param body the description
 * @param contactId the contact the task belongs to
 * @param assignedTo id of the assigned user
 * @param dateAdded when the task was created
 * @param dueDate when the task is due
 */
public record TaskSnapshot(
    String id,
    String title,
    String body,
    String contactId,
    String assignedTo,
    EventTime dateAdded,
    EventTime dueDate) {

  /**
   * Validates the components.
   *
   * @param id the task id
   * @param title the title
   * @param body the description
   * @param contactId the contact the task belongs to
   * @param assignedTo id of the assigned user
   * @param dateAdded when the task was created
   * @param dueDate when the task is due
   */
  public TaskSnapshot {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(contactId, "contactId");
    Objects.requireNonNull(assignedTo, "assignedTo");
    Objects.requireNonNull(dateAdded, "dateAdded");
    Objects.requireNonNull(dueDate, "dueDate");
  }

  /** Leaves out title and body, which may hold personal data. */
  @Override
  public String toString() {
    return "TaskSnapshot[id="
        + id
        + ", contactId="
        + contactId
        + ", dueDate="
        + dueDate.raw()
        + "]";
  }
}
