package io.ghlsync.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import io.ghlsync.sync.model.Trigger;
import io.ghlsync.sync.store.Lease;
import io.ghlsync.sync.store.WorkQueue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The JDBC work queue alone on PostgreSQL: each claimer thread enqueues an item for a contact of
 * its own, claims it and completes it, over and over. Prints enqueue -> claim -> complete cycles
 * per second for 1 and 4 claimers (each claimer with its own store object, as separate instances
 * would have).
 *
 * <p>Run: {@code java -Dpg.url=jdbc:postgresql://host:port/db -cp benchmarks/target/benchmarks.jar
 * io.ghlsync.benchmarks.QueueThroughput [seconds per run]}
 */
public final class QueueThroughput {
  private QueueThroughput() {}

  /**
   * Runs 1 and 4 claimers.
   *
   * @param args seconds per run (default 10)
   * @throws Exception on a failure
   */
  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    try (HikariDataSource pool = StoreBackfillBenchmark.postgres(8)) {
      StoreBackfillBenchmark.emptied(pool);
      for (int claimers : new int[] {1, 4}) {
        measure(pool, claimers, 2); // warm-up
        int cycles = measure(pool, claimers, seconds);
        System.out.printf(
            Locale.ROOT,
            "PostgreSQL queue, %d claimer(s): %d enqueue->claim->complete cycles in %d s ="
                + " %.0f cycles/s%n",
            claimers,
            cycles,
            seconds,
            (double) cycles / seconds);
      }
    }
  }

  private static int measure(HikariDataSource pool, int claimers, int seconds)
      throws InterruptedException {
    AtomicInteger cycles = new AtomicInteger();
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < claimers; i++) {
      String contact = "c" + i;
      String owner = "w" + i;
      WorkQueue queue =
          io.ghlsync.sync.store.jdbc.JdbcSyncStore.builder(pool).build().forEngine("bench").queue();
      Thread t =
          new Thread(
              () -> {
                while (System.nanoTime() < end) {
                  queue.enqueue("loc", contact, Set.of("t"), Trigger.WEBHOOK);
                  for (Lease lease : queue.lease(owner, 1, Duration.ofMinutes(1))) {
                    if (queue.complete(lease)) {
                      cycles.incrementAndGet();
                    }
                  }
                }
              });
      t.start();
      threads.add(t);
    }
    for (Thread t : threads) {
      t.join();
    }
    return cycles.get();
  }
}
