package io.ghlsync.sync;

import static io.ghlsync.sync.Sandbox.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.core.RetryConfig;
import io.ghlsync.sync.store.DeadLetter;
import io.ghlsync.testkit.Fault;
import io.ghlsync.testkit.RequestMatcher;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OptmyzrFaultInjectionTest {
  private static final RetryConfig FEW_ATTEMPTS =
      new RetryConfig(3, Duration.ofMillis(5), Duration.ofMillis(20), 0.2);

  @Test
  void optmyzrFaultsEndInExactlyOnceOrDeadLetterAndReplayFinishesTheJob() throws Exception {
    try (Sandbox s = new Sandbox(60);
        SyncEngine engine =
            s.optmyzrEngine().retry(FEW_ATTEMPTS).batchSize(10).workers(2).build()) {
      s.optmyzr
          .faults()
          .atRate(RequestMatcher.method("GET"), 0.1, Fault.status(503))
          .atRate(0.05, Fault.connectionResetAfterProcessing())
          .atRate(0.05, Fault.appliedThenStatus(422))
          .atRate(0.05, Fault.status(500));
      engine.backfill(LOCATION);
      engine.start();
      assertThat(engine.awaitIdle(Duration.ofSeconds(90))).isTrue();

      Set<String> dead = new HashSet<>();
      for (DeadLetter d : engine.deadLetters()) {
        assertThat(d.reason()).isNotBlank();
        dead.add(d.item().contactId());
      }
      Map<String, Long> perExternalId =
          s.optmyzr.contacts().stream()
              .collect(
                  Collectors.groupingBy(
                      c -> String.valueOf(c.get("external_id")), Collectors.counting()));
      assertThat(perExternalId.values()).allMatch(c -> c == 1);
      for (String id : s.contactIds(60)) {
        if (!dead.contains(id)) {
          assertThat(perExternalId).containsEntry(id, 1L);
        }
      }

      s.optmyzr.faults().clear();
      engine.replayDeadLetters();
      assertThat(engine.awaitIdle(Duration.ofSeconds(60))).isTrue();

      assertThat(s.optmyzr.contacts()).hasSize(60);
      int tasks = 0;
      int notes = 0;
      for (String id : s.contactIds(60)) {
        tasks += s.location.tasks(id).size();
        notes += s.location.notes(id).size();
      }
      assertThat(s.optmyzr.tasks()).hasSize(tasks);
      assertThat(s.optmyzr.notes()).hasSize(notes);
    }
  }
}
