package io.ghlsync.sync.store;

/**
 * Everything the engine persists, as five facets. Implementations must be thread safe; every method
 * may be called by several workers at once. This module ships {@link InMemorySyncStore}; a durable
 * (JDBC) store implements the same facets, and engines on several machines may then share one
 * database and split the queue through leases.
 */
public interface SyncStore {

  /**
   * GHL record to target record links, with fingerprints and snapshots of what was written.
   *
   * @return the link facet
   */
  LinkStore links();

  /**
   * The work queue with leases, retries and dead letters.
   *
   * @return the queue facet
   */
  WorkQueue queue();

  /**
   * The audit trail.
   *
   * @return the audit facet
   */
  AuditLog audit();

  /**
   * Named cursors (polling positions, backfill progress).
   *
   * @return the cursor facet
   */
  CursorStore cursors();

  /**
   * Webhook ids already accepted, for duplicate-delivery detection.
   *
   * @return the webhook-id facet
   */
  SeenWebhooks seenWebhooks();
}
