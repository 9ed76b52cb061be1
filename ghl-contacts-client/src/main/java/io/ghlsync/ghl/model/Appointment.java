package io.ghlsync.ghl.model;

import io.ghlsync.core.RedactedString;
import io.ghlsync.ghl.internal.LenientDates;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * An appointment (calendar event) of a contact. GHL sends its times without a time zone (e.g.
 * {@code 2021-07-16 11:00:00}, in the location's zone), so they are kept as strings with local
 * date-time views.
 *
 * @param id event id
 * @param calendarId calendar id
 * @param status status, e.g. {@code booked}
 * @param title title
 * @param assignedUserId id of the assigned user
 * @param notes notes
 * @param startTime start as sent
 * @param endTime end as sent
 * @param address address or meeting location
 * @param locationId location id
 * @param contactId contact id
 * @param groupId calendar group id
 * @param appointmentStatus e.g. {@code booked}, {@code confirmed}, {@code cancelled}, {@code
 *     showed}, {@code noshow}
 * @param users ids of the users involved
 * @param dateAdded creation time as sent
 * @param dateUpdated last update time as sent
 * @param assignedResources ids of assigned resources
 */
public record Appointment(
    Optional<String> id,
    Optional<String> calendarId,
    Optional<String> status,
    Optional<String> title,
    Optional<String> assignedUserId,
    Optional<String> notes,
    Optional<String> startTime,
    Optional<String> endTime,
    Optional<String> address,
    Optional<String> locationId,
    Optional<String> contactId,
    Optional<String> groupId,
    Optional<String> appointmentStatus,
    List<String> users,
    Optional<String> dateAdded,
    Optional<String> dateUpdated,
    List<String> assignedResources) {

  /**
   * {@link #startTime()} as a local date-time, if it has that form.
   *
   * @return the start, empty if absent or not of that form
   */
  public Optional<LocalDateTime> startTimeLocal() {
    return startTime.flatMap(LenientDates::localDateTime);
  }

  /**
   * {@link #endTime()} as a local date-time, if it has that form.
   *
   * @return the end, empty if absent or not of that form
   */
  public Optional<LocalDateTime> endTimeLocal() {
    return endTime.flatMap(LenientDates::localDateTime);
  }

  /** Shows ids, dates and status only; personal data and free text are redacted. */
  @Override
  public String toString() {
    return RedactedString.of("Appointment")
        .with("id", id)
        .with("calendarId", calendarId)
        .with("status", status)
        .with("appointmentStatus", appointmentStatus)
        .with("locationId", locationId)
        .with("contactId", contactId)
        .with("groupId", groupId)
        .with("assignedUserId", assignedUserId)
        .with("startTime", startTime)
        .with("endTime", endTime)
        .with("dateAdded", dateAdded)
        .with("dateUpdated", dateUpdated)
        .hidden("title", "notes", "address", "users", "assignedResources")
        .toString();
  }
}
