package io.ghlsync.sync.rules;

import java.time.Instant;
import java.util.Optional;

/**
 * A task a rule decided to create, rendered and assigned.
 *
 * @param key the firing it comes from (rule, contact, change)
 * @param title the title
 * @param body the body
 * @param due when it is due
 * @param assignee the user, if any
 * @param priority low, normal or high
 * @param destination target or GHL
 */
public record TaskDraft(
    FiringKey key,
    String title,
    String body,
    Instant due,
    Optional<String> assignee,
    String priority,
    TaskAction.Destination destination) {

  /**
   * A one-line description for plans and logs, without the body.
   *
   * @return e.g. {@code hot-lead -> "Call Anna" due 2026-12-04T12:00:00Z for u1 (high)}
   */
  public String describe() {
    return key.ruleId()
        + " -> \""
        + title
        + "\" due "
        + due
        + assignee.map(a -> " for " + a).orElse("")
        + " ("
        + priority
        + ", in "
        + destination.name().toLowerCase(java.util.Locale.ROOT)
        + ")";
  }
}
