package io.ghlsync.sync.internal;

import io.ghlsync.sync.mapping.MappedRecord;
import io.ghlsync.sync.model.Decision;
import io.ghlsync.sync.model.DeletePolicy;
import io.ghlsync.sync.model.EntityKind;
import io.ghlsync.sync.store.Link;
import io.ghlsync.sync.target.DuplicateQuery;
import io.ghlsync.sync.target.TargetCapabilities;
import io.ghlsync.sync.target.TargetMatch;
import io.ghlsync.sync.target.TargetOperation;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides each record: skip when the fingerprint matches, write only the fields that differ, link a
 * duplicate instead of creating, create only when nothing was found, and apply the delete policy to
 * records that are gone. It reads nothing but the configuration.
 */
final class StepPlanner {
  private final EngineConfig config;
  private final TargetCapabilities capabilities;

  StepPlanner(EngineConfig config) {
    this.config = config;
    this.capabilities = config.target().capabilities();
  }

  /** A record present in GHL: decided now when linked, else left waiting for a duplicate search. */
  RecordStep present(
      EntityKind kind,
      String ghlId,
      String contactId,
      MappedRecord mapped,
      Optional<Link> link,
      String workItemId,
      Optional<String> parent) {
    RecordStep step =
        new RecordStep(kind, ghlId, contactId, Optional.of(mapped), workItemId, parent);
    if (link.isPresent()) {
      step.link = link.get();
      step.base = link.get().snapshot();
      decideLinked(step);
    } else {
      step.awaitingFind = true;
    }
    return step;
  }

  /**
   * Finishes a step that waited for a duplicate search: link the first match, or create.
   *
   * @param match the first match, if any
   */
  void resolve(RecordStep step, Optional<TargetMatch> match) {
    step.awaitingFind = false;
    if (match.isPresent()) {
      step.matched = true;
      step.targetId = match.get().targetId();
      step.base = match.get().fields();
      decideLinked(step);
      return;
    }
    MappedRecord mapped = step.mapped.orElseThrow();
    step.decision = Decision.CREATED;
    step.changes = mapped;
    step.op =
        new TargetOperation.Create(
            step.kind, step.ghlId, step.parent, mapped, step.key("create", step.fingerprint()));
  }

  private void decideLinked(RecordStep step) {
    MappedRecord mapped = step.mapped.orElseThrow();
    Link link = step.link;
    if (!step.matched && link != null && link.fingerprint().equals(step.fingerprint())) {
      step.decision = Decision.SKIPPED_UNCHANGED;
      step.storeLink = link.tombstone();
      return;
    }
    MappedRecord changes = Diffs.changes(step.base, mapped);
    Decision unchanged = step.matched ? Decision.LINKED_DUPLICATE : Decision.SKIPPED_UNCHANGED;
    step.storeLink = true;
    if (changes.isEmpty()) {
      step.decision = unchanged;
    } else if (!capabilities.canUpdate(step.kind)) {
      step.decision = unchanged;
      step.detail =
          config.targetName()
              + " cannot update "
              + name(step.kind)
              + "s; the change is not written";
    } else {
      step.decision = step.matched ? Decision.LINKED_DUPLICATE : Decision.UPDATED;
      step.changes = changes;
      step.storeLink = false;
      step.op =
          new TargetOperation.Update(
              step.kind,
              step.ghlId,
              step.targetIdOrLink().orElseThrow(),
              step.parent,
              changes,
              step.base,
              step.key("update", step.fingerprint()));
    }
  }

  /** A record gone in GHL whose link still stands. */
  RecordStep gone(Link link, String workItemId, Optional<String> parent) {
    RecordStep step =
        new RecordStep(
            link.key().kind(),
            link.key().ghlId(),
            link.contactId(),
            Optional.empty(),
            workItemId,
            parent);
    step.link = link;
    step.base = link.snapshot();
    DeletePolicy policy = config.deletePolicy(step.kind);
    if (policy == DeletePolicy.IGNORE) {
      step.decision = Decision.DELETE_IGNORED;
      step.storeLink = true;
      return step;
    }
    step.decision = policy == DeletePolicy.ARCHIVE ? Decision.ARCHIVED : Decision.DELETED;
    step.op =
        new TargetOperation.Remove(
            step.kind, link.targetId(), policy, step.key(policy.name(), link.targetId()));
    return step;
  }

  /** The duplicate search for an unlinked contact. */
  TargetOperation.FindContact findContact(GhlContactState state, RecordStep step) {
    MappedRecord mapped = step.mapped.orElseThrow();
    Set<String> fields = new LinkedHashSet<>(mapped.fields().keySet());
    fields.addAll(mapped.cleared());
    return new TargetOperation.FindContact(
        new DuplicateQuery(
            state.contactId(), state.emails(), state.phones(config.defaultCallingCode())),
        fields);
  }

  /** Whether the target can look for tasks and notes whose create may have happened. */
  boolean findsChildren() {
    return capabilities.findsChildren();
  }

  static String name(EntityKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }
}
