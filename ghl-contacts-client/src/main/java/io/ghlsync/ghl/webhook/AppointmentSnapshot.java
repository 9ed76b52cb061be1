package io.ghlsync.ghl.webhook;

import java.util.List;
import java.util.Objects;

/**
 * The {@code appointment} object of an appointment webhook event. Text fields the payload omits are
 * empty strings. Times keep the offset GHL sent, e.g. {@code 2023-09-25T16:00:00+05:30}.
 *
 * @param id the appointment id
 * @param address the location or meeting URL
 * @param title the title
 * @param calendarId the calendar id
 * @param contactId the contact id
 * @param groupId the calendar group id
 * @param appointmentStatus e.g. {@code confirmed}
 * @param assignedUserId the id of the assigned user
 * @param users ids of the users taking part
 * @param notes notes
 * @param source e.g. {@code booking_widget}
 * @param startTime start
 * @param endTime end
 * @param dateAdded when the appointment was created
 * @param dateUpdated when the appointment was last changed
 */
public record AppointmentSnapshot(
    String id,
    String address,
    String title,
    String calendarId,
    String contactId,
    String groupId,
    String appointmentStatus,
    String assignedUserId,
    List<String> users,
    String notes,
    String source,
    EventTime startTime,
    EventTime endTime,
    EventTime dateAdded,
    EventTime dateUpdated) {

  /**
   * Validates the components and copies the user list.
   *
   * @param id the appointment id
   * @param address the location or meeting URL
   * @param title the title
   * @param calendarId the calendar id
   * @param contactId the contact id
   * @param groupId the calendar group id
   * @param appointmentStatus e.g. {@code confirmed}
   * @param assignedUserId the id of the assigned user
   * @param users ids of the users taking part
   * @param notes notes
   * @param source e.g. {@code booking_widget}
   * @param startTime start
   * @param endTime end
   * @param dateAdded when the appointment was created
   * @param dateUpdated when the appointment was last changed
   */
  public AppointmentSnapshot {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(startTime, "startTime");
    Objects.requireNonNull(endTime, "endTime");
    Objects.requireNonNull(dateAdded, "dateAdded");
    Objects.requireNonNull(dateUpdated, "dateUpdated");
    users = List.copyOf(users);
  }

  /** Leaves out title, address and notes, which may hold personal data. */
  @Override
  public String toString() {
    return "AppointmentSnapshot[id="
        + id
        + ", calendarId="
        + calendarId
        + ", contactId="
        + contactId
        + ", status="
        + appointmentStatus
        + ", startTime="
        + startTime.raw()
        + "]";
  }
}
