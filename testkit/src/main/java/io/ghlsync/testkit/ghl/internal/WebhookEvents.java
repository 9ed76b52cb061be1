package io.ghlsync.testkit.ghl.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the documented webhook payloads ({@code ghl-webhooks/*.md}) from stored records and hands
 * them to the outbox. Does nothing when no one could receive them.
 */
public final class WebhookEvents {
  private static final List<String> NOTE_FIELDS = List.of("id", "body", "contactId", "dateAdded");
  private static final List<String> TASK_FIELDS =
      List.of("id", "assignedTo", "body", "contactId", "title", "dateAdded", "dueDate");
  private static final List<String> APPOINTMENT_FIELDS =
      List.of(
          "id",
          "address",
          "title",
          "calendarId",
          "contactId",
          "groupId",
          "appointmentStatus",
          "assignedUserId",
          "users",
          "notes",
          "source",
          "startTime",
          "endTime",
          "dateAdded",
          "dateUpdated");

  private final WebhookOutbox outbox;

  /**
   * Creates the builder.
   *
   * @param outbox where events go
   */
  public WebhookEvents(WebhookOutbox outbox) {
    this.outbox = outbox;
  }

  /**
   * Publishes a contact event ({@code ContactCreate}, {@code ContactUpdate}, {@code ContactDelete},
   * {@code ContactTagUpdate} or {@code ContactDndUpdate}, which adds {@code dndSettings}).
   *
   * @param type the event type
   * @param locationId the location
   * @param contact the stored contact
   */
  public void contact(String type, String locationId, Map<String, Object> contact) {
    if (!outbox.active()) {
      return;
    }
    Map<String, Object> data = head(type, locationId);
    data.putAll(ContactView.webhook(contact));
    if (type.equals("ContactDndUpdate") && contact.get("dndSettings") != null) {
      data.put("dndSettings", contact.get("dndSettings"));
    }
    outbox.publish(data);
  }

  /**
   * Publishes a note event ({@code NoteCreate}, {@code NoteUpdate}, {@code NoteDelete}).
   *
   * @param type the event type
   * @param locationId the location
   * @param note the stored note
   */
  public void note(String type, String locationId, Map<String, Object> note) {
    if (outbox.active()) {
      outbox.publish(copy(head(type, locationId), note, NOTE_FIELDS));
    }
  }

  /**
   * Publishes a task event ({@code TaskCreate}, {@code TaskComplete}, {@code TaskDelete}); the
   * payload has no {@code completed} field, as documented.
   *
   * @param type the event type
   * @param locationId the location
   * @param task the stored task
   */
  public void task(String type, String locationId, Map<String, Object> task) {
    if (outbox.active()) {
      outbox.publish(copy(head(type, locationId), task, TASK_FIELDS));
    }
  }

  /**
   * Publishes an appointment event ({@code AppointmentCreate}, ...).
   *
   * @param type the event type
   * @param locationId the location
   * @param appointment the stored appointment
   */
  public void appointment(String type, String locationId, Map<String, Object> appointment) {
    if (outbox.active()) {
      Map<String, Object> data = head(type, locationId);
      data.put("appointment", copy(new LinkedHashMap<>(), appointment, APPOINTMENT_FIELDS));
      outbox.publish(data);
    }
  }

  private static Map<String, Object> head(String type, String locationId) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("type", type);
    data.put("locationId", locationId);
    return data;
  }

  private static Map<String, Object> copy(
      Map<String, Object> into, Map<String, Object> from, List<String> fields) {
    for (String field : fields) {
      Object value = from.get(field);
      if (value != null) {
        into.put(field, value);
      }
    }
    return into;
  }
}
