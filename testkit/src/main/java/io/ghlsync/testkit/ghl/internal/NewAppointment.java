package io.ghlsync.testkit.ghl.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/** Books a seeded appointment in the {@code GetEventSchema} shape. */
public final class NewAppointment {
  private NewAppointment() {}

  /**
   * Stores an appointment. The fake sets its id, location, contact and both dates, and defaults the
   * calendar and the status.
   *
   * @param location the location, locked by the caller
   * @param contactId an existing contact
   * @param fields the test's fields
   * @param now the booking time
   * @return the stored appointment
   */
  public static Map<String, Object> create(
      LocationState location, String contactId, Map<String, ?> fields, Instant now) {
    Map<String, Object> appointment = new LinkedHashMap<>();
    String id = location.newId();
    appointment.put("id", id);
    appointment.put("calendarId", "calendar-1");
    appointment.put("status", "booked");
    appointment.put("appointmentStatus", "confirmed");
    appointment.putAll(fields);
    appointment.put("id", id);
    appointment.put("locationId", location.id());
    appointment.put("contactId", contactId);
    appointment.putIfAbsent("users", new ArrayList<>());
    appointment.putIfAbsent("assignedResources", new ArrayList<>());
    appointment.put("dateAdded", Dates.format(now));
    appointment.put("dateUpdated", Dates.format(now));
    location.appointments().put(id, appointment);
    return appointment;
  }
}
