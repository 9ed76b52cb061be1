package io.ghlsync.sync.rules;

import java.util.Objects;
import java.util.Set;

/**
 * The task a rule creates.
 *
 * @param title the title template
 * @param body the body template
 * @param dueInDays days after the sync at which the task is due, 0 to 365
 * @param assignee who gets it
 * @param priority {@code low}, {@code normal} or {@code high}
 * @param destination where the task is created
 */
public record TaskAction(
    TaskTemplate title,
    TaskTemplate body,
    int dueInDays,
    Assignee assignee,
    String priority,
    Destination destination) {
  /** The priorities a task may have. */
  public static final Set<String> PRIORITIES = Set.of("low", "normal", "high");

  /** Where a task is created. */
  public enum Destination {
    /** In the target CRM, on the linked contact. */
    TARGET,
    /** In GHL, on the contact. */
    GHL
  }

  /**
   * Validates the components.
   *
   * @param title the title template
   * @param body the body template
   * @param dueInDays 0 to 365
   * @param assignee who gets it
   * @param priority low, normal or high
   * @param destination target or GHL
   */
  public TaskAction {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(assignee, "assignee");
    Objects.requireNonNull(destination, "destination");
    if (dueInDays < 0 || dueInDays > 365) {
      throw new IllegalArgumentException("dueInDays must be from 0 to 365, was " + dueInDays);
    }
    if (!PRIORITIES.contains(priority)) {
      throw new IllegalArgumentException(
          "priority must be low, normal or high, was '" + priority + "'");
    }
  }
}
