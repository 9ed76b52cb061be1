package io.ghlsync.sync.target;

import io.ghlsync.sync.mapping.MappedRecord;
import io.ghlsync.sync.model.DeletePolicy;
import io.ghlsync.sync.model.EntityKind;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One step the engine asks a target to take. Finds read; the others write. Every write carries an
 * idempotency key derived from the work item, the record and the content, so a retried step can be
 * recognised by targets that support keys.
 */
public sealed interface TargetOperation {

  /**
   * The record kind the operation is about.
   *
   * @return the kind
   */
  EntityKind kind();

  /**
   * Looks for contacts that match; answered with {@link TargetResult.Found}.
   *
   * @param query what identifies the contact
   * @param fields the target fields the mapping writes; return their current values in each {@link
   *     TargetMatch} so that linking an identical record writes nothing
   */
  record FindContact(DuplicateQuery query, Set<String> fields) implements TargetOperation {
    /**
     * Validates and copies the components.
     *
     * @param query what identifies the contact
     * @param fields the target fields the mapping writes; return their current values in each
     *     {@link TargetMatch} so that linking an identical record writes nothing
     */
    public FindContact {
      Objects.requireNonNull(query, "query");
      fields = Set.copyOf(fields);
    }

    @Override
    public EntityKind kind() {
      return EntityKind.CONTACT;
    }
  }

  /**
   * Looks for a task or note of a target contact with the given content (used after a failed
   * attempt, whose create may have happened); answered with {@link TargetResult.Found}.
   *
   * @param kind {@link EntityKind#TASK} or {@link EntityKind#NOTE}
   * @param ghlId the GHL record id
   * @param targetContactId the target contact
   * @param record the mapped record that would be created
   */
  record FindChild(EntityKind kind, String ghlId, String targetContactId, MappedRecord record)
      implements TargetOperation {
    /**
     * Validates the components.
     *
     * @param kind {@link EntityKind#TASK} or {@link EntityKind#NOTE}
     * @param ghlId the GHL record id
     * @param targetContactId the target contact
     * @param record the mapped record that would be created
     */
    public FindChild {
      if (kind == EntityKind.CONTACT) {
        throw new IllegalArgumentException("FindChild is for tasks and notes; use FindContact");
      }
      Objects.requireNonNull(ghlId, "ghlId");
      Objects.requireNonNull(targetContactId, "targetContactId");
      Objects.requireNonNull(record, "record");
    }
  }

  /**
   * Creates a record; answered with {@link TargetResult.Created}.
   *
   * @param kind the record kind
   * @param ghlId the GHL record id (targets with external ids store it)
   * @param targetContactId the target contact a task or note belongs to; empty for contacts
   * @param record the mapped record
   * @param idempotencyKey stable across retries of the same step
   */
  record Create(
      EntityKind kind,
      String ghlId,
      Optional<String> targetContactId,
      MappedRecord record,
      String idempotencyKey)
      implements TargetOperation {
    /**
     * Validates the components.
     *
     * @param kind the record kind
     * @param ghlId the GHL record id (targets with external ids store it)
     * @param targetContactId the target contact a task or note belongs to; empty for contacts
     * @param record the mapped record
     * @param idempotencyKey stable across retries of the same step
     */
    public Create {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(ghlId, "ghlId");
      Objects.requireNonNull(targetContactId, "targetContactId");
      Objects.requireNonNull(record, "record");
      Objects.requireNonNull(idempotencyKey, "idempotencyKey");
      if (kind != EntityKind.CONTACT && targetContactId.isEmpty()) {
        throw new IllegalArgumentException("a task or note create needs the target contact id");
      }
    }
  }

  /**
   * Writes changed fields of a linked record; answered with {@link TargetResult.Done}.
   *
   * @param kind the record kind
   * @param ghlId the GHL record id
   * @param targetId the target record id
   * @param targetContactId the target contact a task or note belongs to; empty for contacts
   * @param changes only the fields that differ from {@code previous} (and the fields to clear)
   * @param previous the values last written (or found), for targets that need the old value
   * @param idempotencyKey stable across retries of the same step
   */
  record Update(
      EntityKind kind,
      String ghlId,
      String targetId,
      Optional<String> targetContactId,
      MappedRecord changes,
      Map<String, Object> previous,
      String idempotencyKey)
      implements TargetOperation {
    /**
     * Validates and copies the components.
     *
     * @param kind the record kind
     * @param ghlId the GHL record id
     * @param targetId the target record id
     * @param targetContactId the target contact a task or note belongs to; empty for contacts
     * @param changes only the fields that differ from {@code previous} (and the fields to clear)
     * @param previous the values last written (or found), for targets that need the old value
     * @param idempotencyKey stable across retries of the same step
     */
    public Update {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(ghlId, "ghlId");
      Objects.requireNonNull(targetId, "targetId");
      Objects.requireNonNull(targetContactId, "targetContactId");
      Objects.requireNonNull(changes, "changes");
      previous = Map.copyOf(previous);
      Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    }
  }

  /**
   * Archives or deletes a record whose GHL record is gone; answered with {@link TargetResult.Done}.
   *
   * @param kind the record kind
   * @param targetId the target record id
   * @param mode {@link DeletePolicy#ARCHIVE} or {@link DeletePolicy#DELETE}
   * @param idempotencyKey stable across retries of the same step
   */
  record Remove(EntityKind kind, String targetId, DeletePolicy mode, String idempotencyKey)
      implements TargetOperation {
    /**
     * Validates the components.
     *
     * @param kind the record kind
     * @param targetId the target record id
     * @param mode {@link DeletePolicy#ARCHIVE} or {@link DeletePolicy#DELETE}
     * @param idempotencyKey stable across retries of the same step
     */
    public Remove {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(targetId, "targetId");
      if (mode == DeletePolicy.IGNORE) {
        throw new IllegalArgumentException("Remove needs ARCHIVE or DELETE");
      }
      Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    }
  }
}
