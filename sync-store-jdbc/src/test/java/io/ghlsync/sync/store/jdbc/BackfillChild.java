package io.ghlsync.sync.store.jdbc;

import io.ghlsync.core.RateLimitConfig;
import io.ghlsync.core.RetryConfig;
import io.ghlsync.ghl.GhlClient;
import io.ghlsync.onoffice.OnOfficeClient;
import io.ghlsync.sync.SyncEngine;
import io.ghlsync.sync.mapping.DefaultMappings;
import io.ghlsync.sync.onoffice.OnOfficeTarget;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * The host process of {@link CrashRecoveryTest}: a sync engine on a JDBC store that queues a
 * backfill of the fake GHL (served by the test JVM) and syncs it into the fake onOffice until it is
 * killed. Also builds the engine the test JVM resumes with.
 *
 * <p>Arguments: jdbc url, GHL base url, GHL token, location id, onOffice url, onOffice token,
 * onOffice secret.
 */
public final class BackfillChild {
  /** Long enough that no lease of the living child expires; the resuming JVM's clock runs ahead. */
  static final Duration LEASE = Duration.ofSeconds(30);

  private BackfillChild() {}

  public static void main(String[] args) throws Exception {
    DataSource ds =
        args[0].startsWith("jdbc:h2:")
            ? JdbcSyncStore.h2File(
                java.nio.file.Path.of(args[0].substring("jdbc:h2:file:".length())))
            : TestDatabases.pool(args[0], 4);
    try (SyncEngine engine = engine(ds, args, Clock.systemUTC())) {
      engine.start();
      engine.backfill(args[3]);
      System.out.println("QUEUED");
      System.out.flush();
      engine.awaitIdle(Duration.ofMinutes(2));
      System.out.println("DONE");
      System.out.flush();
    }
    System.exit(0);
  }

  static SyncEngine engine(DataSource ds, String[] args, Clock clock) {
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
        .store(JdbcSyncStore.builder(ds).clock(clock).createSchemaIfMissing().build())
        .clock(clock)
        .target(OnOfficeTarget.builder(onOffice).build())
        .mapping(DefaultMappings.onOffice())
        .workers(2)
        .batchSize(10)
        .searchPageSize(50)
        .retry(new RetryConfig(4, Duration.ofMillis(5), Duration.ofMillis(40), 0.2))
        .leaseDuration(LEASE)
        .idlePoll(Duration.ofMillis(20))
        .build();
  }
}
