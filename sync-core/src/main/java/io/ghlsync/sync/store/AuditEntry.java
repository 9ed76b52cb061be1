package io.ghlsync.sync.store;

import io.ghlsync.sync.model.Decision;
import io.ghlsync.sync.model.EntityKind;
import io.ghlsync.sync.model.FieldChange;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One decision of the engine about one record: what happened, when, to which ids, under which
 * mapping version, and the field-level diff (personal values masked unless the host opted in).
 *
 * @param at when
 * @param target the target connector's name
 * @param locationId the GHL location
 * @param contactId the GHL contact the record belongs to
 * @param kind the record kind
 * @param ghlId the GHL record id
 * @param targetId the target record id, when known
 * @param decision what happened
 * @param mappingVersion the mapping version in force
 * @param changes the field-level diff of a write, empty otherwise
 * @param detail error message or remark, or {@code ""}
 * @param workItemId the work item that made the decision
 */
public record AuditEntry(
    Instant at,
    String target,
    String locationId,
    String contactId,
    EntityKind kind,
    String ghlId,
    Optional<String> targetId,
    Decision decision,
    String mappingVersion,
    List<FieldChange> changes,
    String detail,
    String workItemId) {

  /**
   * Validates and copies the components.
   *
   * @param at when
   * @param target the target connector's name
   * @param locationId the GHL location
   * @param contactId the GHL contact the record belongs to
   * @param kind the record kind
   * @param ghlId the GHL record id
   * @param targetId the target record id, when known
   * @param decision what happened
   * @param mappingVersion the mapping version in force
   * @param changes the field-level diff of a write, empty otherwise
   * @param detail error message or remark, or {@code ""}
   * @param workItemId the work item that made the decision
   */
  public AuditEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(locationId, "locationId");
    Objects.requireNonNull(contactId, "contactId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(ghlId, "ghlId");
    Objects.requireNonNull(targetId, "targetId");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(mappingVersion, "mappingVersion");
    changes = List.copyOf(changes);
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(workItemId, "workItemId");
  }
}
