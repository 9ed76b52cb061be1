package io.ghlsync.sync.internal;

import io.ghlsync.sync.model.EntityKind;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Why one record of a contact failed in an attempt: which record (kind, GHL id, target id when
 * linked), which operation and the error. Its {@link #describe()} is what dead letters, the audit
 * trail and listeners show; it names ids and the error only, never field values.
 *
 * @param kind the record kind
 * @param ghlId the GHL record id
 * @param targetId the target record id, when known
 * @param operation what was attempted, e.g. {@code fetch from GHL}, {@code map}, {@code create}
 * @param error what failed
 */
record RecordFailure(
    EntityKind kind,
    String ghlId,
    Optional<String> targetId,
    String operation,
    RuntimeException error) {

  RecordFailure {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(ghlId, "ghlId");
    Objects.requireNonNull(targetId, "targetId");
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(error, "error");
  }

  /** A failure of the contact as a whole (its fetch or write-back), not of one of its records. */
  static RecordFailure ofContact(String contactId, String operation, RuntimeException error) {
    return new RecordFailure(EntityKind.CONTACT, contactId, Optional.empty(), operation, error);
  }

  /**
   * One line for people, e.g. {@code task t1 (onoffice 812): update failed: ServerException: ...}.
   *
   * @param target the target's name
   */
  String describe(String target) {
    StringBuilder sb = new StringBuilder();
    sb.append(kind.name().toLowerCase(Locale.ROOT)).append(' ').append(ghlId);
    targetId.ifPresent(id -> sb.append(" (").append(target).append(' ').append(id).append(')'));
    sb.append(": ").append(operation).append(" failed: ").append(Failures.describe(error));
    return sb.toString();
  }
}
