package io.ghlsync.sync.enrich;

import io.ghlsync.sync.mapping.SourceRecord;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What enrichers read: one GHL contact as a source record, its tasks, notes and appointments (each
 * as a source record; empty when they were not fetched) and the time of the sync.
 *
 * @param contact the contact
 * @param tasks its tasks ({@code id}, {@code dueDate}, {@code completed}, ...)
 * @param notes its notes ({@code id}, {@code body}, {@code dateAdded}, ...)
 * @param appointments its appointments ({@code id}, {@code appointmentStatus}, {@code startTime},
 *     ...)
 * @param now the time of the sync, which "days since" and "overdue" are measured against
 */
public record ContactActivity(
    SourceRecord contact,
    List<SourceRecord> tasks,
    List<SourceRecord> notes,
    List<SourceRecord> appointments,
    Instant now) {

  /**
   * Validates and copies the components.
   *
   * @param contact the contact
   * @param tasks its tasks
   * @param notes its notes
   * @param appointments its appointments
   * @param now the time of the sync
   */
  public ContactActivity {
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(now, "now");
    tasks = List.copyOf(tasks);
    notes = List.copyOf(notes);
    appointments = List.copyOf(appointments);
  }

  /** The parts of a contact's activity that the engine fetches only when something reads them. */
  public enum Part {
    /** The contact's tasks. */
    TASKS,
    /** The contact's notes. */
    NOTES,
    /** The contact's appointments. */
    APPOINTMENTS
  }

  /**
   * A contact without tasks, notes or appointments.
   *
   * @param contact the contact
   * @param now the time of the sync
   * @return the activity
   */
  public static ContactActivity of(SourceRecord contact, Instant now) {
    return new ContactActivity(contact, List.of(), List.of(), List.of(), now);
  }
}
