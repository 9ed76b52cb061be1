package io.ghlsync.sync;

import static io.ghlsync.sync.testing.GhlSandbox.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.core.RateLimitConfig;
import io.ghlsync.core.RetryConfig;
import io.ghlsync.ghl.GhlClient;
import io.ghlsync.sync.mapping.FieldRule;
import io.ghlsync.sync.mapping.Mapping;
import io.ghlsync.sync.model.EntityKind;
import io.ghlsync.sync.store.InMemorySyncStore;
import io.ghlsync.sync.store.QueueStats;
import io.ghlsync.sync.testing.GhlSandbox;
import io.ghlsync.sync.testing.MapCrm;
import io.ghlsync.sync.testing.MutableClock;
import io.ghlsync.testkit.Fault;
import io.ghlsync.testkit.RequestMatcher;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** A failed item waits in the queue with a not-before time; the workers go on with others. */
class RetriesWaitInTheQueueTest {
  private static final Mapping MAPPING =
      Mapping.builder("ghl-to-mapcrm", "1")
          .contact(FieldRule.to("email").from("email").trim().lowerCase().build())
          .build();
  private static final int N = 100;

  @Test
  void withAThirdOfGhlReadsFailingABackfillSyncsTheOthersWhileTheFailedOnesWait() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    InMemorySyncStore store = new InMemorySyncStore(clock, 1_000);
    MapCrm crm = new MapCrm();
    try (GhlSandbox s = new GhlSandbox(N, 1_000_000)) {
      // No client retries: every failed read reaches the engine.
      GhlClient ghl =
          GhlClient.builder()
              .baseUrl(s.ghl.baseUrl())
              .privateIntegrationToken(s.location.privateToken("contacts.readonly"))
              .locationId(LOCATION)
              .grantedScopes("contacts.readonly")
              .rateLimit(RateLimitConfig.perWindow(1_000_000, Duration.ofSeconds(10)))
              .retry(RetryConfig.disabled())
              .build();
      s.ghl.faults().atRate(RequestMatcher.operation("get-contact"), 0.3, Fault.status(503));
      // Backoff of ten minutes on a clock that does not move: a worker that slept through it
      // would never finish the first pass.
      RetryConfig slowBackoff =
          new RetryConfig(5, Duration.ofMinutes(10), Duration.ofMinutes(11), 0.0);
      try (SyncEngine engine =
          SyncEngine.builder()
              .ghl(ghl)
              .target(crm)
              .mapping(MAPPING)
              // Each item GETs its contact, the read the faults hit.
              .useSearchResults(false)
              .store(store)
              .retry(slowBackoff)
              .leaseDuration(Duration.ofMinutes(30))
              .workers(2)
              .batchSize(10)
              .idlePoll(Duration.ofMillis(20))
              .build()) {
        engine.backfill(LOCATION);
        engine.start();

        QueueStats waiting = await(engine, q -> q.ready() == 0 && q.leased() == 0);

        int synced = crm.records(EntityKind.CONTACT).size();
        assertThat(waiting.delayed()).isPositive();
        assertThat(synced + waiting.delayed()).isEqualTo(N);
        assertThat(synced).isGreaterThanOrEqualTo(N / 2);
        assertThat(engine.deadLetters()).isEmpty();
        assertThat(s.ghl.journal().count("get-contact"))
            .as("one read per contact so far: nothing was retried in place")
            .isEqualTo(N);

        s.ghl.faults().clear();
        clock.advance(Duration.ofMinutes(11));
        assertThat(engine.awaitIdle(Duration.ofSeconds(30))).isTrue();

        assertThat(crm.records(EntityKind.CONTACT)).hasSize(N);
        assertThat(engine.deadLetters()).isEmpty();
      }
    }
  }

  private static QueueStats await(SyncEngine engine, Predicate<QueueStats> done)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (true) {
      QueueStats stats = engine.queueStats();
      if (done.test(stats) || System.nanoTime() > deadline) {
        return stats;
      }
      Thread.sleep(10);
    }
  }
}
