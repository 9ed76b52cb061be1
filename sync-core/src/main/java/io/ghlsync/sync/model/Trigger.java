package io.ghlsync.sync.model;

/** Why a contact was queued for sync; recorded with each work item and in the audit trail. */
public enum Trigger {
  /** A webhook event handed in by the host. */
  WEBHOOK,
  /** The host asked for one contact, e.g. because it was viewed in GHL. */
  ON_DEMAND,
  /** Incremental polling by {@code dateUpdated}. */
  POLL,
  /** A full backfill of a location. */
  BACKFILL,
  /** A dead letter was replayed. */
  REPLAY,
  /** The scheduler's sweep found a contact an activity rule may fire for ("no activity"). */
  SCHEDULED
}
