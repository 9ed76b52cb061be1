package io.ghlsync.sync.store;

import io.ghlsync.sync.mapping.FieldValues;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A GHL record linked to its target record, with what was last written there.
 *
 * @param key the GHL side
 * @param contactId the GHL contact the record belongs to (for a contact, its own id)
 * @param targetId the target record id
 * @param fingerprint {@code MappedRecord#fingerprint()} of the last mapped record; equal means
 *     unchanged
 * @param snapshot the target field values as last written (or as found when a duplicate was
 *     linked); the base of field-level diffs
 * @param mappingVersion the mapping version of the last write
 * @param syncedAt when the link was last written
 * @param tombstone true when the record is gone in GHL and its delete was handled
 */
public record Link(
    LinkKey key,
    String contactId,
    String targetId,
    String fingerprint,
    Map<String, Object> snapshot,
    String mappingVersion,
    Instant syncedAt,
    boolean tombstone) {

  /**
   * Validates and copies the components.
   *
   * @param key the GHL side
   * @param contactId the GHL contact the record belongs to (for a contact, its own id)
   * @param targetId the target record id
   * @param fingerprint {@code MappedRecord#fingerprint()} of the last mapped record; equal means
   *     unchanged
   * @param snapshot the target field values as last written (or as found when a duplicate was
   *     linked); the base of field-level diffs
   * @param mappingVersion the mapping version of the last write
   * @param syncedAt when the link was last written
   * @param tombstone true when the record is gone in GHL and its delete was handled
   */
  @SuppressWarnings("unchecked")
  public Link {
    Objects.requireNonNull(key, "key");
    LinkKey.requireText(contactId, "contactId");
    LinkKey.requireText(targetId, "targetId");
    Objects.requireNonNull(fingerprint, "fingerprint");
    snapshot = (Map<String, Object>) FieldValues.normalize(snapshot, "snapshot");
    Objects.requireNonNull(mappingVersion, "mappingVersion");
    Objects.requireNonNull(syncedAt, "syncedAt");
  }

  /**
   * Returns a copy marked as deleted in GHL.
   *
   * @param at when the delete was handled
   * @return the tombstoned link
   */
  public Link asTombstone(Instant at) {
    return new Link(key, contactId, targetId, fingerprint, snapshot, mappingVersion, at, true);
  }
}
