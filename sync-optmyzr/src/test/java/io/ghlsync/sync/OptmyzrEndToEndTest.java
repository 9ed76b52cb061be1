package io.ghlsync.sync;

import static io.ghlsync.sync.Sandbox.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.ghl.model.UpdateContactRequest;
import io.ghlsync.sync.model.Decision;
import io.ghlsync.testkit.JournalEntry;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OptmyzrEndToEndTest {
  /** Contacts in the run, each with two tasks and two notes. */
  private static final int N = 500;

  @Test
  void everyRecordArrivesExactlyOnceAReRunWritesNothingAndAnEditIsOneUpdate() throws Exception {
    SyncCounters counters = new SyncCounters();
    try (Sandbox s = Sandbox.withChildren(N, 2, 2);
        SyncEngine engine = s.optmyzrEngine().batchSize(50).workers(4).listener(counters).build()) {
      engine.backfill(LOCATION);
      engine.start();
      assertThat(engine.awaitIdle(Duration.ofMinutes(2))).isTrue();

      List<String> ids = s.contactIds(N);
      Set<String> ghlEmails = new HashSet<>();
      for (String id : ids) {
        ghlEmails.add(String.valueOf(s.location.contact(id).orElseThrow().get("email")));
      }
      List<Map<String, Object>> contacts = s.optmyzr.contacts();
      assertThat(contacts).hasSize(N);
      assertThat(contacts)
          .extracting(c -> String.valueOf(c.get("email")))
          .containsExactlyInAnyOrderElementsOf(ghlEmails);
      assertThat(contacts.stream().map(c -> c.get("external_id")).distinct()).hasSize(N);
      Set<Object> contactIds = contacts.stream().map(c -> c.get("id")).collect(Collectors.toSet());
      assertThat(s.optmyzr.tasks())
          .hasSize(2 * N)
          .allSatisfy(t -> assertThat(contactIds).contains(t.get("contact_id")));
      assertThat(s.optmyzr.notes())
          .hasSize(2 * N)
          .allSatisfy(n -> assertThat(contactIds).contains(n.get("contact_id")));
      assertThat(
              s.optmyzr.tasks().stream()
                  .map(t -> List.of(t.get("contact_id"), t.get("body")))
                  .distinct())
          .hasSize(2 * N);
      assertThat(engine.deadLetters()).isEmpty();
      assertThat(counters.snapshot().failed()).isZero();

      long writes = writes(s);
      engine.backfill(LOCATION);
      assertThat(engine.awaitIdle(Duration.ofMinutes(2))).isTrue();

      assertThat(writes(s)).isEqualTo(writes);
      assertThat(counters.snapshot().done()).isEqualTo(2L * N);

      String edited = ids.get(123);
      s.ghlClient
          .contacts()
          .update(edited, UpdateContactRequest.builder().lastName("Edited").build());
      ContactSyncResult result = engine.syncContact(LOCATION, edited);

      List<JournalEntry> newWrites =
          s.optmyzr.journal().entries().stream()
              .filter(e -> !e.method().equals("GET"))
              .skip(writes)
              .toList();
      assertThat(result.writes()).isEqualTo(1);
      assertThat(result.count(Decision.UPDATED)).isEqualTo(1);
      assertThat(newWrites).hasSize(1);
      assertThat(newWrites.get(0).path()).startsWith("/v1/contacts");
      String email = String.valueOf(s.location.contact(edited).orElseThrow().get("email"));
      assertThat(s.optmyzr.contacts())
          .filteredOn(c -> email.equals(c.get("email")))
          .singleElement()
          .satisfies(c -> assertThat(c).containsEntry("last_name", "Edited"));
    }
  }

  private static long writes(Sandbox s) {
    return s.optmyzr.journal().entries().stream().filter(e -> !e.method().equals("GET")).count();
  }
}
