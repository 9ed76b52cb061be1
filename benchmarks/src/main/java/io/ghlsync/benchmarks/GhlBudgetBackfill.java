package io.ghlsync.benchmarks;

import io.ghlsync.core.RateLimitConfig;
import io.ghlsync.core.RetryConfig;
import io.ghlsync.ghl.GhlClient;
import io.ghlsync.onoffice.OnOfficeClient;
import io.ghlsync.sync.SyncEngine;
import io.ghlsync.sync.mapping.DefaultMappings;
import io.ghlsync.sync.onoffice.OnOfficeTarget;
import io.ghlsync.sync.store.InMemorySyncStore;
import io.ghlsync.testkit.ghl.FakeGhl;
import io.ghlsync.testkit.onoffice.FakeOnOffice;
import java.time.Duration;
import java.util.Locale;

/**
 * A backfill against GHL's rate window scaled 10x (issue 16): the fake GHL allows 100 requests per
 * 1 s and answers 429 beyond. N contacts with 2 tasks and 2 notes each are synced into the fake
 * onOffice by the engine's workers. Reports the GHL requests per contact (from the fake's journal)
 * and the time against the ideal the request count implies: with R requests, {@code ceil(R / 100)}
 * windows, each opened the moment the one before ended, so {@code (ceil(R / 100) - 1)} seconds.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar io.ghlsync.benchmarks.GhlBudgetBackfill
 * [contacts] [taskSearch]} (defaults 1000, false).
 */
public final class GhlBudgetBackfill {
  private static final String LOCATION = "budgetLocation000001";
  private static final int PER_WINDOW = 100;
  private static final long WINDOW_MILLIS = 1_000;

  private GhlBudgetBackfill() {}

  /**
   * Runs one backfill and prints one line.
   *
   * @param args number of contacts (default 1,000), {@code true} to grant the task-search scope
   * @throws InterruptedException if interrupted
   */
  public static void main(String[] args) throws InterruptedException {
    int contacts = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
    boolean taskSearch = args.length > 1 && Boolean.parseBoolean(args[1]);
    String[] scopes =
        taskSearch
            ? new String[] {"contacts.readonly", "contacts.write", "locations/tasks.readonly"}
            : new String[] {"contacts.readonly", "contacts.write"};
    try (FakeGhl ghl =
            FakeGhl.builder()
                .seed(11)
                .rateLimit(PER_WINDOW, Duration.ofMillis(WINDOW_MILLIS))
                .start();
        FakeOnOffice onOffice = FakeOnOffice.start()) {
      String token = ghl.location(LOCATION).seedContacts(contacts, 2, 2).privateToken(scopes);
      GhlClient ghlClient =
          GhlClient.builder()
              .baseUrl(ghl.baseUrl())
              .privateIntegrationToken(token)
              .locationId(LOCATION)
              .grantedScopes(scopes)
              .rateLimit(
                  new RateLimitConfig(
                      PER_WINDOW,
                      Duration.ofMillis(WINDOW_MILLIS),
                      200_000,
                      Duration.ofSeconds(60),
                      // GHL's default margin (50 ms per 10 s), scaled with the window.
                      Duration.ofMillis(WINDOW_MILLIS / 200)))
              .retry(RetryConfig.defaults())
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
              .store(new InMemorySyncStore())
              .batchSize(100)
              .workers(2)
              .build()) {
        long start = System.nanoTime();
        engine.backfill(LOCATION);
        engine.start();
        if (!engine.awaitIdle(Duration.ofMinutes(30))) {
          throw new IllegalStateException("backfill did not finish within 30 minutes");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long requests = ghl.journal().total();
        long rejected = ghl.journal().entries().stream().filter(e -> e.status() == 429).count();
        long sent = requests - rejected;
        double ideal = (Math.ceil(sent / (double) PER_WINDOW) - 1) * WINDOW_MILLIS / 1000.0;
        System.out.printf(
            Locale.ROOT,
            "GhlBudgetBackfill contacts=%d taskSearch=%s: %d GHL requests (%.3f per contact),"
                + " %d answered 429; %.2f s, ideal %.2f s, efficiency %.3f; %d dead letters%n",
            contacts,
            taskSearch,
            sent,
            sent / (double) contacts,
            rejected,
            seconds,
            ideal,
            ideal / seconds,
            engine.deadLetters().size());
      }
    }
  }
}
