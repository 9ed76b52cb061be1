package io.ghlsync.sync.internal.decision;

import io.ghlsync.sync.mapping.MappedRecord;
import io.ghlsync.sync.model.Decision;
import io.ghlsync.sync.model.DeletePolicy;
import io.ghlsync.sync.model.EntityKind;
import io.ghlsync.sync.store.Link;
import io.ghlsync.sync.target.DuplicateQuery;
import io.ghlsync.sync.target.TargetOperation;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What to do with one record, decided by {@link Decider} from immutable inputs. A step names the
 * target operation that carries it out (if any), the decision reported for it and the values its
 * field-level diff starts from; {@link LinkWrite#after} says what the store keeps once it ran.
 */
public sealed interface Step {

  /**
   * The record.
   *
   * @return the subject
   */
  Subject subject();

  /**
   * The decision reported for this step (what happens, or in a dry run what would happen).
   *
   * @return the decision
   */
  Decision decision();

  /**
   * The target write that carries this step out, if any (a {@link NeedsFind}'s search is {@link
   * NeedsFind#search}).
   *
   * @return the operation; empty when nothing is written
   */
  Optional<TargetOperation> operation();

  /**
   * The target record id known before the step runs.
   *
   * @return the id; empty for a create (and a step still waiting for a search)
   */
  Optional<String> targetId();

  /**
   * The values the field-level diff starts from: the link's snapshot or a found duplicate's fields.
   *
   * @return the values before
   */
  Map<String, Object> before();

  /**
   * The fields this step writes (and clears).
   *
   * @return the changes; empty when nothing is written
   */
  MappedRecord changes();

  /**
   * A remark for people, e.g. why an update was not written.
   *
   * @return the remark, or {@code ""}
   */
  default String detail() {
    return "";
  }

  /**
   * The mapped record equals what was last written, and the link stays as it is.
   *
   * @param subject the record
   * @param link its link
   */
  record Unchanged(Subject subject, Link link) implements Step {
    @Override
    public Decision decision() {
      return Decision.SKIPPED_UNCHANGED;
    }

    @Override
    public Optional<TargetOperation> operation() {
      return Optional.empty();
    }

    @Override
    public Optional<String> targetId() {
      return Optional.of(link.targetId());
    }

    @Override
    public Map<String, Object> before() {
      return link.snapshot();
    }

    @Override
    public MappedRecord changes() {
      return MappedRecord.empty();
    }
  }

  /**
   * Nothing is written to the target, but the link is (re)written: a found duplicate already holds
   * the values, a tombstoned link comes back, the fingerprint moved without a field change, or the
   * target cannot take the change.
   *
   * @param subject the record
   * @param target the target record id
   * @param snapshot the values the link keeps
   * @param fingerprint the mapped record's fingerprint
   * @param decision {@link Decision#SKIPPED_UNCHANGED} or {@link Decision#LINKED_DUPLICATE}
   * @param detail a remark, or {@code ""}
   */
  record LinkOnly(
      Subject subject,
      String target,
      Map<String, Object> snapshot,
      String fingerprint,
      Decision decision,
      String detail)
      implements Step {
    @Override
    public Optional<TargetOperation> operation() {
      return Optional.empty();
    }

    @Override
    public Optional<String> targetId() {
      return Optional.of(target);
    }

    @Override
    public Map<String, Object> before() {
      return snapshot;
    }

    @Override
    public MappedRecord changes() {
      return MappedRecord.empty();
    }
  }

  /**
   * No link and no duplicate: create the record.
   *
   * @param subject the record
   * @param record the mapped record
   * @param fingerprint its fingerprint
   */
  record Create(Subject subject, MappedRecord record, String fingerprint) implements Step {
    @Override
    public Decision decision() {
      return Decision.CREATED;
    }

    @Override
    public Optional<TargetOperation> operation() {
      return Optional.of(
          new TargetOperation.Create(
              subject.kind(),
              subject.ghlId(),
              subject.parent(),
              record,
              subject.key("create", fingerprint)));
    }

    @Override
    public Optional<String> targetId() {
      return Optional.empty();
    }

    @Override
    public Map<String, Object> before() {
      return Map.of();
    }

    @Override
    public MappedRecord changes() {
      return record;
    }
  }

  /**
   * Write the fields that differ to a linked (or just found) record.
   *
   * @param subject the record
   * @param target the target record id
   * @param before the values the diff started from
   * @param changes the differing fields (never empty)
   * @param fingerprint the mapped record's fingerprint
   * @param matched true when the record was found by the duplicate search (reported as {@link
   *     Decision#LINKED_DUPLICATE})
   * @param detail a remark, or {@code ""}
   */
  record Update(
      Subject subject,
      String target,
      Map<String, Object> before,
      MappedRecord changes,
      String fingerprint,
      boolean matched,
      String detail)
      implements Step {
    @Override
    public Decision decision() {
      return matched ? Decision.LINKED_DUPLICATE : Decision.UPDATED;
    }

    @Override
    public Optional<TargetOperation> operation() {
      return Optional.of(
          new TargetOperation.Update(
              subject.kind(),
              subject.ghlId(),
              target,
              subject.parent(),
              changes,
              before,
              subject.key("update", fingerprint)));
    }

    @Override
    public Optional<String> targetId() {
      return Optional.of(target);
    }
  }

  /**
   * The record is gone in GHL: archive or delete the target record, or (policy {@link
   * DeletePolicy#IGNORE}) leave it and keep a tombstone.
   *
   * @param subject the record
   * @param link its link
   * @param policy the delete policy that applies
   * @param detail a remark, or {@code ""}
   */
  record Remove(Subject subject, Link link, DeletePolicy policy, String detail) implements Step {
    /**
     * Validates the components.
     *
     * @param subject the record
     * @param link its link
     * @param policy the delete policy
     * @param detail a remark
     */
    public Remove {
      Objects.requireNonNull(policy, "policy");
    }

    @Override
    public Decision decision() {
      return switch (policy) {
        case IGNORE -> Decision.DELETE_IGNORED;
        case ARCHIVE -> Decision.ARCHIVED;
        case DELETE -> Decision.DELETED;
      };
    }

    @Override
    public Optional<TargetOperation> operation() {
      if (policy == DeletePolicy.IGNORE) {
        return Optional.empty();
      }
      return Optional.of(
          new TargetOperation.Remove(
              subject.kind(),
              link.targetId(),
              policy,
              subject.key(policy.name(), link.targetId())));
    }

    @Override
    public Optional<String> targetId() {
      return Optional.of(link.targetId());
    }

    @Override
    public Map<String, Object> before() {
      return link.snapshot();
    }

    @Override
    public MappedRecord changes() {
      return MappedRecord.empty();
    }
  }

  /**
   * No link: a duplicate search must run before the record can be decided ({@link #search}); its
   * answer goes back to {@link Decider#present}.
   *
   * @param subject the record
   * @param record the mapped record
   * @param fingerprint its fingerprint
   */
  record NeedsFind(Subject subject, MappedRecord record, String fingerprint) implements Step {
    @Override
    public Decision decision() {
      return Decision.CREATED;
    }

    @Override
    public Optional<TargetOperation> operation() {
      return Optional.empty();
    }

    /**
     * The duplicate search: by e-mail, phone and GHL id for a contact (asking for the values of
     * every field the mapping sets or clears), by content for a task or note.
     *
     * @param query what identifies the GHL contact; used for contacts only
     * @return the search
     */
    public TargetOperation search(DuplicateQuery query) {
      if (subject.kind() != EntityKind.CONTACT) {
        return new TargetOperation.FindChild(
            subject.kind(), subject.ghlId(), subject.parent().orElseThrow(), record);
      }
      Set<String> fields = new LinkedHashSet<>(record.fields().keySet());
      fields.addAll(record.cleared());
      return new TargetOperation.FindContact(query, fields);
    }

    @Override
    public Optional<String> targetId() {
      return Optional.empty();
    }

    @Override
    public Map<String, Object> before() {
      return Map.of();
    }

    @Override
    public MappedRecord changes() {
      return record;
    }
  }
}
