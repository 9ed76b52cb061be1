package io.ghlsync.ghl.webhook;

import java.util.Objects;

/**
 * A verified GHL webhook event: one record per documented {@code type}, grouped by resource ({@link
 * ContactEvent}, {@link TaskEvent}, {@link NoteEvent}, {@link AppointmentEvent}, {@link AppEvent}),
 * plus {@link UnknownEvent} for types this SDK does not know yet.
 *
 * <p>Dispatch is on the {@code type} field only. Events are hints, not data: fetch the latest
 * record before acting on it.
 */
public sealed interface WebhookEvent {

  /**
   * The fields shared by every event.
   *
   * @return the envelope
   */
  EventEnvelope envelope();

  /**
   * The {@code type} field as sent.
   *
   * @return e.g. {@code ContactUpdate}
   */
  default String type() {
    return envelope().type();
  }

  /**
   * The delivery id used for duplicate detection.
   *
   * @return the webhook id; empty when the payload has none
   */
  default String webhookId() {
    return envelope().webhookId();
  }

  /**
   * The sub-account the event belongs to.
   *
   * @return the location id; empty when the payload has none
   */
  default String locationId() {
    return envelope().locationId();
  }

  /** A contact event; {@link #contact()} is the contact as sent. */
  sealed interface ContactEvent extends WebhookEvent
      permits ContactCreate, ContactUpdate, ContactDelete, ContactTagUpdate, ContactDndUpdate {
    /**
     * The payload.
     *
     * @return the contact as sent
     */
    ContactSnapshot contact();
  }

  /**
   * A contact was created.
   *
   * @param envelope the shared fields
   * @param contact the contact as sent
   */
  record ContactCreate(EventEnvelope envelope, ContactSnapshot contact) implements ContactEvent {}

  /**
   * Fields of a contact changed.
   *
   * @param envelope the shared fields
   * @param contact the contact as sent
   */
  record ContactUpdate(EventEnvelope envelope, ContactSnapshot contact) implements ContactEvent {}

  /**
   * A contact was deleted.
   *
   * @param envelope the shared fields
   * @param contact the contact as sent
   */
  record ContactDelete(EventEnvelope envelope, ContactSnapshot contact) implements ContactEvent {}

  /**
   * The tags of a contact changed.
   *
   * @param envelope the shared fields
   * @param contact the contact as sent
   */
  record ContactTagUpdate(EventEnvelope envelope, ContactSnapshot contact)
      implements ContactEvent {}

  /**
   * The do-not-disturb settings of a contact changed; see {@link ContactSnapshot#dndSettings()}.
   *
   * @param envelope the shared fields
   * @param contact the contact as sent
   */
  record ContactDndUpdate(EventEnvelope envelope, ContactSnapshot contact)
      implements ContactEvent {}

  /** A task event; {@link #task()} is the task as sent. */
  sealed interface TaskEvent extends WebhookEvent permits TaskCreate, TaskComplete, TaskDelete {
    /**
     * The payload.
     *
     * @return the task as sent
     */
    TaskSnapshot task();
  }

  /**
   * A task was created.
   *
   * @param envelope the shared fields
   * @param task the task as sent
   */
  record TaskCreate(EventEnvelope envelope, TaskSnapshot task) implements TaskEvent {}

  /**
   * A task was completed.
   *
   * @param envelope the shared fields
   * @param task the task as sent
   */
  record TaskComplete(EventEnvelope envelope, TaskSnapshot task) implements TaskEvent {}

  /**
   * A task was deleted.
   *
   * @param envelope the shared fields
   * @param task the task as sent
   */
  record TaskDelete(EventEnvelope envelope, TaskSnapshot task) implements TaskEvent {}

  /** A note event; {@link #note()} is the note as sent. */
  sealed interface NoteEvent extends WebhookEvent permits NoteCreate, NoteUpdate, NoteDelete {
    /**
     * The payload.
     *
     * @return the note as sent
     */
    NoteSnapshot note();
  }

  /**
   * A note was created.
   *
   * @param envelope the shared fields
   * @param note the note as sent
   */
  record NoteCreate(EventEnvelope envelope, NoteSnapshot note) implements NoteEvent {}

  /**
   * A note was changed.
   *
   * @param envelope the shared fields
   * @param note the note as sent
   */
  record NoteUpdate(EventEnvelope envelope, NoteSnapshot note) implements NoteEvent {}

  /**
   * A note was deleted.
   *
   * @param envelope the shared fields
   * @param note the note as sent
   */
  record NoteDelete(EventEnvelope envelope, NoteSnapshot note) implements NoteEvent {}

  /** An appointment event; {@link #appointment()} is the {@code appointment} object as sent. */
  sealed interface AppointmentEvent extends WebhookEvent
      permits AppointmentCreate, AppointmentUpdate, AppointmentDelete {
    /**
     * The payload.
     *
     * @return the appointment as sent
     */
    AppointmentSnapshot appointment();
  }

  /**
   * An appointment was created.
   *
   * @param envelope the shared fields
   * @param appointment the appointment as sent
   */
  record AppointmentCreate(EventEnvelope envelope, AppointmentSnapshot appointment)
      implements AppointmentEvent {}

  /**
   * An appointment was changed.
   *
   * @param envelope the shared fields
   * @param appointment the appointment as sent
   */
  record AppointmentUpdate(EventEnvelope envelope, AppointmentSnapshot appointment)
      implements AppointmentEvent {}

  /**
   * An appointment was deleted.
   *
   * @param envelope the shared fields
   * @param appointment the appointment as sent
   */
  record AppointmentDelete(EventEnvelope envelope, AppointmentSnapshot appointment)
      implements AppointmentEvent {}

  /** The app was installed or uninstalled ({@code type} {@code INSTALL}/{@code UNINSTALL}). */
  sealed interface AppEvent extends WebhookEvent permits AppInstall, AppUninstall {
    /**
     * The payload.
     *
     * @return the installation details as sent
     */
    AppInstallation installation();
  }

  /**
   * The app was installed ({@code type: INSTALL}).
   *
   * @param envelope the shared fields
   * @param installation the installation details as sent
   */
  record AppInstall(EventEnvelope envelope, AppInstallation installation) implements AppEvent {}

  /**
   * The app was uninstalled ({@code type: UNINSTALL}).
   *
   * @param envelope the shared fields
   * @param installation the installation details as sent
   */
  record AppUninstall(EventEnvelope envelope, AppInstallation installation) implements AppEvent {}

  /**
   * An event whose {@code type} this SDK does not know. Keeps the body so nothing is lost.
   *
   * @param envelope the shared fields
   * @param rawJson the body exactly as received
   * @param json the parsed body
   */
  record UnknownEvent(EventEnvelope envelope, String rawJson, JsonValue.JsonObject json)
      implements WebhookEvent {
    /**
     * Validates the components.
     *
     * @param envelope the shared fields
     * @param rawJson the body exactly as received
     * @param json the parsed body
     */
    public UnknownEvent {
      Objects.requireNonNull(envelope, "envelope");
      Objects.requireNonNull(rawJson, "rawJson");
      Objects.requireNonNull(json, "json");
    }

    /** Shows the type and size only: the body may hold personal data. */
    @Override
    public String toString() {
      return "UnknownEvent[type=" + envelope.type() + ", bytes=" + rawJson.length() + "]";
    }
  }
}
