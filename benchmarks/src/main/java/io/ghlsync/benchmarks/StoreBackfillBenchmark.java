package io.ghlsync.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.ghlsync.core.RateLimitConfig;
import io.ghlsync.ghl.GhlClient;
import io.ghlsync.onoffice.OnOfficeClient;
import io.ghlsync.sync.SyncCounters;
import io.ghlsync.sync.SyncEngine;
import io.ghlsync.sync.mapping.DefaultMappings;
import io.ghlsync.sync.onoffice.OnOfficeTarget;
import io.ghlsync.sync.store.InMemorySyncStore;
import io.ghlsync.sync.store.SyncStore;
import io.ghlsync.sync.store.jdbc.JdbcSyncStore;
import io.ghlsync.testkit.ghl.FakeGhl;
import io.ghlsync.testkit.onoffice.FakeOnOffice;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The durable stores against the in-memory store: backfills N seeded contacts (2 tasks and 2 notes
 * each) from the fake GHL into the fake onOffice with each store in turn, in one JVM, and prints
 * contacts per second and the ratio to the in-memory store. Also prints the used heap after a full
 * collection at the end of each run (the JDBC stores keep their state on disk).
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * io.ghlsync.benchmarks.StoreBackfillBenchmark [contacts] [stores] [warmUpContacts]}, stores a
 * comma-separated list of {@code memory}, {@code h2}, {@code pg}. PostgreSQL is reached through
 * {@code -Dpg.url=jdbc:postgresql://host:port/db} ({@code -Dpg.user}, {@code -Dpg.password}; the
 * database is emptied before the run).
 */
public final class StoreBackfillBenchmark {
  private static final String LOCATION = "benchLocation0000001";

  private StoreBackfillBenchmark() {}

  /**
   * Runs the comparison.
   *
   * @param args contacts (default 10,000), stores (default {@code memory,h2,pg}), warm-up contacts
   *     (default 2,000, into the in-memory store)
   * @throws Exception on a failure
   */
  public static void main(String[] args) throws Exception {
    int contacts = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    List<String> stores = List.of((args.length > 1 ? args[1] : "memory,h2,pg").split(","));
    int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
    if (warmUp > 0) {
      run("warm-up memory", new InMemorySyncStore(), warmUp);
    }
    Map<String, Double> rates = new LinkedHashMap<>();
    for (String kind : stores) {
      switch (kind) {
        case "memory" -> rates.put(kind, run(kind, new InMemorySyncStore(), contacts));
        case "h2" -> {
          java.nio.file.Path dir = Files.createTempDirectory("ghlsync-bench-");
          rates.put(
              kind,
              run(
                  kind,
                  JdbcSyncStore.builder(JdbcSyncStore.h2File(dir.resolve("ghlsync")))
                      .createSchemaIfMissing()
                      .build(),
                  contacts));
        }
        case "pg" -> {
          try (HikariDataSource pool = postgres(4)) {
            rates.put(kind, run(kind, emptied(pool), contacts));
          }
        }
        default -> throw new IllegalArgumentException("unknown store " + kind);
      }
    }
    Double memory = rates.get("memory");
    if (memory != null) {
      rates.forEach(
          (kind, rate) ->
              System.out.printf(Locale.ROOT, "%s / memory = %.2fx%n", kind, rate / memory));
    }
  }

  static HikariDataSource postgres(int size) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(System.getProperty("pg.url", "jdbc:postgresql://localhost:5432/postgres"));
    config.setUsername(System.getProperty("pg.user", "postgres"));
    config.setPassword(System.getProperty("pg.password", "postgres"));
    config.setMaximumPoolSize(size);
    return new HikariDataSource(config);
  }

  static JdbcSyncStore emptied(HikariDataSource pool) throws SQLException {
    JdbcSyncStore store = JdbcSyncStore.builder(pool).createSchemaIfMissing().build();
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "TRUNCATE ghlsync_work_item, ghlsync_dead_letter, ghlsync_link, ghlsync_audit,"
              + " ghlsync_cursor, ghlsync_seen_webhook, ghlsync_rule_facts, ghlsync_rule_firing,"
              + " ghlsync_rule_turn, ghlsync_version");
    }
    return store;
  }

  private static double run(String label, SyncStore store, int contacts)
      throws InterruptedException, IOException {
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
              .store(store)
              .batchSize(100)
              .workers(2)
              .listener(counters)
              .build()) {
        long start = System.nanoTime();
        engine.backfill(LOCATION);
        engine.start();
        if (!engine.awaitIdle(Duration.ofHours(2))) {
          throw new IllegalStateException("the backfill did not finish in 2 hours");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf(
            Locale.ROOT,
            "%s: %d contacts in %.1f s = %.0f contacts/s, target writes %d, failed %d,"
                + " dead-lettered %d, heap used after GC %.0f MB (fakes included)%n",
            label,
            contacts,
            seconds,
            contacts / seconds,
            counters.snapshot().writes(),
            counters.snapshot().failed(),
            counters.snapshot().deadLettered(),
            used / 1e6);
        return contacts / seconds;
      }
    }
  }
}
