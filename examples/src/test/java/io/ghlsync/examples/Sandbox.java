package io.ghlsync.examples;

import io.ghlsync.core.RetryConfig;
import io.ghlsync.core.Secret;
import io.ghlsync.onoffice.OnOfficeClient;
import io.ghlsync.optmyzr.OptmyzrClient;
import io.ghlsync.sync.SyncEngineBuilder;
import io.ghlsync.sync.mapping.DefaultMappings;
import io.ghlsync.sync.onoffice.OnOfficeTarget;
import io.ghlsync.sync.optmyzr.OptmyzrTarget;
import io.ghlsync.sync.store.SyncStore;
import io.ghlsync.sync.testing.GhlSandbox;
import io.ghlsync.testkit.onoffice.FakeOnOffice;
import io.ghlsync.testkit.optmyzr.FakeOptmyzr;
import java.time.Duration;
import java.util.List;

/** The fake GHL, onOffice and Optmyzr on loopback, with real clients pointed at them. */
final class Sandbox implements AutoCloseable {
  private static final RetryConfig FAST_CLIENT_RETRY =
      new RetryConfig(2, Duration.ofMillis(5), Duration.ofMillis(20), 0.1);

  final GhlSandbox ghlSide;
  final SyncStore store;
  final FakeOnOffice onOffice;
  final OnOfficeClient onOfficeClient;
  final FakeOptmyzr optmyzr;
  final OptmyzrClient optmyzrClient;

  Sandbox(int seededContacts) {
    ghlSide = new GhlSandbox(seededContacts, 1_000_000);
    store = ghlSide.store;
    onOffice = FakeOnOffice.start();
    onOfficeClient =
        OnOfficeClient.builder()
            .baseUrl(onOffice.url())
            .token(onOffice.token())
            .secret(onOffice.secret())
            .maxActionsPerRequest(100)
            .config(c -> c.retry(FAST_CLIENT_RETRY).okHttpClient(GhlSandbox.HOST_CLIENT))
            .build();
    optmyzr = FakeOptmyzr.start();
    optmyzrClient =
        OptmyzrClient.builder()
            .contractBaseUrl(optmyzr.baseUrl())
            .apiKey(Secret.of(optmyzr.apiKey(), "apiKey"))
            .config(c -> c.retry(FAST_CLIENT_RETRY))
            .build();
  }

  SyncEngineBuilder onOfficeEngine() {
    return ghlSide
        .engine()
        .target(OnOfficeTarget.builder(onOfficeClient).build())
        .mapping(DefaultMappings.onOffice());
  }

  SyncEngineBuilder optmyzrEngine() {
    return ghlSide
        .engine()
        .target(OptmyzrTarget.builder(optmyzrClient).build())
        .mapping(DefaultMappings.optmyzr());
  }

  List<String> contactIds(int count) {
    return ghlSide.contactIds(count);
  }

  @Override
  public void close() {
    ghlSide.close();
    onOffice.close();
    optmyzr.close();
  }
}
