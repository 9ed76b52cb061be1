package io.ghlsync.sync.internal;

import io.ghlsync.sync.PlannedChange;
import io.ghlsync.sync.internal.decision.Step;
import io.ghlsync.sync.internal.decision.Written;
import io.ghlsync.sync.mapping.FieldValues;
import io.ghlsync.sync.mapping.Mapping;
import io.ghlsync.sync.model.Decision;
import io.ghlsync.sync.model.EntityKind;
import io.ghlsync.sync.model.FieldChange;
import io.ghlsync.sync.store.AuditEntry;
import java.util.List;
import java.util.Optional;

/**
 * Writes decisions to the audit trail and tells the listener (which never throws). Personal values
 * (every field a rule does not mark {@code personal: false}, and the notes summary) are masked
 * unless the host opted in.
 */
final class AuditWriter {
  /** What a masked value looks like. */
  static final String MASK = "***";

  private final EngineConfig config;
  private final Mapping mapping;

  AuditWriter(EngineConfig config) {
    this.config = config;
    this.mapping = config.mapping();
  }

  /** The field-level diff of a step, masked or not. */
  List<FieldChange> describe(Step step, boolean mask) {
    EntityKind kind = step.subject().kind();
    return Diffs.describe(
        step.before(),
        step.changes(),
        (field, value) ->
            mask && !config.revealPersonalData() && mapping.isPersonal(kind, field)
                ? MASK
                : FieldValues.text(value));
  }

  /** The change as reported to the caller. */
  PlannedChange change(Written.Applied applied, boolean mask) {
    Step step = applied.step();
    return new PlannedChange(
        step.subject().kind(),
        step.subject().ghlId(),
        step.subject().contactId(),
        applied.targetId(),
        step.decision(),
        describe(step, mask),
        step.detail());
  }

  /** Records a record-level decision. */
  void record(ContactJob job, Written.Applied applied) {
    Step step = applied.step();
    append(
        new AuditEntry(
            config.clock().instant(),
            config.targetName(),
            job.locationId(),
            job.contactId(),
            step.subject().kind(),
            step.subject().ghlId(),
            applied.targetId(),
            step.decision(),
            config.insights().auditVersion(mapping.version()),
            describe(step, true),
            step.detail(),
            job.workItemId()));
  }

  /** Records an item-level decision (a failed attempt or a dead letter). */
  void recordItem(
      String workItemId, String locationId, String contactId, Decision decision, String detail) {
    append(
        new AuditEntry(
            config.clock().instant(),
            config.targetName(),
            locationId,
            contactId,
            EntityKind.CONTACT,
            contactId,
            Optional.empty(),
            decision,
            config.insights().auditVersion(mapping.version()),
            List.of(),
            detail,
            workItemId));
  }

  private void append(AuditEntry entry) {
    config.store().audit().append(entry);
    config.listener().onDecision(entry);
  }
}
