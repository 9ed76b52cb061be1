package io.ghlsync.sync.internal;

import io.ghlsync.sync.model.Trigger;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * The parts of a contact that one GHL read covers: each costs its own request (the contact, its
 * tasks, its notes), so a work item re-reads only the parts its triggers name.
 */
public enum GhlPart {
  /** The contact's own fields ({@code GET /contacts/{id}} or a search page). */
  CONTACT,
  /** The contact's tasks (a task list or a location task search). */
  TASKS,
  /** The contact's notes. */
  NOTES;

  /** Every part. */
  public static final Set<GhlPart> ALL = EnumSet.allOf(GhlPart.class);

  /**
   * What a work item with these triggers re-reads: an event names the part it changed, a poll finds
   * contacts whose own fields changed; every other reason (a create, an on-demand sync, a backfill,
   * a replay) reads everything.
   *
   * @param triggers the item's triggers
   * @return the parts, never empty
   */
  public static Set<GhlPart> named(Collection<Trigger> triggers) {
    Set<GhlPart> parts = EnumSet.noneOf(GhlPart.class);
    for (Trigger t : triggers) {
      switch (t) {
        // A poll finds contacts whose own fields changed (its search page holds them).
        case CONTACT_EVENT, POLL -> parts.add(CONTACT);
        case TASK_EVENT -> parts.add(TASKS);
        case NOTE_EVENT -> parts.add(NOTES);
        case SWEEP -> {
          parts.add(TASKS);
          parts.add(NOTES);
        }
        default -> parts.addAll(ALL);
      }
    }
    return parts.isEmpty() ? EnumSet.allOf(GhlPart.class) : parts;
  }
}
