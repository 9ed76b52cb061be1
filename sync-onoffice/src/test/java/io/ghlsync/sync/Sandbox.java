package io.ghlsync.sync;

import io.ghlsync.core.RetryConfig;
import io.ghlsync.ghl.GhlClient;
import io.ghlsync.onoffice.OnOfficeClient;
import io.ghlsync.sync.mapping.DefaultMappings;
import io.ghlsync.sync.onoffice.OnOfficeTarget;
import io.ghlsync.sync.store.SyncStore;
import io.ghlsync.sync.testing.GhlSandbox;
import io.ghlsync.testkit.ghl.FakeGhl;
import io.ghlsync.testkit.ghl.FakeGhlLocation;
import io.ghlsync.testkit.onoffice.FakeOnOffice;
import java.time.Duration;
import java.util.List;

/** The fake GHL and onOffice on loopback, with real clients pointed at them. */
final class Sandbox implements AutoCloseable {
  static final String LOCATION = GhlSandbox.LOCATION;

  final GhlSandbox ghlSide;
  final FakeGhl ghl;
  final FakeGhlLocation location;
  final GhlClient ghlClient;
  final SyncStore store;
  final FakeOnOffice onOffice;
  final OnOfficeClient onOfficeClient;

  Sandbox(int seededContacts) {
    this(seededContacts, 1_000_000);
  }

  Sandbox(int seededContacts, int ghlRequestsPerWindow) {
    this(new GhlSandbox(seededContacts, ghlRequestsPerWindow));
  }

  /** Seeds contacts with exactly so many tasks and notes each. */
  static Sandbox withChildren(int seededContacts, int tasksPerContact, int notesPerContact) {
    return new Sandbox(new GhlSandbox(seededContacts, 1_000_000, tasksPerContact, notesPerContact));
  }

  private Sandbox(GhlSandbox ghlSide) {
    this.ghlSide = ghlSide;
    ghl = ghlSide.ghl;
    location = ghlSide.location;
    ghlClient = ghlSide.ghlClient;
    store = ghlSide.store;
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
                        .okHttpClient(GhlSandbox.HOST_CLIENT))
            .build();
  }

  SyncEngineBuilder onOfficeEngine() {
    return ghlSide
        .engine()
        .target(OnOfficeTarget.builder(onOfficeClient).build())
        .mapping(DefaultMappings.onOffice());
  }

  /** The seeded contacts' ids, oldest first. */
  List<String> contactIds(int count) {
    return ghlSide.contactIds(count);
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
    ghlSide.close();
    onOffice.close();
  }
}
