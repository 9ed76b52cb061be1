package io.ghlsync.sync.testing;

import io.ghlsync.core.RateLimitConfig;
import io.ghlsync.core.RetryConfig;
import io.ghlsync.ghl.GhlClient;
import io.ghlsync.sync.SyncEngine;
import io.ghlsync.sync.SyncEngineBuilder;
import io.ghlsync.sync.store.InMemorySyncStore;
import io.ghlsync.sync.store.SyncStore;
import io.ghlsync.testkit.ghl.FakeGhl;
import io.ghlsync.testkit.ghl.FakeGhlLocation;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import okhttp3.OkHttpClient;

/**
 * The GHL side of an engine test: the fake GHL on loopback with one seeded location, a real {@link
 * GhlClient} pointed at it, and an in-memory store. Connector modules add their CRM's fake next to
 * it; {@link #engine()} is an engine builder with everything but the target and mapping.
 */
public final class GhlSandbox implements AutoCloseable {
  /** The seeded location's id. */
  public static final String LOCATION = "sandboxLocation000001";

  /** Fast retries so fault tests finish quickly. */
  public static final RetryConfig FAST_RETRY =
      new RetryConfig(4, Duration.ofMillis(5), Duration.ofMillis(40), 0.2);

  /**
   * A host's own OkHttpClient with OkHttp's silent retry on: client-core switches it off for every
   * client it derives (a silent retry of a processed POST doubled onOffice creates), which the
   * fault tests rely on.
   */
  public static final OkHttpClient HOST_CLIENT =
      new OkHttpClient.Builder().retryOnConnectionFailure(true).build();

  /** The fake GHL server. */
  public final FakeGhl ghl;

  /** The seeded location. */
  public final FakeGhlLocation location;

  /** A real client of the fake, with the location's private-integration token. */
  public final GhlClient ghlClient;

  /** The store engines built by {@link #engine()} share. */
  public final SyncStore store = new InMemorySyncStore();

  /**
   * Seeds contacts with GHL's default children.
   *
   * @param seededContacts how many contacts to seed
   * @param ghlRequestsPerWindow the fake's rate limit per 30 s
   */
  public GhlSandbox(int seededContacts, int ghlRequestsPerWindow) {
    this(seededContacts, ghlRequestsPerWindow, -1, -1);
  }

  /**
   * Seeds contacts with exactly so many tasks and notes each ({@code -1}: the fake's default).
   *
   * @param seededContacts how many contacts to seed
   * @param ghlRequestsPerWindow the fake's rate limit per 30 s
   * @param tasksPerContact tasks per contact, or -1
   * @param notesPerContact notes per contact, or -1
   */
  public GhlSandbox(
      int seededContacts, int ghlRequestsPerWindow, int tasksPerContact, int notesPerContact) {
    this(seededContacts, ghlRequestsPerWindow, tasksPerContact, notesPerContact, false);
  }

  /**
   * Seeds contacts with exactly so many tasks and notes each, with a token that may also search the
   * location's tasks ({@code locations/tasks.readonly}) if asked.
   *
   * @param seededContacts how many contacts to seed
   * @param ghlRequestsPerWindow the fake's rate limit per 30 s
   * @param tasksPerContact tasks per contact, or -1
   * @param notesPerContact notes per contact, or -1
   * @param taskSearch whether the token and client have the task-search scope
   */
  public GhlSandbox(
      int seededContacts,
      int ghlRequestsPerWindow,
      int tasksPerContact,
      int notesPerContact,
      boolean taskSearch) {
    ghl =
        FakeGhl.builder().seed(42).rateLimit(ghlRequestsPerWindow, Duration.ofSeconds(30)).start();
    location =
        tasksPerContact < 0
            ? ghl.location(LOCATION).seedContacts(seededContacts)
            : ghl.location(LOCATION).seedContacts(seededContacts, tasksPerContact, notesPerContact);
    String[] scopes =
        taskSearch
            ? new String[] {"contacts.readonly", "contacts.write", "locations/tasks.readonly"}
            : new String[] {"contacts.readonly", "contacts.write"};
    String token = location.privateToken(scopes);
    ghlClient =
        GhlClient.builder()
            .baseUrl(ghl.baseUrl())
            .privateIntegrationToken(token)
            .locationId(LOCATION)
            .grantedScopes(scopes)
            .rateLimit(RateLimitConfig.perWindow(1_000_000, Duration.ofSeconds(10)))
            .retry(new RetryConfig(3, Duration.ofMillis(5), Duration.ofMillis(20), 0.1))
            .build();
  }

  /**
   * An engine builder on this sandbox's GHL client and store, with fast retries and polling; the
   * caller sets the target and mapping.
   *
   * @return the builder
   */
  public SyncEngineBuilder engine() {
    return SyncEngine.builder()
        .ghl(ghlClient)
        .store(store)
        .retry(FAST_RETRY)
        .leaseDuration(Duration.ofSeconds(30))
        .idlePoll(Duration.ofMillis(20));
  }

  /**
   * The seeded contacts' ids, oldest first.
   *
   * @param count how many
   * @return the ids
   */
  public List<String> contactIds(int count) {
    return IntStream.range(0, count).mapToObj(location::seededContactId).toList();
  }

  @Override
  public void close() {
    ghl.close();
  }
}
