package io.ghlsync.sync;

import static io.ghlsync.sync.Sandbox.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.core.RetryConfig;
import io.ghlsync.testkit.Fault;
import io.ghlsync.testkit.RequestMatcher;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FaultInjectionTest {
  private static final int N = 120;

  /**
   * One attempt: batching leaves few requests to fail, so without retries every faulted batch
   * becomes dead letters, and the replay (which starts with duplicate searches) must finish the job
   * without doubling anything that the faulted requests applied.
   */
  private static final RetryConfig ONE_ATTEMPT = RetryConfig.disabled();

  @Test
  void onOfficeFaultsEndInExactlyOnceOrDeadLetterAndReplayFinishesTheJob() throws Exception {
    try (Sandbox s = new Sandbox(N);
        SyncEngine engine = s.onOfficeEngine().retry(ONE_ATTEMPT).batchSize(5).workers(2).build()) {
      s.onOffice
          .faults()
          .atRate(0.05, Fault.status(500))
          .atRate(0.05, Fault.connectionReset())
          .atRate(0.05, Fault.connectionResetAfterProcessing())
          .atRate(0.05, Fault.appliedThenStatus(422));
      engine.backfill(LOCATION);
      engine.start();
      assertThat(engine.awaitIdle(Duration.ofSeconds(90))).isTrue();

      List<String> ids = s.contactIds(N);
      Set<String> dead =
          engine.deadLetters().stream().map(d -> d.item().contactId()).collect(Collectors.toSet());
      assertThat(dead).isNotEmpty();
      assertThat(s.onOffice.journal().entries()).anyMatch(e -> e.faulted());
      assertThat(engine.deadLetters()).allSatisfy(d -> assertThat(d.reason()).isNotBlank());
      Map<String, Long> addressesPerEmail = addressesPerEmail(s);
      assertThat(addressesPerEmail.values()).allMatch(count -> count == 1);
      assertNoDuplicateChildren(s);
      for (String id : ids) {
        String email = email(s, id);
        if (!dead.contains(id)) {
          assertThat(addressesPerEmail).as("synced contact %s", id).containsEntry(email, 1L);
          long address = addressId(s, email);
          assertThat(tasksOf(s, address)).isEqualTo(s.location.tasks(id).size());
          assertThat(notesOf(s, address)).isEqualTo(s.location.notes(id).size());
        }
      }

      s.onOffice.faults().clear();
      int replayed = engine.replayDeadLetters();
      assertThat(engine.awaitIdle(Duration.ofSeconds(60))).isTrue();

      assertThat(replayed).isEqualTo(dead.size());
      assertThat(engine.deadLetters()).isEmpty();
      assertThat(addressesPerEmail(s))
          .hasSize(N)
          .allSatisfy((email, count) -> assertThat(count).isEqualTo(1));
      int tasks = 0;
      int notes = 0;
      for (String id : ids) {
        tasks += s.location.tasks(id).size();
        notes += s.location.notes(id).size();
      }
      assertThat(s.onOffice.tasks()).hasSize(tasks);
      assertThat(s.onOffice.activities()).hasSize(notes);
    }
  }

  @Test
  void createThatFailsAfterItWasAppliedIsRepairedByTheDuplicateSearchNotDoubled() {
    try (Sandbox s = new Sandbox(3);
        SyncEngine engine = s.onOfficeEngine().build()) {
      s.onOffice
          .faults()
          .script(RequestMatcher.operation("create-address"), Fault.appliedThenStatus(422))
          .script(RequestMatcher.operation("create-task"), Fault.connectionResetAfterProcessing());
      String id = s.contactIds(3).get(1);

      ContactSyncResult result = engine.syncContact(LOCATION, id);

      assertThat(result.status()).isEqualTo(ContactSyncResult.Status.SYNCED);
      assertThat(s.onOffice.addresses()).hasSize(1);
      assertThat(s.onOffice.tasks()).hasSize(1);
      assertThat(s.onOffice.journal().count("create-address")).isEqualTo(1);
      assertThat(s.onOffice.journal().count("create-task")).isEqualTo(1);
      assertThat(engine.audit(LOCATION, id))
          .extracting(e -> e.decision().name())
          .contains("FAILED", "LINKED_DUPLICATE");
    }
  }

  @Test
  void deadLettersAfterTheLastAttemptWithTheLastError() {
    try (Sandbox s = new Sandbox(2);
        SyncEngine engine = s.onOfficeEngine().retry(RetryConfig.disabled()).build()) {
      s.onOffice.faults().script(RequestMatcher.operation("create-address"), Fault.status(503));

      ContactSyncResult result = engine.syncContact(LOCATION, s.contactIds(2).get(1));

      assertThat(result.status()).isEqualTo(ContactSyncResult.Status.DEAD_LETTERED);
      assertThat(result.error()).startsWith("gave up after 1 attempts; last error: ");
      assertThat(engine.deadLetters())
          .singleElement()
          .satisfies(d -> assertThat(d.item().lastError()).isNotBlank());
      assertThat(engine.replayDeadLetters()).isEqualTo(1);
      assertThat(engine.runPending()).isEqualTo(1);
      assertThat(s.onOffice.addresses()).hasSize(1);
    }
  }

  private static String email(Sandbox s, String contactId) {
    return String.valueOf(s.location.contact(contactId).orElseThrow().get("email"));
  }

  private static Map<String, Long> addressesPerEmail(Sandbox s) {
    Map<String, Long> out = new HashMap<>();
    for (Map<String, Object> a : s.onOffice.addresses()) {
      for (String e : OnOfficeEndToEndTest.emails(a)) {
        out.merge(e, 1L, Long::sum);
      }
    }
    return out;
  }

  private static long addressId(Sandbox s, String email) {
    return s.onOffice.addresses().stream()
        .filter(a -> OnOfficeEndToEndTest.emails(a).contains(email))
        .map(a -> EngineFeaturesTest.number(a, "id"))
        .findFirst()
        .orElseThrow();
  }

  private static long tasksOf(Sandbox s, long addressId) {
    return s.onOffice.tasks().stream()
        .filter(t -> t.get("relatedAddressId") instanceof Number n && n.longValue() == addressId)
        .count();
  }

  private static long notesOf(Sandbox s, long addressId) {
    return s.onOffice.activities().stream()
        .filter(a -> a.get("addressId") instanceof Number n && n.longValue() == addressId)
        .count();
  }

  private static void assertNoDuplicateChildren(Sandbox s) {
    Map<String, Long> tasks =
        s.onOffice.tasks().stream()
            .collect(
                Collectors.groupingBy(
                    t ->
                        t.get("relatedAddressId")
                            + "|"
                            + t.get("Betreff")
                            + "|"
                            + t.get("Deadline"),
                    Collectors.counting()));
    assertThat(tasks.values()).allMatch(c -> c == 1);
    Map<String, Long> notes =
        s.onOffice.activities().stream()
            .collect(
                Collectors.groupingBy(
                    a -> a.get("addressId") + "|" + a.get("Bemerkung") + "|" + a.get("Datum"),
                    Collectors.counting()));
    assertThat(notes.values()).allMatch(c -> c == 1);
  }
}
