package io.ghlsync.sync.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.ghlsync.sync.model.Trigger;
import io.ghlsync.sync.store.Lease;
import io.ghlsync.sync.store.WorkQueue;
import io.ghlsync.sync.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Several engine instances (separate store objects, separate connection pools) share one PostgreSQL
 * queue.
 */
class PostgresClusterTest {
  private static final Set<String> TARGETS = Set.of("onoffice");
  private static final int INSTANCES = 4;
  private static final int ITEMS = 10_000;
  private static final int CONTACTS = 500;

  private record Interval(String owner, long start, long end) {}

  @Test
  void fourInstancesCompleteEveryItemOnceWithoutOverlappingLeasesOfAContact() throws Exception {
    String url = TestDatabases.newPostgresDatabase();
    List<HikariDataSource> pools = new ArrayList<>();
    List<WorkQueue> queues = new ArrayList<>();
    for (int i = 0; i < INSTANCES; i++) {
      HikariDataSource pool = TestDatabases.pool(url, 3);
      pools.add(pool);
      queues.add(
          JdbcSyncStore.builder(pool).createSchemaIfMissing().build().forEngine("e").queue());
    }
    Set<String> enqueued = ConcurrentHashMap.newKeySet();
    Map<String, AtomicInteger> completions = new ConcurrentHashMap<>();
    Map<String, ConcurrentLinkedQueue<Interval>> intervals = new ConcurrentHashMap<>();
    AtomicBoolean producing = new AtomicBoolean(true);
    ExecutorService threads = Executors.newFixedThreadPool(INSTANCES * 2);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<?>> producers = new ArrayList<>();
      for (int p = 0; p < INSTANCES; p++) {
        WorkQueue q = queues.get(p);
        int first = p;
        producers.add(
            threads.submit(
                () -> {
                  start.await();
                  for (int n = first; n < ITEMS; n += INSTANCES) {
                    enqueued.add(
                        q.enqueue("loc", "c" + (n % CONTACTS), TARGETS, Trigger.BACKFILL).id());
                  }
                  return null;
                }));
      }
      List<Future<?>> workers = new ArrayList<>();
      for (int w = 0; w < INSTANCES; w++) {
        WorkQueue q = queues.get(w);
        String owner = "instance-" + w;
        workers.add(
            threads.submit(
                () -> {
                  start.await();
                  while (true) {
                    boolean more = producing.get();
                    List<Lease> leases = q.lease(owner, 20, Duration.ofMinutes(1));
                    if (leases.isEmpty() && !more && q.isIdle()) {
                      return null;
                    }
                    for (Lease l : leases) {
                      long begin = System.nanoTime();
                      String id = l.item().id();
                      long end = System.nanoTime();
                      intervals
                          .computeIfAbsent(l.item().contactId(), k -> new ConcurrentLinkedQueue<>())
                          .add(new Interval(owner, begin, end));
                      if (q.complete(l)) {
                        completions.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                      }
                    }
                  }
                }));
      }
      start.countDown();
      for (Future<?> f : producers) {
        f.get(120, TimeUnit.SECONDS);
      }
      producing.set(false);
      for (Future<?> f : workers) {
        f.get(120, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
      pools.forEach(HikariDataSource::close);
    }

    assertThat(enqueued).hasSizeGreaterThan(CONTACTS);
    assertThat(completions.keySet()).as("nothing lost").isEqualTo(enqueued);
    assertThat(completions.values())
        .as("every item completed exactly once")
        .allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
    for (Map.Entry<String, ConcurrentLinkedQueue<Interval>> e : intervals.entrySet()) {
      List<Interval> sorted =
          e.getValue().stream().sorted((a, b) -> Long.compare(a.start(), b.start())).toList();
      for (int i = 1; i < sorted.size(); i++) {
        assertThat(sorted.get(i).start())
            .as("lease of contact %s overlaps the previous one", e.getKey())
            .isGreaterThan(sorted.get(i - 1).end());
      }
    }
  }

  @Test
  void anAbandonedLeaseIsTakenOverAndTheOldOwnersWritesChangeNothing() {
    String url = TestDatabases.newPostgresDatabase();
    MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    try (HikariDataSource a = TestDatabases.pool(url, 2);
        HikariDataSource b = TestDatabases.pool(url, 2)) {
      WorkQueue first =
          JdbcSyncStore.builder(a)
              .clock(clock)
              .createSchemaIfMissing()
              .build()
              .forEngine("e")
              .queue();
      WorkQueue second = JdbcSyncStore.builder(b).clock(clock).build().forEngine("e").queue();
      first.enqueue("loc", "c1", Set.of("x", "y"), Trigger.WEBHOOK);
      Lease abandoned = first.lease("a", 1, Duration.ofSeconds(30)).get(0);
      clock.advance(Duration.ofSeconds(31));

      Lease taken = second.lease("b", 1, Duration.ofSeconds(30)).get(0);

      assertThat(taken.item().id()).isEqualTo(abandoned.item().id());
      assertThat(first.complete(abandoned)).isFalse();
      assertThat(first.recordFailure(abandoned, "late")).isEmpty();
      assertThat(first.retryLater(abandoned, Set.of("x"), "late", Duration.ZERO)).isFalse();
      assertThat(first.release(abandoned, Duration.ZERO)).isFalse();
      assertThat(first.deadLetter(abandoned, "x", "late")).isEmpty();
      assertThat(first.renew(abandoned, Duration.ofMinutes(5))).isEmpty();
      assertThat(first.deadLetters()).isEmpty();
      Optional<Lease> failed = second.recordFailure(taken, "mine");
      assertThat(failed).hasValueSatisfying(l -> assertThat(l.item().attempts()).isEqualTo(1));
      assertThat(second.stats().leased()).isEqualTo(1);
      assertThat(second.complete(failed.orElseThrow())).isTrue();
      assertThat(first.isIdle()).isTrue();
    }
  }
}
