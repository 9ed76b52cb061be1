package io.ghlsync.sync;

import io.ghlsync.sync.model.Decision;
import io.ghlsync.sync.model.EntityKind;
import io.ghlsync.sync.model.FieldChange;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the engine decided (or, in a dry run, would decide) for one record.
 *
 * @param kind the record kind
 * @param ghlId the GHL record id
 * @param contactId the GHL contact it belongs to
 * @param targetId the target record id, when known (empty for a create in a dry run)
 * @param decision the decision
 * @param changes the fields written (or to be written), with values before and after
 * @param detail a remark, e.g. why an update was skipped, or {@code ""}
 */
public record PlannedChange(
    EntityKind kind,
    String ghlId,
    String contactId,
    Optional<String> targetId,
    Decision decision,
    List<FieldChange> changes,
    String detail) {

  /**
   * Validates and copies the components.
   *
   * @param kind the record kind
   * @param ghlId the GHL record id
   * @param contactId the GHL contact it belongs to
   * @param targetId the target record id, when known (empty for a create in a dry run)
   * @param decision the decision
   * @param changes the fields written (or to be written), with values before and after
   * @param detail a remark, e.g. why an update was skipped, or {@code ""}
   */
  public PlannedChange {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(ghlId, "ghlId");
    Objects.requireNonNull(contactId, "contactId");
    Objects.requireNonNull(targetId, "targetId");
    Objects.requireNonNull(decision, "decision");
    changes = List.copyOf(changes);
    Objects.requireNonNull(detail, "detail");
  }

  /**
   * Whether this change writes to the target.
   *
   * @return true for creates, updates, deletes, archives and linked duplicates with field changes
   */
  public boolean writes() {
    return decision.writes() || (decision == Decision.LINKED_DUPLICATE && !changes.isEmpty());
  }
}
