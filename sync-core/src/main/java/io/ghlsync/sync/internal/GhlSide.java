package io.ghlsync.sync.internal;

import io.ghlsync.ghl.model.Contact;
import io.ghlsync.ghl.model.CustomFieldInput;
import io.ghlsync.ghl.model.CustomFieldValue;
import io.ghlsync.ghl.model.UpdateContactRequest;
import io.ghlsync.sync.mapping.MappedRecord;
import io.ghlsync.sync.mapping.Mapping;
import io.ghlsync.sync.mapping.NotesSummary;
import io.ghlsync.sync.mapping.NotesSummaryRule;
import io.ghlsync.sync.mapping.SourceRecord;
import io.ghlsync.sync.model.Trigger;
import java.time.Instant;
import java.util.Optional;

/**
 * One target's view of the GHL side: the contact's mapped record including the notes summary, and
 * the optional write-back of the target id to a GHL custom field (reads are {@link GhlReader}'s).
 */
final class GhlSide {
  private final EngineConfig config;
  private final Mapping mapping;
  private final GhlCalls calls;

  GhlSide(EngineConfig config, GhlCalls calls) {
    this.config = config;
    this.mapping = config.mapping();
    this.calls = calls;
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
  void writeBackId(GhlContactState state, String targetId, Trigger kind) {
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
    UpdateContactRequest request =
        UpdateContactRequest.builder()
            .customFields(CustomFieldInput.byId(field.get(), targetId))
            .build();
    calls.call(state.locationId(), kind, c -> c.contacts().update(state.contactId(), request));
  }
}
