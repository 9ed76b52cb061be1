package io.ghlsync.sync;

import static io.ghlsync.sync.testing.GhlSandbox.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.ghl.model.UpdateContactRequest;
import io.ghlsync.ghl.model.UpdateNoteRequest;
import io.ghlsync.ghl.webhook.WebhookEvent;
import io.ghlsync.ghl.webhook.WebhookHandler;
import io.ghlsync.ghl.webhook.WebhookResult;
import io.ghlsync.sync.mapping.FieldRule;
import io.ghlsync.sync.mapping.Mapping;
import io.ghlsync.sync.mapping.NullPolicy;
import io.ghlsync.sync.model.Decision;
import io.ghlsync.sync.model.DeletePolicy;
import io.ghlsync.sync.model.EntityKind;
import io.ghlsync.sync.model.Trigger;
import io.ghlsync.sync.store.AuditEntry;
import io.ghlsync.sync.target.TargetCapabilities;
import io.ghlsync.sync.target.TargetConnector;
import io.ghlsync.sync.target.TargetOperation;
import io.ghlsync.sync.target.TargetResult;
import io.ghlsync.sync.testing.ForwardingTarget;
import io.ghlsync.sync.testing.GhlSandbox;
import io.ghlsync.sync.testing.MapCrm;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PluggedInTargetTest {
  private static final Mapping MAPPING =
      Mapping.builder("ghl-to-mapcrm", "3")
          .contact(FieldRule.to("email").from("email").trim().lowerCase().build())
          .contact(FieldRule.to("name").concat(" ", "firstName", "lastName").build())
          .contact(FieldRule.to("company").from("companyName").nullPolicy(NullPolicy.CLEAR).build())
          .contact(FieldRule.to("kind").from("type").personal(false).build())
          .task(FieldRule.to("title").from("title").build())
          .note(FieldRule.to("text").from("body").build())
          .build();

  @Test
  void syncsIntoAnotherCrmWithDeletesAndNoteUpdatesAndRevealedAudit() {
    MapCrm crm = new MapCrm();
    try (GhlSandbox s = new GhlSandbox(6, 1_000_000);
        SyncEngine engine =
            s.engine()
                .target(crm)
                .mapping(MAPPING)
                .onDelete(EntityKind.CONTACT, DeletePolicy.DELETE)
                .onDelete(EntityKind.NOTE, DeletePolicy.DELETE)
                .revealPersonalDataInAudit(true)
                .build()) {
      String id = s.contactIds(6).get(4);
      engine.syncContact(LOCATION, id);
      String noteId = String.valueOf(s.location.notes(id).get(0).get("id"));

      s.ghlClient.notes().update(id, noteId, UpdateNoteRequest.builder().body("Edited.").build());
      s.ghlClient.contacts().update(id, UpdateContactRequest.builder().firstName("Ida").build());
      ContactSyncResult edited = engine.syncContact(LOCATION, id);

      assertThat(edited.changes())
          .extracting(PlannedChange::kind, PlannedChange::decision)
          .contains(
              org.assertj.core.groups.Tuple.tuple(EntityKind.CONTACT, Decision.UPDATED),
              org.assertj.core.groups.Tuple.tuple(EntityKind.NOTE, Decision.UPDATED));
      assertThat(crm.records(EntityKind.NOTE).values())
          .singleElement()
          .satisfies(n -> assertThat(n).containsEntry("text", "Edited."));
      AuditEntry update =
          engine.audit(LOCATION, id).stream()
              .filter(e -> e.kind() == EntityKind.CONTACT && e.decision() == Decision.UPDATED)
              .findFirst()
              .orElseThrow();
      assertThat(update.changes())
          .singleElement()
          .satisfies(c -> assertThat(c.after()).startsWith("Ida "));

      s.ghlClient.notes().delete(id, noteId);
      s.ghlClient.contacts().delete(id);
      engine.syncContact(LOCATION, id);
      ContactSyncResult gone = engine.syncContact(LOCATION, id);

      assertThat(crm.records(EntityKind.CONTACT)).isEmpty();
      assertThat(gone.changes()).isEmpty();
      assertThat(engine.audit(LOCATION, id))
          .extracting(AuditEntry::decision)
          .contains(Decision.DELETED);
    }
  }

  @Test
  void reportsATargetThatBreaksTheContractAsADeadLetter() {
    TargetConnector broken =
        new TargetConnector() {
          @Override
          public String name() {
            return "broken";
          }

          @Override
          public TargetCapabilities capabilities() {
            return new TargetCapabilities(Map.of(), java.util.Set.of(), false);
          }

          @Override
          public List<TargetResult> execute(List<TargetOperation> operations) {
            return List.of();
          }
        };
    try (GhlSandbox s = new GhlSandbox(2, 1_000_000);
        SyncEngine engine = s.engine().target(broken).mapping(MAPPING).build()) {
      ContactSyncResult result = engine.syncContact(LOCATION, s.contactIds(2).get(1));

      assertThat(result.status()).isEqualTo(ContactSyncResult.Status.DEAD_LETTERED);
      assertThat(result.error()).contains("must return one result per operation");
      assertThat(broken.changeFeed()).isEmpty();
    }
  }

  @Test
  void ignoresEventsThatAreNotAboutContactsAndListenersThatThrow() {
    MapCrm crm = new MapCrm();
    try (GhlSandbox s = new GhlSandbox(2, 1_000_000);
        SyncEngine engine =
            s.engine()
                .target(crm)
                .mapping(MAPPING)
                .listener(
                    new SyncListener() {
                      @Override
                      public void onQueued(io.ghlsync.sync.store.WorkItem item) {
                        throw new IllegalStateException("listener bug");
                      }
                    })
                .build()) {
      WebhookHandler handler =
          WebhookHandler.builder().allowUnsignedEvents(true).requireTimestamp(false).build();
      String appointment =
          "{\"type\":\"AppointmentCreate\",\"locationId\":\""
              + LOCATION
              + "\",\"webhookId\":\"w1\","
              + "\"appointment\":{\"id\":\"a1\",\"contactId\":\"c1\"}}";
      String noteWithoutContact =
          "{\"type\":\"NoteCreate\",\"locationId\":\""
              + LOCATION
              + "\",\"webhookId\":\"w2\","
              + "\"id\":\"n1\",\"body\":\"x\",\"contactId\":\"\"}";

      SubmitResult ignored = engine.submit(event(handler, appointment));
      SubmitResult noContact = engine.submit(event(handler, noteWithoutContact));
      engine.enqueue(LOCATION, s.contactIds(2).get(0), Trigger.ON_DEMAND);

      assertThat(ignored.status()).isEqualTo(SubmitResult.Status.IGNORED);
      assertThat(ignored.detail()).contains("AppointmentCreate");
      assertThat(noContact.status()).isEqualTo(SubmitResult.Status.IGNORED);
      assertThat(engine.runPending()).isEqualTo(1);
      assertThat(crm.records(EntityKind.CONTACT)).hasSize(1);
    }
  }

  @Test
  void aConnectorThatThrowsAnErrorDeadLettersItsItemAndTheWorkersGoOn() throws Exception {
    MapCrm crm = new MapCrm();
    try (GhlSandbox s = new GhlSandbox(3, 1_000_000)) {
      String poisoned = s.contactIds(3).get(1);
      TargetConnector buggy =
          new ForwardingTarget(crm) {
            @Override
            public List<TargetResult> execute(List<TargetOperation> operations) {
              boolean hit =
                  operations.stream()
                      .anyMatch(
                          op ->
                              op instanceof TargetOperation.FindContact f
                                  && f.query().ghlId().equals(poisoned));
              if (hit) {
                throw new AssertionError("connector bug");
              }
              return crm.execute(operations);
            }
          };
      try (SyncEngine engine =
          s.engine().target(buggy).mapping(MAPPING).workers(1).batchSize(1).build()) {
        engine.start();
        engine.enqueue(LOCATION, poisoned, Trigger.ON_DEMAND);
        assertThat(engine.awaitIdle(java.time.Duration.ofSeconds(20))).isTrue();
        engine.enqueue(LOCATION, s.contactIds(3).get(0), Trigger.ON_DEMAND);
        engine.enqueue(LOCATION, s.contactIds(3).get(2), Trigger.ON_DEMAND);
        assertThat(engine.awaitIdle(java.time.Duration.ofSeconds(20))).isTrue();

        assertThat(engine.deadLetters())
            .singleElement()
            .satisfies(
                d -> {
                  assertThat(d.item().contactId()).isEqualTo(poisoned);
                  assertThat(d.reason())
                      .isEqualTo("unexpected error: AssertionError: connector bug");
                });
        assertThat(crm.records(EntityKind.CONTACT)).hasSize(2);
      }
    }
  }

  private static WebhookEvent event(WebhookHandler handler, String json) {
    WebhookResult result = handler.handle(Map.of(), json.getBytes(StandardCharsets.UTF_8));
    assertThat(result).isInstanceOf(WebhookResult.Accepted.class);
    return ((WebhookResult.Accepted) result).event();
  }
}
