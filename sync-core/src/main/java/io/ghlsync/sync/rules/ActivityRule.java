package io.ghlsync.sync.rules;

import io.ghlsync.sync.score.Condition;
import java.util.Objects;
import java.util.Optional;

/**
 * One activity rule: when the trigger fires (and the condition holds), create the task.
 *
 * @param id unique within the file; part of every firing key, so renaming a rule lets it fire again
 * @param trigger what fires it
 * @param onlyIf a further condition on the contact, if any
 * @param action the task to create
 */
public record ActivityRule(
    String id, Trigger trigger, Optional<Condition> onlyIf, TaskAction action) {
  /**
   * Validates the components.
   *
   * @param id the rule id
   * @param trigger the trigger
   * @param onlyIf a further condition
   * @param action the task
   */
  public ActivityRule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(action, "action");
  }
}
