package io.ghlsync.sync.model;

/**
 * Why a contact was queued for sync; recorded with each work item and in the audit trail.
 *
 * <p>The reason also says what the work re-reads from GHL (events are hints, so every attempt reads
 * fresh data, but only of what the event names): {@link #CONTACT_EVENT} the contact, {@link
 * #TASK_EVENT} its tasks, {@link #NOTE_EVENT} its notes, {@link #POLL} the contact, {@link #SWEEP}
 * its tasks and notes; every other reason reads the contact, its tasks and its notes. Merged items
 * read the union; a contact no target has a link of yet is read in full.
 */
public enum Trigger {
  /**
   * A webhook event that concerns the whole contact ({@code ContactCreate}, {@code ContactDelete}),
   * or any event handed in through {@code SyncEngine.enqueue}.
   */
  WEBHOOK,
  /** The host asked for one contact, e.g. because it was viewed in GHL. */
  ON_DEMAND,
  /**
   * Incremental polling by {@code dateUpdated}: the contact's own fields changed, so only the
   * contact is re-read (from the poll's search page).
   */
  POLL,
  /** A full backfill of a location. */
  BACKFILL,
  /** A dead letter was replayed. */
  REPLAY,
  /** The scheduler's sweep found a contact an activity rule may fire for ("no activity"). */
  SCHEDULED,
  /**
   * A webhook event that changed the contact's own fields ({@code ContactUpdate}, {@code
   * ContactTagUpdate}, {@code ContactDndUpdate}): only the contact is re-read.
   */
  CONTACT_EVENT,
  /**
   * A webhook event about a task ({@code TaskCreate}, {@code TaskComplete}, {@code TaskDelete}):
   * only the contact's tasks are re-read.
   */
  TASK_EVENT,
  /**
   * A webhook event about a note ({@code NoteCreate}, {@code NoteUpdate}, {@code NoteDelete}): only
   * the contact's notes are re-read.
   */
  NOTE_EVENT,
  /**
   * The reconciliation sweep of tasks and notes (changes to them do not move the contact's {@code
   * dateUpdated}, so a poll does not see them): the contact's tasks and notes are re-read.
   */
  SWEEP
}
