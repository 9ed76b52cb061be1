package io.ghlsync.benchmarks;

import io.ghlsync.core.RateLimitConfig;
import io.ghlsync.ghl.GhlClient;
import io.ghlsync.onoffice.OnOfficeClient;
import io.ghlsync.sync.SyncEngine;
import io.ghlsync.sync.mapping.DefaultMappings;
import io.ghlsync.sync.onoffice.OnOfficeTarget;
import io.ghlsync.sync.store.InMemorySyncStore;
import io.ghlsync.sync.store.SyncStore;
import io.ghlsync.testkit.ghl.FakeGhl;
import io.ghlsync.testkit.onoffice.FakeOnOffice;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.Locale;

/**
 * Live heap the in-memory store keeps per synced contact: backfills N contacts (2 tasks and 2 notes
 * each) from the fake GHL into the fake onOffice, closes the engine and the fakes, and measures the
 * used heap after full collections with the store still referenced and after dropping it.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar io.ghlsync.benchmarks.StoreFootprint
 * [contacts] [auditCapacity]}
 */
public final class StoreFootprint {
  private static final String LOCATION = "benchLocation0000001";

  private StoreFootprint() {}

  /**
   * Prints the store's live heap in total and per contact.
   *
   * @param args contacts (default 5,000), audit capacity (default the store's default)
   * @throws InterruptedException if interrupted
   */
  public static void main(String[] args) throws InterruptedException {
    int contacts = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
    int capacity = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    SyncStore store = new InMemorySyncStore(java.time.Clock.systemUTC(), capacity);
    fill(store, contacts);
    long with = usedAfterGc();
    long audit = store.audit().recent(Integer.MAX_VALUE).size();
    long links = store.forTarget("onoffice").links().count();
    store = null;
    long without = usedAfterGc();
    long bytes = with - without;
    System.out.printf(
        Locale.ROOT,
        "in-memory store after %d contacts (%d links, %d audit entries kept): %.1f MB live, %.0f"
            + " bytes per contact%n",
        contacts,
        links,
        audit,
        bytes / 1e6,
        (double) bytes / contacts);
  }

  private static void fill(SyncStore store, int contacts) throws InterruptedException {
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
      try (SyncEngine engine =
          SyncEngine.builder()
              .ghl(ghlClient)
              .target(OnOfficeTarget.builder(onOfficeClient).build())
              .mapping(DefaultMappings.onOffice())
              .store(store)
              .batchSize(100)
              .build()) {
        engine.backfill(LOCATION);
        engine.start();
        if (!engine.awaitIdle(Duration.ofMinutes(30))) {
          throw new IllegalStateException("the backfill did not finish in 30 minutes");
        }
      }
    }
  }

  private static long usedAfterGc() throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(200);
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
