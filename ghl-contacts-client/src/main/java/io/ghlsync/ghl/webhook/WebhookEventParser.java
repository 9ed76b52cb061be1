package io.ghlsync.ghl.webhook;

import io.ghlsync.ghl.webhook.WebhookEvent.AppInstall;
import io.ghlsync.ghl.webhook.WebhookEvent.AppUninstall;
import io.ghlsync.ghl.webhook.WebhookEvent.AppointmentCreate;
import io.ghlsync.ghl.webhook.WebhookEvent.AppointmentDelete;
import io.ghlsync.ghl.webhook.WebhookEvent.AppointmentUpdate;
import io.ghlsync.ghl.webhook.WebhookEvent.ContactCreate;
import io.ghlsync.ghl.webhook.WebhookEvent.ContactDelete;
import io.ghlsync.ghl.webhook.WebhookEvent.ContactDndUpdate;
import io.ghlsync.ghl.webhook.WebhookEvent.ContactTagUpdate;
import io.ghlsync.ghl.webhook.WebhookEvent.ContactUpdate;
import io.ghlsync.ghl.webhook.WebhookEvent.NoteCreate;
import io.ghlsync.ghl.webhook.WebhookEvent.NoteDelete;
import io.ghlsync.ghl.webhook.WebhookEvent.NoteUpdate;
import io.ghlsync.ghl.webhook.WebhookEvent.TaskComplete;
import io.ghlsync.ghl.webhook.WebhookEvent.TaskCreate;
import io.ghlsync.ghl.webhook.WebhookEvent.TaskDelete;
import io.ghlsync.ghl.webhook.WebhookEvent.UnknownEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Turns a parsed webhook body into its {@link WebhookEvent} record, dispatching on {@code type}.
 */
final class WebhookEventParser {
  private static final Map<String, BiFunction<EventEnvelope, PayloadFields, WebhookEvent>> TYPES =
      Map.ofEntries(
          Map.entry("ContactCreate", (e, f) -> new ContactCreate(e, contact(f))),
          Map.entry("ContactUpdate", (e, f) -> new ContactUpdate(e, contact(f))),
          Map.entry("ContactDelete", (e, f) -> new ContactDelete(e, contact(f))),
          Map.entry("ContactTagUpdate", (e, f) -> new ContactTagUpdate(e, contact(f))),
          Map.entry("ContactDndUpdate", (e, f) -> new ContactDndUpdate(e, contact(f))),
          Map.entry("TaskCreate", (e, f) -> new TaskCreate(e, task(f))),
          Map.entry("TaskComplete", (e, f) -> new TaskComplete(e, task(f))),
          Map.entry("TaskDelete", (e, f) -> new TaskDelete(e, task(f))),
          Map.entry("NoteCreate", (e, f) -> new NoteCreate(e, note(f))),
          Map.entry("NoteUpdate", (e, f) -> new NoteUpdate(e, note(f))),
          Map.entry("NoteDelete", (e, f) -> new NoteDelete(e, note(f))),
          Map.entry("AppointmentCreate", (e, f) -> new AppointmentCreate(e, appointment(f))),
          Map.entry("AppointmentUpdate", (e, f) -> new AppointmentUpdate(e, appointment(f))),
          Map.entry("AppointmentDelete", (e, f) -> new AppointmentDelete(e, appointment(f))),
          Map.entry("INSTALL", (e, f) -> new AppInstall(e, installation(f))),
          Map.entry("UNINSTALL", (e, f) -> new AppUninstall(e, installation(f))));

  private WebhookEventParser() {}

  /**
   * The envelope of a body: {@code type}, {@code locationId}, {@code webhookId}, {@code timestamp},
   * each empty when absent.
   */
  static EventEnvelope envelope(JsonValue.JsonObject json) {
    PayloadFields f = new PayloadFields(json);
    return new EventEnvelope(
        f.text("type"), f.text("locationId"), f.text("webhookId"), f.time("timestamp"));
  }

  /**
   * The event for a body whose envelope was already read.
   *
   * @param envelope the envelope (its type decides the record)
   * @param rawJson the body as received, kept by {@link UnknownEvent}
   * @param json the parsed body
   */
  static WebhookEvent event(EventEnvelope envelope, String rawJson, JsonValue.JsonObject json) {
    BiFunction<EventEnvelope, PayloadFields, WebhookEvent> factory = TYPES.get(envelope.type());
    return factory == null
        ? new UnknownEvent(envelope, rawJson, json)
        : factory.apply(envelope, new PayloadFields(json));
  }

  private static ContactSnapshot contact(PayloadFields f) {
    Map<String, DndChannelStatus> dnd = new LinkedHashMap<>();
    f.objects("dndSettings")
        .forEach(
            (channel, s) ->
                dnd.put(
                    channel,
                    new DndChannelStatus(s.text("status"), s.text("message"), s.text("code"))));
    List<CustomFieldValue> customFields =
        f.objectList("customFields").stream()
            .filter(c -> !c.text("id").isEmpty())
            .map(c -> new CustomFieldValue(c.text("id"), c.value("value")))
            .toList();
    return new ContactSnapshot(
        f.text("id"),
        f.text("address1"),
        f.text("city"),
        f.text("state"),
        f.text("companyName"),
        f.text("country"),
        f.text("source"),
        f.time("dateAdded"),
        f.time("dateOfBirth"),
        f.bool("dnd"),
        dnd,
        f.text("email"),
        f.text("name"),
        f.text("firstName"),
        f.text("lastName"),
        f.text("phone"),
        f.text("postalCode"),
        f.texts("tags"),
        f.text("website"),
        f.values("attachments"),
        f.text("assignedTo"),
        customFields);
  }

  private static TaskSnapshot task(PayloadFields f) {
    return new TaskSnapshot(
        f.text("id"),
        f.text("title"),
        f.text("body"),
        f.text("contactId"),
        f.text("assignedTo"),
        f.time("dateAdded"),
        f.time("dueDate"));
  }

  private static NoteSnapshot note(PayloadFields f) {
    return new NoteSnapshot(f.text("id"), f.text("body"), f.text("contactId"), f.time("dateAdded"));
  }

  private static AppointmentSnapshot appointment(PayloadFields body) {
    PayloadFields f = body.object("appointment");
    return new AppointmentSnapshot(
        f.text("id"),
        f.text("address"),
        f.text("title"),
        f.text("calendarId"),
        f.text("contactId"),
        f.text("groupId"),
        f.text("appointmentStatus"),
        f.text("assignedUserId"),
        f.texts("users"),
        f.text("notes"),
        f.text("source"),
        f.time("startTime"),
        f.time("endTime"),
        f.time("dateAdded"),
        f.time("dateUpdated"));
  }

  private static AppInstallation installation(PayloadFields f) {
    return new AppInstallation(
        f.text("appId"),
        f.text("versionId"),
        f.text("installType"),
        f.text("companyId"),
        f.text("userId"),
        f.text("companyName"),
        f.bool("isWhitelabelCompany"),
        f.value("whitelabelDetails"),
        f.text("planId"),
        f.value("trial"));
  }
}
