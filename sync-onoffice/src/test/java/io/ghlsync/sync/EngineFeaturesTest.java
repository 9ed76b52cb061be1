package io.ghlsync.sync;

import static io.ghlsync.sync.Sandbox.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghlsync.core.RateLimitConfig;
import io.ghlsync.core.RetryConfig;
import io.ghlsync.ghl.GhlClient;
import io.ghlsync.ghl.model.UpdateContactRequest;
import io.ghlsync.sync.mapping.FieldRule;
import io.ghlsync.sync.mapping.Mapping;
import io.ghlsync.sync.model.Decision;
import io.ghlsync.sync.model.DeletePolicy;
import io.ghlsync.sync.model.EntityKind;
import io.ghlsync.sync.model.FieldChange;
import io.ghlsync.sync.onoffice.OnOfficeTarget;
import io.ghlsync.sync.store.LinkKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class EngineFeaturesTest {

  @Test
  void dryRunShowsCreatesUpdatesAndDuplicatesWithoutWritingAnything() {
    try (Sandbox s = new Sandbox(6);
        SyncEngine engine = s.onOfficeEngine().build()) {
      List<String> ids = s.contactIds(6);
      String existingEmail =
          String.valueOf(s.location.contact(ids.get(2)).orElseThrow().get("email"));
      s.onOffice.seedAddress(Map.of("Vorname", "Old", "email", existingEmail));

      SyncPlan plan = engine.plan(LOCATION, List.of(ids.get(4), ids.get(2)));

      assertThat(s.onOfficeWrites()).isZero();
      assertThat(s.store.forTarget(engine.targetName()).links().count()).isZero();
      assertThat(engine.audit(LOCATION, ids.get(4))).isEmpty();
      assertThat(plan.failures()).isEmpty();
      assertThat(plan.changes())
          .filteredOn(c -> c.contactId().equals(ids.get(4)))
          .extracting(PlannedChange::kind, PlannedChange::decision)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(EntityKind.CONTACT, Decision.CREATED),
              org.assertj.core.groups.Tuple.tuple(EntityKind.TASK, Decision.CREATED),
              org.assertj.core.groups.Tuple.tuple(EntityKind.NOTE, Decision.CREATED));
      PlannedChange duplicate =
          plan.changes().stream()
              .filter(c -> c.ghlId().equals(ids.get(2)))
              .findFirst()
              .orElseThrow();
      assertThat(duplicate.decision()).isEqualTo(Decision.LINKED_DUPLICATE);
      assertThat(duplicate.changes())
          .anySatisfy(
              c -> {
                assertThat(c.field()).isEqualTo("Vorname");
                assertThat(c.before()).isEqualTo("Old");
                assertThat(c.kind()).isEqualTo(FieldChange.Kind.CHANGED);
              });
      assertThat(plan.writes()).hasSize(plan.changes().size());
      assertThat(plan.count(Decision.CREATED)).isEqualTo(3 + s.location.tasks(ids.get(2)).size());

      engine.syncContact(LOCATION, ids.get(4));
      s.ghlClient
          .contacts()
          .update(ids.get(4), UpdateContactRequest.builder().city("Aachen").build());
      SyncPlan later = engine.plan(LOCATION, List.of(ids.get(4), "noSuchContact0000001"));

      assertThat(later.changes())
          .filteredOn(c -> c.kind() == EntityKind.CONTACT)
          .singleElement()
          .satisfies(
              c -> {
                assertThat(c.decision()).isEqualTo(Decision.UPDATED);
                assertThat(c.changes())
                    .extracting(FieldChange::field, FieldChange::after)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Ort", "Aachen"));
              });
      assertThat(later.count(Decision.SKIPPED_UNCHANGED)).isEqualTo(2);
    }
  }

  @Test
  void appliesDeletePoliciesOncePerDelete() {
    try (Sandbox s = new Sandbox(6);
        SyncEngine engine =
            s.onOfficeEngine()
                .onDelete(EntityKind.CONTACT, DeletePolicy.ARCHIVE)
                .onDelete(EntityKind.TASK, DeletePolicy.ARCHIVE)
                .build()) {
      List<String> ids = s.contactIds(6);
      String withTaskAndNote = ids.get(4);
      engine.syncContact(LOCATION, withTaskAndNote);
      engine.syncContact(LOCATION, ids.get(5));
      String taskId = String.valueOf(s.location.tasks(withTaskAndNote).get(0).get("id"));
      Object taskTitle = s.location.tasks(withTaskAndNote).get(0).get("title");
      String noteId = String.valueOf(s.location.notes(withTaskAndNote).get(0).get("id"));

      s.ghlClient.tasks().delete(withTaskAndNote, taskId);
      s.ghlClient.notes().delete(withTaskAndNote, noteId);
      ContactSyncResult childrenGone = engine.syncContact(LOCATION, withTaskAndNote);
      String goneEmail = String.valueOf(s.location.contact(ids.get(5)).orElseThrow().get("email"));
      s.ghlClient.contacts().delete(ids.get(5));
      ContactSyncResult contactGone = engine.syncContact(LOCATION, ids.get(5));
      long writes = s.onOfficeWrites();
      ContactSyncResult again = engine.syncContact(LOCATION, ids.get(5));
      engine.syncContact(LOCATION, withTaskAndNote);

      assertThat(childrenGone.changes())
          .extracting(PlannedChange::kind, PlannedChange::decision)
          .contains(
              org.assertj.core.groups.Tuple.tuple(EntityKind.TASK, Decision.ARCHIVED),
              org.assertj.core.groups.Tuple.tuple(EntityKind.NOTE, Decision.DELETE_IGNORED));
      assertThat(s.onOffice.tasks())
          .filteredOn(t -> number(t, "Status") == 5)
          .singleElement()
          .satisfies(t -> assertThat(t).containsEntry("Betreff", taskTitle));
      assertThat(contactGone.changes())
          .extracting(PlannedChange::decision)
          .containsExactly(Decision.ARCHIVED);
      assertThat(s.onOffice.addresses())
          .filteredOn(a -> number(a, "Status") == 0)
          .singleElement()
          .satisfies(a -> assertThat(OnOfficeEndToEndTest.emails(a)).containsExactly(goneEmail));
      assertThat(again.changes()).isEmpty();
      assertThat(s.onOfficeWrites()).isEqualTo(writes);
      assertThat(
              s.store
                  .forTarget("onoffice")
                  .links()
                  .get(new LinkKey("onoffice", LOCATION, EntityKind.CONTACT, ids.get(5))))
          .hasValueSatisfying(l -> assertThat(l.tombstone()).isTrue());
    }
  }

  @Test
  void refusesDeletePoliciesTheTargetCannotCarryOutAndIncompleteSetups() {
    try (Sandbox s = new Sandbox(1)) {
      assertThatThrownBy(
              () -> s.onOfficeEngine().onDelete(EntityKind.CONTACT, DeletePolicy.DELETE).build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("cannot DELETE CONTACT");
      assertThatThrownBy(() -> SyncEngine.builder().ghl(s.ghlClient).build())
          .hasMessageContaining("target(TargetConnector)");
      assertThatThrownBy(
              () ->
                  s.onOfficeEngine()
                      .leaseDuration(Duration.ofSeconds(1))
                      .retry(new RetryConfig(3, Duration.ofSeconds(1), Duration.ofSeconds(10), 0))
                      .build())
          .hasMessageContaining("leaseDuration");
      assertThatThrownBy(() -> s.onOfficeEngine().workers(0)).hasMessageContaining("workers");
      assertThatThrownBy(() -> s.onOfficeEngine().defaultCallingCode("+49"))
          .hasMessageContaining("defaultCallingCode");
    }
  }

  @Test
  void writesTheTargetIdBackToGhlOnce() {
    try (Sandbox s = new Sandbox(3);
        SyncEngine engine = s.onOfficeEngine().syncIdsBack("onofficeId").build()) {
      String id = s.contactIds(3).get(0);

      engine.syncContact(LOCATION, id);
      engine.syncContact(LOCATION, id);

      long addressId = number(s.onOffice.addresses().get(0), "id");
      assertThat(s.ghlClient.contacts().get(id).customField("onofficeId"))
          .hasValueSatisfying(f -> assertThat(f.asString()).contains(Long.toString(addressId)));
      assertThat(s.ghl.journal().count("update-contact")).isEqualTo(1);
    }
  }

  @Test
  void pollsByDateUpdatedFromAStoredCursor() {
    try (Sandbox s = new Sandbox(8);
        SyncEngine engine = s.onOfficeEngine().searchPageSize(3).build()) {
      ScanResult first = engine.poll(LOCATION);
      engine.runPending();
      String id = s.contactIds(8).get(6);
      s.ghlClient.contacts().update(id, UpdateContactRequest.builder().lastName("Polled").build());
      long writes = s.onOfficeWrites();

      ScanResult second = engine.poll(LOCATION);
      engine.runPending();

      assertThat(first.queued()).isEqualTo(8);
      assertThat(first.complete()).isTrue();
      assertThat(second.queued()).isBetween(1, 2);
      assertThat(second.cursor()).isGreaterThan(first.cursor());
      assertThat(s.onOfficeWrites()).isEqualTo(writes + 1);
    }
  }

  @Test
  void resumesAnInterruptedBackfill() {
    try (Sandbox s = new Sandbox(25);
        SyncEngine engine = s.onOfficeEngine().searchPageSize(10).build()) {
      ScanResult part = engine.backfill(LOCATION, 2);
      ScanResult rest = engine.backfill(LOCATION);

      assertThat(part.queued()).isEqualTo(20);
      assertThat(part.complete()).isFalse();
      assertThat(part.cursor()).startsWith("[");
      assertThat(rest).isEqualTo(new ScanResult(5, true, ""));
      assertThat(engine.queueStats().ready()).isEqualTo(25);
      assertThatThrownBy(() -> engine.backfill(LOCATION, 0)).hasMessageContaining("maxPages");
    }
  }

  @Test
  void postponesWorkWhenGhlRateLimitAsksForALongWait() {
    try (Sandbox s = new Sandbox(3, 2)) {
      GhlClient tight =
          GhlClient.builder()
              .baseUrl(s.ghl.baseUrl())
              .privateIntegrationToken(
                  s.location.privateToken("contacts.readonly", "contacts.write"))
              .locationId(LOCATION)
              .rateLimit(
                  new RateLimitConfig(2, Duration.ofSeconds(30), 0, Duration.ZERO, Duration.ZERO))
              .retry(new RetryConfig(1, Duration.ofMillis(1), Duration.ofMillis(2), 0))
              .build();
      SyncCounters counters = new SyncCounters();
      try (SyncEngine engine = s.onOfficeEngine().ghl(tight).listener(counters).build()) {
        ContactSyncResult result = engine.syncContact(LOCATION, s.contactIds(3).get(1));

        assertThat(result.status()).isEqualTo(ContactSyncResult.Status.QUEUED_FOR_RETRY);
        assertThat(counters.snapshot().rateLimitWaits()).isEqualTo(1);
        assertThat(engine.queueStats().delayed()).isEqualTo(1);
        assertThat(engine.deadLetters()).isEmpty();
      }
    }
  }

  @Test
  void deadLettersMappingErrorsAtOnceNamingTheRuleAndReplaysThem() {
    Mapping strict =
        Mapping.builder("strict", "2")
            .contact(FieldRule.to("Vorname").from("firstName").build())
            .contact(FieldRule.to("Zusatz1").from("companyName").required().build())
            .build();
    try (Sandbox s = new Sandbox(3);
        SyncEngine engine = s.onOfficeEngine().mapping(strict).build()) {
      String withoutCompany = s.contactIds(3).get(1);

      ContactSyncResult result = engine.syncContact(LOCATION, withoutCompany);

      assertThat(result.status()).isEqualTo(ContactSyncResult.Status.DEAD_LETTERED);
      assertThat(result.error()).contains("contact rule #2 'Zusatz1': required value is missing");
      assertThat(engine.deadLetters())
          .singleElement()
          .satisfies(d -> assertThat(d.item().attempts()).isZero());
      assertThat(engine.audit(LOCATION, withoutCompany))
          .extracting(e -> e.decision())
          .containsExactly(Decision.DEAD_LETTERED);
      s.ghlClient
          .contacts()
          .update(withoutCompany, UpdateContactRequest.builder().source("x").build());
      assertThat(engine.replay(engine.deadLetters().get(0).id())).isTrue();
      assertThat(engine.replay("unknown")).isFalse();
      assertThat(engine.runPending()).isEqualTo(1);
      assertThat(engine.deadLetters()).hasSize(1);
    }
  }

  @Test
  void theOnOfficeTargetTakesAName() {
    try (Sandbox s = new Sandbox(1)) {
      assertThat(OnOfficeTarget.builder(s.onOfficeClient).name("second").build().name())
          .isEqualTo("second");
    }
  }

  static long number(Map<String, Object> record, String field) {
    return ((Number) Objects.requireNonNull(record.get(field), field)).longValue();
  }
}
