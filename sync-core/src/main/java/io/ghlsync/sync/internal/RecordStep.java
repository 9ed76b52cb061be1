package io.ghlsync.sync.internal;

import io.ghlsync.sync.mapping.MappedRecord;
import io.ghlsync.sync.model.Decision;
import io.ghlsync.sync.model.EntityKind;
import io.ghlsync.sync.store.Link;
import io.ghlsync.sync.target.TargetOperation;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The decision for one record during one attempt: which link it has, what it maps to, and the
 * target operation (if any) that carries it out. Mutable; confined to one worker thread.
 */
final class RecordStep {
  final EntityKind kind;
  final String ghlId;
  final String contactId;

  /** The mapped record; empty for a record that is gone in GHL. */
  final Optional<MappedRecord> mapped;

  /** The work item, from which idempotency keys derive. */
  final String workItemId;

  /** The target contact a task or note belongs to; empty for contacts. */
  final Optional<String> parent;

  @Nullable Link link;

  /** The values the diff starts from: the link's snapshot or a found duplicate's fields. */
  Map<String, Object> base = Map.of();

  boolean matched;
  Decision decision = Decision.SKIPPED_UNCHANGED;
  @Nullable TargetOperation op;
  MappedRecord changes = MappedRecord.empty();
  String detail = "";
  @Nullable String targetId;

  /** Whether the link must be written even though no target operation runs. */
  boolean storeLink;

  /** Whether the step waits for a duplicate search before it can be decided. */
  boolean awaitingFind;

  private @Nullable String fingerprint;

  RecordStep(
      EntityKind kind,
      String ghlId,
      String contactId,
      Optional<MappedRecord> mapped,
      String workItemId,
      Optional<String> parent) {
    this.kind = kind;
    this.ghlId = ghlId;
    this.contactId = contactId;
    this.mapped = mapped;
    this.workItemId = workItemId;
    this.parent = parent;
  }

  /** The mapped record's fingerprint, computed once. */
  String fingerprint() {
    String f = fingerprint;
    if (f == null) {
      f = mapped.orElseThrow().fingerprint();
      fingerprint = f;
    }
    return f;
  }

  /** The idempotency key of an operation of this step. */
  String key(String operation, String content) {
    return Canonical.sha256(String.join("|", workItemId, kind.name(), ghlId, operation, content))
        .substring(0, 32);
  }

  Optional<String> targetIdOrLink() {
    if (targetId != null) {
      return Optional.of(targetId);
    }
    Link l = link;
    return l == null ? Optional.empty() : Optional.of(l.targetId());
  }
}
