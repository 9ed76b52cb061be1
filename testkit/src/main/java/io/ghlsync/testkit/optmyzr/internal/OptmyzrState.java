package io.ghlsync.testkit.optmyzr.internal;

import java.time.Clock;

/**
 * The fake's state: the contacts, tasks and notes tables of the contract with their routes, and the
 * User Data API's sample data.
 */
public final class OptmyzrState {
  private final Table contacts = new Table("ct_");
  private final Table tasks = new Table("tk_");
  private final Table notes = new Table("nt_");
  private final ContactRoutes contactRoutes;
  private final TaskRoutes taskRoutes;
  private final NoteRoutes noteRoutes;
  private final UserDataRoutes userData = new UserDataRoutes();

  /**
   * Creates empty tables.
   *
   * @param clock stamps created_at, updated_at and completed_at
   */
  public OptmyzrState(Clock clock) {
    this.contactRoutes = new ContactRoutes(contacts, clock);
    this.taskRoutes = new TaskRoutes(tasks, contacts, clock);
    this.noteRoutes = new NoteRoutes(notes, contacts, clock);
  }

  /** The contacts table. */
  public Table contacts() {
    return contacts;
  }

  /** The tasks table. */
  public Table tasks() {
    return tasks;
  }

  /** The notes table. */
  public Table notes() {
    return notes;
  }

  /** The contact routes. */
  public ContactRoutes contactRoutes() {
    return contactRoutes;
  }

  /** The task routes. */
  public TaskRoutes taskRoutes() {
    return taskRoutes;
  }

  /** The note routes. */
  public NoteRoutes noteRoutes() {
    return noteRoutes;
  }

  /** The User Data API routes and sample data. */
  public UserDataRoutes userData() {
    return userData;
  }
}
