package io.ghlsync.ghl.model;

import io.ghlsync.core.RedactedString;
import io.ghlsync.ghl.internal.JsonAlias;
import io.ghlsync.ghl.internal.LenientDates;
import java.time.Instant;
import java.util.Optional;

/**
 * A task on a contact.
 *
 * @param id task id (GHL always sends it; a response without one is refused)
 * @param title title
 * @param body description
 * @param assignedTo id of the assigned user
 * @param dueDate due time as sent (see {@link #dueDateInstant()})
 * @param completed whether the task is done
 * @param contactId id of the contact
 */
public record Task(
    @JsonAlias("_id") String id,
    Optional<String> title,
    Optional<String> body,
    Optional<String> assignedTo,
    Optional<String> dueDate,
    Optional<Boolean> completed,
    Optional<String> contactId) {

  /**
   * Refuses a task without an id.
   *
   * @param id see the record description
   * @param title see the record description
   * @param body see the record description
   * @param assignedTo see the record description
   * @param dueDate see the record description
   * @param completed see the record description
   * @param contactId see the record description
   */
  public Task {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("GHL returned a task without an id");
    }
  }

  /**
   * {@link #dueDate()} parsed, if it is a valid date-time.
   *
   * @return the instant, empty if absent or not parseable
   */
  public Optional<Instant> dueDateInstant() {
    return dueDate.flatMap(LenientDates::instant);
  }

  /**
   * Whether the task is done ({@code false} when GHL did not say).
   *
   * @return the {@code completed} flag; false when absent
   */
  public boolean isCompleted() {
    return completed.orElse(false);
  }

  /** Shows ids, dates and status only; personal data and free text are redacted. */
  @Override
  public String toString() {
    return RedactedString.of("Task")
        .with("id", id)
        .with("contactId", contactId)
        .with("assignedTo", assignedTo)
        .with("dueDate", dueDate)
        .with("completed", completed)
        .hidden("title", "body")
        .toString();
  }
}
