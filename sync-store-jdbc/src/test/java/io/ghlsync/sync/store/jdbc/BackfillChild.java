package io.ghlsync.sync.store.jdbc;

import io.ghlsync.core.RateLimitConfig;
import io.ghlsync.core.RetryConfig;
import io.ghlsync.ghl.GhlClient;
import io.ghlsync.onoffice.OnOfficeClient;
import io.ghlsync.sync.SyncEngine;
import io.ghlsync.sync.mapping.DefaultMappings;
import io.ghlsync.sync.onoffice.OnOfficeTarget;
import io.ghlsync.sync.store.SyncStore;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * A host process of {@link CrashRecoveryTest}: a sync engine on a JDBC store, syncing the fake
 * GHL's contacts into the fake onOffice (both served by the test JVM).
 *
 * <p>Arguments: jdbc url, GHL base url, GHL token, location id, onOffice url, onOffice token,
 * onOffice secret, mode ({@code backfill}: queue the backfill, then work; {@code resume}: work on
 * what is queued).
 */
public final class BackfillChild {
  static final Duration LEASE = Duration.ofSeconds(2);

  private BackfillChild() {}

  public static void main(String[] args) throws Exception {
    DataSource ds =
        args[0].startsWith("jdbc:h2:")
            ? org.h2.jdbcx.JdbcConnectionPool.create(args[0], "sa", "")
            : TestDatabases.pool(args[0], 4);
    try (SyncEngine engine = engine(ds, args)) {
      if (args[7].equals("backfill")) {
        engine.backfill(args[3]);
      }
      System.out.println("QUEUED");
      System.out.flush();
      engine.start();
      engine.awaitIdle(Duration.ofMinutes(2));
      System.out.println("DONE");
      System.out.flush();
    }
    System.exit(0);
  }

  static SyncEngine engine(DataSource ds, String[] args) {
    SyncStore store = JdbcSyncStore.builder(ds).build();
    GhlClient ghl =
        GhlClient.builder()
            .baseUrl(args[1])
            .privateIntegrationToken(args[2])
            .locationId(args[3])
            .grantedScopes("contacts.readonly", "contacts.write")
            .rateLimit(RateLimitConfig.perWindow(1_000_000, Duration.ofSeconds(10)))
            .retry(new RetryConfig(3, Duration.ofMillis(5), Duration.ofMillis(20), 0.1))
            .build();
    OnOfficeClient onOffice =
        OnOfficeClient.builder().baseUrl(args[4]).token(args[5]).secret(args[6]).build();
    return SyncEngine.builder()
        .ghl(ghl)
        .store(store)
        .target(OnOfficeTarget.builder(onOffice).build())
        .mapping(DefaultMappings.onOffice())
        .workers(2)
        .retry(new RetryConfig(4, Duration.ofMillis(5), Duration.ofMillis(40), 0.2))
        .leaseDuration(LEASE)
        .idlePoll(Duration.ofMillis(20))
        .build();
  }
}
