package io.ghlsync.benchmarks;

import io.ghlsync.core.RateLimitConfig;
import io.ghlsync.ghl.GhlClient;
import io.ghlsync.onoffice.OnOfficeClient;
import io.ghlsync.sync.SyncCounters;
import io.ghlsync.sync.SyncEngine;
import io.ghlsync.sync.SyncProgress;
import io.ghlsync.sync.mapping.DefaultMappings;
import io.ghlsync.sync.onoffice.OnOfficeTarget;
import io.ghlsync.sync.store.InMemorySyncStore;
import io.ghlsync.testkit.ghl.FakeGhl;
import io.ghlsync.testkit.onoffice.FakeOnOffice;
import java.time.Duration;
import java.util.Locale;

/**
 * Whole-sync macro benchmark: backfill N seeded contacts (with their tasks and notes) from the fake
 * GHL (rate limit out of the way) into the fake onOffice with the in-memory store, then re-sync the
 * unchanged set. Reports contacts per second, onOffice HTTP requests per contact and the writes of
 * the re-sync.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * io.ghlsync.benchmarks.SyncBackfillBenchmark [contacts]}
 */
public final class SyncBackfillBenchmark {
  private static final String LOCATION = "benchLocation0000001";
  private static final int WORKERS = Integer.getInteger("workers", 2);
  private static final int BATCH = Integer.getInteger("batch", 100);
  private static final int GHL_CONCURRENCY = Integer.getInteger("ghlConcurrency", 8);

  private SyncBackfillBenchmark() {}

  /**
   * Warms the JVM up with a backfill into separate fakes (its numbers are printed as such), then
   * runs the measured backfill and the re-sync and prints one line each.
   *
   * @param args number of contacts (default 10,000), warm-up contacts (default 5,000; 0 measures a
   *     cold JVM)
   * @throws InterruptedException if interrupted
   */
  public static void main(String[] args) throws InterruptedException {
    int contacts = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
    if (warmUp > 0) {
      measure(warmUp, "warm-up ");
    }
    measure(contacts, "");
  }

  private static void measure(int contacts, String prefix) throws InterruptedException {
    try (FakeGhl ghl =
            FakeGhl.builder().seed(7).rateLimit(10_000_000, Duration.ofSeconds(1)).start();
        FakeOnOffice onOffice = FakeOnOffice.start()) {
      String token =
          ghl.location(LOCATION)
              .seedContacts(contacts, 2, 2)
              .privateToken("contacts.readonly", "contacts.write");
      GhlClient ghlClient =
          GhlClient.builder()
              .baseUrl(ghl.baseUrl())
              .privateIntegrationToken(token)
              .locationId(LOCATION)
              .rateLimit(RateLimitConfig.perWindow(10_000_000, Duration.ofSeconds(1)))
              .build();
      OnOfficeClient onOfficeClient =
          OnOfficeClient.builder()
              .baseUrl(onOffice.url())
              .token(onOffice.token())
              .secret(onOffice.secret())
              .maxActionsPerRequest(100)
              .build();
      SyncCounters counters = new SyncCounters();
      try (SyncEngine engine =
          SyncEngine.builder()
              .ghl(ghlClient)
              .target(OnOfficeTarget.builder(onOfficeClient).build())
              .mapping(DefaultMappings.onOffice())
              .store(new InMemorySyncStore())
              .batchSize(BATCH)
              .ghlConcurrency(GHL_CONCURRENCY)
              .workers(Math.max(1, WORKERS))
              .listener(counters)
              .build()) {
        run(prefix + "backfill", engine, counters, onOffice, contacts);
        run(prefix + "re-sync unchanged", engine, counters, onOffice, contacts);
      }
    }
  }

  private static void run(
      String label, SyncEngine engine, SyncCounters counters, FakeOnOffice onOffice, int contacts)
      throws InterruptedException {
    long requestsBefore = onOffice.journal().entries().size();
    long writesBefore = counters.snapshot().writes();
    long start = System.nanoTime();
    engine.backfill(LOCATION);
    if (WORKERS > 0) {
      engine.start();
      if (!engine.awaitIdle(Duration.ofMinutes(30))) {
        throw new IllegalStateException("the sync did not finish in 30 minutes");
      }
    } else {
      engine.runPending();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    SyncProgress p = counters.snapshot();
    long requests = onOffice.journal().entries().size() - requestsBefore;
    System.out.printf(
        Locale.ROOT,
        "%s: %d contacts in %.2f s = %.0f contacts/s, onOffice HTTP requests %d (%.3f per"
            + " contact), target writes %d, failed %d, dead-lettered %d%n",
        label,
        contacts,
        seconds,
        contacts / seconds,
        requests,
        (double) requests / contacts,
        p.writes() - writesBefore,
        p.failed(),
        p.deadLettered());
  }
}
