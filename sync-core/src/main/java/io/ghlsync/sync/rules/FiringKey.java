package io.ghlsync.sync.rules;

import java.util.Objects;

/**
 * One firing of a rule: (rule, contact, triggering change). A store keeps each key once; a second
 * claim of the same key fails, which is what makes rules fire once.
 *
 * @param subject the contact (per target)
 * @param ruleId the rule
 * @param change the change's stable key, e.g. {@code booked:apt-7}
 */
public record FiringKey(RuleSubject subject, String ruleId, String change) {
  /**
   * Validates the components.
   *
   * @param subject the contact
   * @param ruleId the rule
   * @param change the change
   */
  public FiringKey {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(change, "change");
  }
}
