package io.ghlsync.sync;

import io.ghlsync.core.RetryConfig;
import io.ghlsync.core.Secret;
import io.ghlsync.ghl.GhlClient;
import io.ghlsync.optmyzr.OptmyzrClient;
import io.ghlsync.sync.mapping.DefaultMappings;
import io.ghlsync.sync.optmyzr.OptmyzrTarget;
import io.ghlsync.sync.store.SyncStore;
import io.ghlsync.sync.testing.GhlSandbox;
import io.ghlsync.testkit.ghl.FakeGhlLocation;
import io.ghlsync.testkit.optmyzr.FakeOptmyzr;
import java.time.Duration;
import java.util.List;

/** The fake GHL and Optmyzr on loopback, with real clients pointed at them. */
final class Sandbox implements AutoCloseable {
  static final String LOCATION = GhlSandbox.LOCATION;

  final GhlSandbox ghlSide;
  final FakeGhlLocation location;
  final GhlClient ghlClient;
  final SyncStore store;
  final FakeOptmyzr optmyzr;
  final OptmyzrClient optmyzrClient;

  Sandbox(int seededContacts) {
    this(new GhlSandbox(seededContacts, 1_000_000), false);
  }

  /** Seeds contacts with exactly so many tasks and notes each. */
  static Sandbox withChildren(int seededContacts, int tasksPerContact, int notesPerContact) {
    return new Sandbox(
        new GhlSandbox(seededContacts, 1_000_000, tasksPerContact, notesPerContact), true);
  }

  private Sandbox(GhlSandbox ghlSide, boolean bigRun) {
    this.ghlSide = ghlSide;
    location = ghlSide.location;
    ghlClient = ghlSide.ghlClient;
    store = ghlSide.store;
    // The big runs lift Optmyzr's 100-per-10-s limit; the others keep it.
    optmyzr =
        bigRun
            ? FakeOptmyzr.builder().rateLimit(1_000_000, Duration.ofSeconds(10)).start()
            : FakeOptmyzr.start();
    optmyzrClient =
        OptmyzrClient.builder()
            .contractBaseUrl(optmyzr.baseUrl())
            .apiKey(Secret.of(optmyzr.apiKey(), "apiKey"))
            .config(
                c -> c.retry(new RetryConfig(2, Duration.ofMillis(5), Duration.ofMillis(20), 0.1)))
            .build();
  }

  SyncEngineBuilder optmyzrEngine() {
    return ghlSide
        .engine()
        .target(OptmyzrTarget.builder(optmyzrClient).build())
        .mapping(DefaultMappings.optmyzr());
  }

  /** The seeded contacts' ids, oldest first. */
  List<String> contactIds(int count) {
    return ghlSide.contactIds(count);
  }

  @Override
  public void close() {
    ghlSide.close();
    optmyzr.close();
  }
}
