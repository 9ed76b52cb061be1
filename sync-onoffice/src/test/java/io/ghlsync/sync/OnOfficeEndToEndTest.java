package io.ghlsync.sync;

import static io.ghlsync.sync.Sandbox.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.ghl.model.UpdateContactRequest;
import io.ghlsync.sync.model.Decision;
import io.ghlsync.sync.model.FieldChange;
import io.ghlsync.sync.store.AuditEntry;
import io.ghlsync.testkit.onoffice.ReceivedAction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OnOfficeEndToEndTest {
  /** Contacts in the big run, each with two tasks and two notes. */
  private static final int N = 500;

  @SuppressWarnings("unchecked")
  static List<String> emails(Map<String, Object> address) {
    List<String> out = new ArrayList<>();
    Object contacts = Objects.requireNonNull(address.get("contacts"), "contacts");
    for (Map<String, Object> c : (List<Map<String, Object>>) contacts) {
      if ("email".equals(c.get("type"))) {
        out.add(String.valueOf(c.get("value")));
      }
    }
    return out;
  }

  @Test
  void backfillWritesEveryRecordExactlyOnceInFewRequestsAndARerunWritesNothing()
      throws InterruptedException {
    SyncCounters counters = new SyncCounters();
    try (Sandbox s = Sandbox.withChildren(N, 2, 2);
        SyncEngine engine =
            s.onOfficeEngine().batchSize(50).workers(4).listener(counters).build()) {
      ScanResult scan = engine.backfill(LOCATION);
      long requestsBefore = s.onOffice.journal().total();

      engine.start();
      assertThat(engine.awaitIdle(Duration.ofMinutes(2))).isTrue();

      assertThat(scan).isEqualTo(new ScanResult(N, true, ""));
      SyncProgress progress = counters.snapshot();
      assertThat(progress.queued()).isEqualTo(N);
      assertThat(progress.done()).isEqualTo(N);
      assertThat(progress.failed()).isZero();
      List<String> ids = s.contactIds(N);
      Set<String> ghlEmails = new HashSet<>();
      int ghlTasks = 0;
      int ghlNotes = 0;
      for (String id : ids) {
        ghlEmails.add(String.valueOf(s.location.contact(id).orElseThrow().get("email")));
        ghlTasks += s.location.tasks(id).size();
        ghlNotes += s.location.notes(id).size();
      }
      List<Map<String, Object>> addresses = s.onOffice.addresses();
      List<String> targetEmails =
          addresses.stream().flatMap(a -> emails(a).stream()).collect(Collectors.toList());
      assertThat(addresses).hasSize(N);
      assertThat(targetEmails).hasSize(N).containsExactlyInAnyOrderElementsOf(ghlEmails);
      assertThat(ghlTasks).isEqualTo(2 * N);
      assertThat(ghlNotes).isEqualTo(2 * N);
      assertThat(s.onOffice.tasks()).hasSize(ghlTasks);
      assertThat(s.onOffice.activities()).hasSize(ghlNotes);
      assertThat(s.onOffice.tasks()).allSatisfy(t -> assertThat(t).containsKey("relatedAddressId"));
      double requestsPerContact = (s.onOffice.journal().total() - requestsBefore) / (double) N;
      assertThat(requestsPerContact).isLessThanOrEqualTo(0.1);
      assertThat(engine.deadLetters()).isEmpty();

      assertThat(progress.writes()).isEqualTo(s.onOfficeWrites());
      long writes = s.onOfficeWrites();
      engine.backfill(LOCATION);
      assertThat(engine.awaitIdle(Duration.ofMinutes(2))).isTrue();

      assertThat(s.onOfficeWrites()).isEqualTo(writes);
      assertThat(counters.snapshot().done()).isEqualTo(2L * N);
      List<AuditEntry> audit = engine.audit(LOCATION, ids.get(7));
      assertThat(audit).extracting(AuditEntry::decision).contains(Decision.CREATED);
      assertThat(audit.get(audit.size() - 1).decision()).isEqualTo(Decision.SKIPPED_UNCHANGED);
    }
  }

  @Test
  void oneGhlUpdateArrivesAsExactlyOneTargetUpdateWithMaskedAudit() {
    try (Sandbox s = new Sandbox(20);
        SyncEngine engine = s.onOfficeEngine().build()) {
      engine.backfill(LOCATION);
      engine.runPending();
      String id = s.contactIds(20).get(5);
      s.ghlClient
          .contacts()
          .update(
              id,
              UpdateContactRequest.builder().firstName("Zelda").email("zelda@example.org").build());
      int actionsBefore = s.onOffice.receivedActions().size();

      ContactSyncResult result = engine.syncContact(LOCATION, id);

      List<ReceivedAction> writes =
          s
              .onOffice
              .receivedActions()
              .subList(actionsBefore, s.onOffice.receivedActions().size())
              .stream()
              .filter(a -> !a.action().equals("read"))
              .toList();
      assertThat(result.status()).isEqualTo(ContactSyncResult.Status.SYNCED);
      assertThat(result.writes()).isEqualTo(1);
      assertThat(writes).hasSize(1);
      assertThat(writes.get(0).action()).isEqualTo("modify");
      Map<String, Object> address =
          s.onOffice.address(Long.parseLong(writes.get(0).resourceId())).orElseThrow();
      assertThat(address).containsEntry("Vorname", "Zelda");
      assertThat(emails(address)).containsExactly("zelda@example.org");
      PlannedChange change = result.changes().get(0);
      assertThat(change.decision()).isEqualTo(Decision.UPDATED);
      assertThat(change.changes())
          .extracting(FieldChange::field)
          .containsExactlyInAnyOrder("Vorname", "email");
      AuditEntry updated =
          engine.audit(LOCATION, id).stream()
              .filter(e -> e.decision() == Decision.UPDATED)
              .findFirst()
              .orElseThrow();
      assertThat(updated.changes()).allSatisfy(c -> assertThat(c.after()).isEqualTo("***"));
      assertThat(updated.mappingVersion()).isEqualTo("1.1.0");

      ContactSyncResult again = engine.syncContact(LOCATION, id);

      assertThat(again.writes()).isZero();
      assertThat(again.count(Decision.SKIPPED_UNCHANGED)).isEqualTo(again.changes().size());
    }
  }

  @Test
  void aReFoundAddressIsLinkedWithoutRewritingWhatItAlreadyHolds() {
    try (Sandbox s = new Sandbox(3)) {
      String id = s.contactIds(3).get(0);
      // A target of another name writes the address: for the engine below it is an address whose
      // create response was lost, so it has no link and finds the address by e-mail.
      try (SyncEngine first =
          s.onOfficeEngine()
              .target(
                  io.ghlsync.sync.onoffice.OnOfficeTarget.builder(s.onOfficeClient)
                      .name("lost-response")
                      .build())
              .build()) {
        assertThat(first.syncContact(LOCATION, id).count(Decision.CREATED)).isEqualTo(1);
      }
      try (SyncEngine engine = s.onOfficeEngine().build()) {
        int before = s.onOffice.receivedActions().size();

        ContactSyncResult result = engine.syncContact(LOCATION, id);

        PlannedChange contact = result.changes().get(0);
        assertThat(contact.decision()).isEqualTo(Decision.LINKED_DUPLICATE);
        // ArtDaten reads back as the multiselect "|Interessent|"; decoded it equals
        // ["Interessent"].
        assertThat(contact.changes()).extracting(FieldChange::field).isEmpty();
        assertThat(
                s.onOffice.receivedActions().subList(before, s.onOffice.receivedActions().size()))
            .extracting(ReceivedAction::action)
            .doesNotContain("modify", "create");
        assertThat(result.writes()).isZero();
      }
    }
  }
}
