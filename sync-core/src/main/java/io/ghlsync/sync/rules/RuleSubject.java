package io.ghlsync.sync.rules;

import java.util.Objects;

/**
 * A contact as rules see it: per target, since each target gets its own tasks.
 *
 * @param target the target name
 * @param locationId the GHL location
 * @param contactId the GHL contact
 */
public record RuleSubject(String target, String locationId, String contactId) {
  /**
   * Validates the components.
   *
   * @param target the target name
   * @param locationId the GHL location
   * @param contactId the GHL contact
   */
  public RuleSubject {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(locationId, "locationId");
    Objects.requireNonNull(contactId, "contactId");
  }
}
