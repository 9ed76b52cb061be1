package io.ghlsync.examples.demo;

import io.ghlsync.core.HttpObserver;
import io.ghlsync.core.RateLimitConfig;
import io.ghlsync.core.Secret;
import io.ghlsync.ghl.GhlClient;
import io.ghlsync.micrometer.HttpMetrics;
import io.ghlsync.onoffice.OnOfficeClient;
import io.ghlsync.optmyzr.OptmyzrClient;
import io.ghlsync.testkit.ghl.FakeGhl;
import io.ghlsync.testkit.ghl.FakeGhlLocation;
import io.ghlsync.testkit.onoffice.FakeOnOffice;
import io.ghlsync.testkit.optmyzr.FakeOptmyzr;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The embedded sandbox: the testkit's fake GHL, onOffice and Optmyzr servers on loopback, a GHL
 * location seeded with realistic contacts, tasks and notes, and real clients pointed at them.
 *
 * <p>The engine reads GHL with a read-only token (least privilege); a second, writing token plays
 * the GHL user whose edits arrive as webhooks. One seeded contact already exists in onOffice, so
 * the duplicate search links it instead of creating a second address.
 */
final class DemoSandbox implements AutoCloseable {
  /** The sandbox's GHL location id. */
  static final String LOCATION = "DemoLocation0000001a";

  /**
   * Burst limit of the sandbox services. Real GHL allows 100 requests per 10 s per location; the
   * sandbox allows more so the demo finishes in seconds. The clients follow the rate-limit headers
   * either way.
   */
  private static final int REQUESTS_PER_WINDOW = 2_000;

  /**
   * {@code -Dghlsync.demo.logBodies=true} logs every (redacted) body at DEBUG; the privacy test
   * runs the demo so, with every logger at TRACE.
   */
  private static final boolean LOG_BODIES = Boolean.getBoolean("ghlsync.demo.logBodies");

  private static final Duration WINDOW = Duration.ofSeconds(10);

  /** The run's meters (ghlsync-micrometer); the demo ends with their summary. */
  final SimpleMeterRegistry metrics = new SimpleMeterRegistry();

  /** Observes the engine's clients (not the editor's: that is the GHL user, not the SDK). */
  private final HttpMetrics http = new HttpMetrics(metrics);

  final FakeGhl ghl;
  final FakeGhlLocation location;
  final GhlClient engineClient;
  final GhlClient editorClient;
  final FakeOnOffice onOffice;
  final OnOfficeClient onOfficeClient;
  final FakeOptmyzr optmyzr;
  final OptmyzrClient optmyzrClient;
  final int contacts;
  final long preExistingAddressId;

  private DemoSandbox(int contacts) {
    this.contacts = contacts;
    ghl = FakeGhl.builder().seed(42).rateLimit(REQUESTS_PER_WINDOW, WINDOW).start();
    location = ghl.location(LOCATION).seedContacts(contacts);
    engineClient = ghlClient(true, location.privateToken("contacts.readonly"), "contacts.readonly");
    editorClient =
        ghlClient(
            false,
            location.privateToken("contacts.readonly", "contacts.write"),
            "contacts.readonly",
            "contacts.write");
    onOffice = FakeOnOffice.start();
    onOfficeClient =
        OnOfficeClient.builder()
            .baseUrl(onOffice.url())
            .token(onOffice.token())
            .secret(onOffice.secret())
            .config(c -> c.logBodies(LOG_BODIES).observer(http))
            .build();
    optmyzr = FakeOptmyzr.builder().rateLimit(REQUESTS_PER_WINDOW, WINDOW).start();
    optmyzrClient =
        OptmyzrClient.builder()
            .contractBaseUrl(optmyzr.baseUrl())
            .apiKey(Secret.of(optmyzr.apiKey(), "apiKey"))
            .config(
                c ->
                    c.rateLimit(RateLimitConfig.perWindow(REQUESTS_PER_WINDOW, WINDOW))
                        .logBodies(LOG_BODIES)
                        .observer(http))
            .build();
    Map<String, Object> first = location.contact(location.seededContactId(0)).orElseThrow();
    preExistingAddressId =
        onOffice
            .store()
            .seedAddress(
                Map.of(
                    "Vorname", String.valueOf(first.get("firstName")),
                    "Name", String.valueOf(first.get("lastName")),
                    "email", String.valueOf(first.get("email"))));
  }

  /**
   * Starts the fake services and seeds the location.
   *
   * @param contacts how many GHL contacts to seed
   * @return the running sandbox
   */
  static DemoSandbox start(int contacts) {
    if (contacts < 1) {
      throw new IllegalArgumentException("contacts must be at least 1: " + contacts);
    }
    return new DemoSandbox(contacts);
  }

  private GhlClient ghlClient(boolean observed, String token, String... scopes) {
    return GhlClient.builder()
        .baseUrl(ghl.baseUrl())
        .privateIntegrationToken(token)
        .locationId(LOCATION)
        .grantedScopes(scopes)
        .rateLimit(RateLimitConfig.perWindow(REQUESTS_PER_WINDOW, WINDOW))
        .config(c -> c.logBodies(LOG_BODIES).observer(observed ? http : HttpObserver.NONE))
        .build();
  }

  /**
   * The seeded contact ids, oldest first.
   *
   * @return the ids
   */
  List<String> contactIds() {
    return IntStream.range(0, contacts).mapToObj(location::seededContactId).toList();
  }

  /**
   * The contact the webhook steps change: the first with an open task and a note.
   *
   * @return the GHL contact id
   */
  String storyContact() {
    List<String> ids = contactIds();
    return ids.stream()
        .skip(1)
        .filter(id -> !location.notes(id).isEmpty())
        .filter(
            id ->
                location.tasks(id).stream().anyMatch(t -> !Boolean.TRUE.equals(t.get("completed"))))
        .findFirst()
        .orElseThrow(
            () -> new IllegalStateException("no seeded contact has an open task and a note"));
  }

  /**
   * What the location was seeded with.
   *
   * @param contacts seeded contacts
   * @param tasks their tasks
   * @param notes their notes
   */
  record Seeded(int contacts, int tasks, int notes) {}

  /**
   * Counts the seeded contacts, tasks and notes.
   *
   * @return the counts
   */
  Seeded seeded() {
    int tasks = 0;
    int notes = 0;
    for (String id : contactIds()) {
      tasks += location.tasks(id).size();
      notes += location.notes(id).size();
    }
    return new Seeded(contacts, tasks, notes);
  }

  @Override
  public void close() {
    ghl.close();
    onOffice.close();
    optmyzr.close();
  }
}
