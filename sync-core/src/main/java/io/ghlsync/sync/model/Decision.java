package io.ghlsync.sync.model;

/**
 * What the engine decided for one record. In a dry run ({@code SyncEngine.plan}) it is what would
 * happen; in the audit trail it is what happened.
 */
public enum Decision {
  /** A new target record was (or would be) created. */
  CREATED,
  /** The linked target record was (or would be) updated with the changed fields. */
  UPDATED,
  /** The mapped record equals what was last written; nothing was (or would be) sent. */
  SKIPPED_UNCHANGED,
  /** No link existed, but the duplicate search found the record in the target and linked it. */
  LINKED_DUPLICATE,
  /** The record is gone in GHL and the target record was (or would be) deleted. */
  DELETED,
  /** The record is gone in GHL and the target record was (or would be) archived. */
  ARCHIVED,
  /** The record is gone in GHL and the delete policy says to leave the target alone. */
  DELETE_IGNORED,
  /** An attempt failed; the item will be retried. */
  FAILED,
  /** The item ran out of attempts or failed for good and moved to the dead-letter list. */
  DEAD_LETTERED;

  /**
   * Whether this decision writes to the target.
   *
   * <p>A {@link #LINKED_DUPLICATE} may or may not write: it writes only the fields in which the
   * found record differs, so check the change's field list as well.
   *
   * @return true for creates, updates, deletes and archives
   */
  public boolean writes() {
    return this == CREATED || this == UPDATED || this == DELETED || this == ARCHIVED;
  }
}
