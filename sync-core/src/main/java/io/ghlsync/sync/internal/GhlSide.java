package io.ghlsync.sync.internal;

import io.ghlsync.core.NotFoundException;
import io.ghlsync.ghl.GhlClient;
import io.ghlsync.ghl.model.Appointment;
import io.ghlsync.ghl.model.Contact;
import io.ghlsync.ghl.model.CustomFieldInput;
import io.ghlsync.ghl.model.CustomFieldValue;
import io.ghlsync.ghl.model.Note;
import io.ghlsync.ghl.model.Task;
import io.ghlsync.ghl.model.UpdateContactRequest;
import io.ghlsync.sync.mapping.MappedRecord;
import io.ghlsync.sync.mapping.Mapping;
import io.ghlsync.sync.mapping.NotesSummary;
import io.ghlsync.sync.mapping.NotesSummaryRule;
import io.ghlsync.sync.mapping.SourceRecord;
import io.ghlsync.sync.model.EntityKind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything the engine asks of GHL: the latest contact with its tasks and notes (fetched fresh for
 * every attempt, so events are only hints), the contact's mapped record including the notes
 * summary, and the optional write-back of the target id to a GHL custom field.
 */
final class GhlSide {
  private final EngineConfig config;
  private final Mapping mapping;

  GhlSide(EngineConfig config) {
    this.config = config;
    this.mapping = config.mapping();
  }

  /** Fetches the latest state; a contact GHL no longer has comes back as gone. */
  GhlContactState fetch(String locationId, String contactId) {
    GhlClient client = config.ghl().apply(locationId);
    try {
      Contact contact = client.contacts().get(contactId);
      if (contact.deleted().orElse(false)) {
        return GhlContactState.gone(locationId, contactId);
      }
      List<Task> tasks =
          config.ghlChildren().contains(EntityKind.TASK)
              ? client.tasks().list(contactId)
              : List.of();
      boolean needNotes = config.ghlChildren().contains(EntityKind.NOTE);
      List<Note> notes = needNotes ? client.notes().list(contactId) : List.of();
      // Appointments are read for every target when any target's rules need them.
      List<Appointment> appointments =
          config.insights().fetchAppointments() ? client.appointments().list(contactId) : List.of();
      return new GhlContactState(
          locationId, contactId, Optional.of(contact), tasks, notes, appointments);
    } catch (NotFoundException e) {
      return GhlContactState.gone(locationId, contactId);
    }
  }

  /**
   * The contact as mappings and rules read it: with {@code $enriched} and {@code $score} fields
   * when enrichment or scoring is configured.
   */
  SourceRecord prepare(GhlContactState state, Instant now) {
    Insights insights = config.insights();
    if (insights.enrichment().isEmpty() && insights.scorer().isEmpty()) {
      return GhlContactState.source(state.contact().orElseThrow());
    }
    return insights.prepare(Insights.activity(state, now));
  }

  /** Maps the contact and adds the notes summary (cleared when there are no notes). */
  MappedRecord mapContact(GhlContactState state, Instant now) {
    MappedRecord mapped = mapping.contact().apply(prepare(state, now));
    Optional<NotesSummaryRule> rule = mapping.notesSummary();
    if (rule.isEmpty()) {
      return mapped;
    }
    String summary = NotesSummary.summarize(state.noteTexts(), rule.get());
    return summary.isEmpty()
        ? mapped.withCleared(rule.get().target())
        : mapped.with(rule.get().target(), summary);
  }

  /** Writes the target id to the configured GHL custom field unless it already holds it. */
  void writeBackId(GhlContactState state, String targetId) {
    Optional<String> field = config.idField();
    Optional<Contact> contact = state.contact();
    if (field.isEmpty() || contact.isEmpty()) {
      return;
    }
    Optional<String> current =
        contact.get().customField(field.get()).flatMap(CustomFieldValue::asString);
    if (current.filter(targetId::equals).isPresent()) {
      return;
    }
    config
        .ghl()
        .apply(state.locationId())
        .contacts()
        .update(
            state.contactId(),
            UpdateContactRequest.builder()
                .customFields(CustomFieldInput.byId(field.get(), targetId))
                .build());
  }
}
