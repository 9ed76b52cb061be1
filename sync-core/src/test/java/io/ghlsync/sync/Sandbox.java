package io.ghlsync.sync;

import io.ghlsync.core.RateLimitConfig;
import io.ghlsync.core.RetryConfig;
import io.ghlsync.core.Secret;
import io.ghlsync.ghl.GhlClient;
import io.ghlsync.onoffice.OnOfficeClient;
import io.ghlsync.optmyzr.OptmyzrClient;
import io.ghlsync.sync.mapping.DefaultMappings;
import io.ghlsync.sync.onoffice.OnOfficeTarget;
import io.ghlsync.sync.optmyzr.OptmyzrTarget;
import io.ghlsync.sync.store.InMemorySyncStore;
import io.ghlsync.sync.store.SyncStore;
import io.ghlsync.testkit.ghl.FakeGhl;
import io.ghlsync.testkit.ghl.FakeGhlLocation;
import io.ghlsync.testkit.onoffice.FakeOnOffice;
import io.ghlsync.testkit.optmyzr.FakeOptmyzr;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;

/** The three fake services on loopback, with real clients pointed at them. */
final class Sandbox implements AutoCloseable {
  static final String LOCATION = "sandboxLocation000001";

  /** Fast retries so fault tests finish quickly. */
  static final RetryConfig FAST_RETRY =
      new RetryConfig(4, Duration.ofMillis(5), Duration.ofMillis(40), 0.2);

  /**
   * A host's own OkHttpClient with OkHttp's silent retry on: client-core switches it off for every
   * client it derives (a silent retry of a processed POST doubled onOffice creates), which the
   * fault tests rely on.
   */
  static final OkHttpClient HOST_CLIENT =
      new OkHttpClient.Builder().retryOnConnectionFailure(true).build();

  final FakeGhl ghl;
  final FakeGhlLocation location;
  final GhlClient ghlClient;
  final FakeOnOffice onOffice;
  final OnOfficeClient onOfficeClient;
  final FakeOptmyzr optmyzr;
  final OptmyzrClient optmyzrClient;
  final SyncStore store = new InMemorySyncStore();

  Sandbox(int seededContacts) {
    this(seededContacts, 1_000_000);
  }

  Sandbox(int seededContacts, int ghlRequestsPerWindow) {
    this(seededContacts, ghlRequestsPerWindow, -1, -1);
  }

  /** Seeds contacts with exactly so many tasks and notes each. */
  static Sandbox withChildren(int seededContacts, int tasksPerContact, int notesPerContact) {
    return new Sandbox(seededContacts, 1_000_000, tasksPerContact, notesPerContact);
  }

  private Sandbox(
      int seededContacts, int ghlRequestsPerWindow, int tasksPerContact, int notesPerContact) {
    ghl =
        FakeGhl.builder().seed(42).rateLimit(ghlRequestsPerWindow, Duration.ofSeconds(30)).start();
    location =
        tasksPerContact < 0
            ? ghl.location(LOCATION).seedContacts(seededContacts)
            : ghl.location(LOCATION).seedContacts(seededContacts, tasksPerContact, notesPerContact);
    String token = location.privateToken("contacts.readonly", "contacts.write");
    ghlClient =
        GhlClient.builder()
            .baseUrl(ghl.baseUrl())
            .privateIntegrationToken(token)
            .locationId(LOCATION)
            .grantedScopes("contacts.readonly", "contacts.write")
            .rateLimit(RateLimitConfig.perWindow(1_000_000, Duration.ofSeconds(10)))
            .retry(new RetryConfig(3, Duration.ofMillis(5), Duration.ofMillis(20), 0.1))
            .build();
    onOffice = FakeOnOffice.start();
    onOfficeClient =
        OnOfficeClient.builder()
            .baseUrl(onOffice.url())
            .token(onOffice.token())
            .secret(onOffice.secret())
            .maxActionsPerRequest(100)
            .config(
                c ->
                    c.retry(new RetryConfig(2, Duration.ofMillis(5), Duration.ofMillis(20), 0.1))
                        .okHttpClient(HOST_CLIENT))
            .build();
    // The big runs lift Optmyzr's 100-per-10-s limit; the others keep it.
    optmyzr =
        tasksPerContact < 0
            ? FakeOptmyzr.start()
            : FakeOptmyzr.builder().rateLimit(1_000_000, Duration.ofSeconds(10)).start();
    optmyzrClient =
        OptmyzrClient.builder()
            .contractBaseUrl(optmyzr.baseUrl())
            .apiKey(Secret.of(optmyzr.apiKey(), "apiKey"))
            .config(
                c -> c.retry(new RetryConfig(2, Duration.ofMillis(5), Duration.ofMillis(20), 0.1)))
            .build();
  }

  SyncEngineBuilder onOfficeEngine() {
    return SyncEngine.builder()
        .ghl(ghlClient)
        .target(OnOfficeTarget.builder(onOfficeClient).build())
        .mapping(DefaultMappings.onOffice())
        .store(store)
        .retry(FAST_RETRY)
        .leaseDuration(Duration.ofSeconds(30))
        .idlePoll(Duration.ofMillis(20));
  }

  SyncEngineBuilder optmyzrEngine() {
    return SyncEngine.builder()
        .ghl(ghlClient)
        .target(OptmyzrTarget.builder(optmyzrClient).build())
        .mapping(DefaultMappings.optmyzr())
        .store(store)
        .retry(FAST_RETRY)
        .leaseDuration(Duration.ofSeconds(30))
        .idlePoll(Duration.ofMillis(20));
  }

  /** The seeded contacts' ids, oldest first. */
  List<String> contactIds(int count) {
    return java.util.stream.IntStream.range(0, count).mapToObj(location::seededContactId).toList();
  }

  /** GHL's tasks of a contact. */
  List<Map<String, Object>> ghlTasks(String contactId) {
    return location.tasks(contactId);
  }

  /** Target write actions onOffice received (create, modify, delete). */
  long onOfficeWrites() {
    return onOffice.receivedActions().stream()
        .filter(a -> a.errorCode() == 0)
        .filter(a -> !a.action().equals("read") && !a.action().equals("get"))
        .count();
  }

  @Override
  public void close() {
    ghl.close();
    onOffice.close();
    optmyzr.close();
  }
}
