package io.ghlsync.core.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.ghlsync.core.ErrorDetails;
import io.ghlsync.core.Secret;
import io.ghlsync.core.ServerException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RefreshingTokenProviderTest {
  private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  /** Plays a token endpoint with single-use refresh tokens. */
  private static final class RotatingServer implements TokenRefresher {
    final AtomicInteger calls = new AtomicInteger();
    volatile String validRefresh = "rt-0";
    volatile RuntimeException failWith;

    @Override
    public StoredToken refresh(TokenKey key, StoredToken current) {
      int n = calls.incrementAndGet();
      sleep(50);
      if (failWith != null) {
        throw failWith;
      }
      String presented = current.refreshToken().orElseThrow().reveal();
      if (!presented.equals(validRefresh)) {
        throw new TokenRefreshException(
            key, TokenRefreshException.Reason.INVALID_GRANT, 400, null, "invalid_grant", List.of());
      }
      validRefresh = "rt-" + n;
      return Tokens.token("at-" + n, validRefresh, NOW.plusSeconds(86399));
    }
  }

  private final InMemoryTokenStore store = new InMemoryTokenStore();
  private final RotatingServer server = new RotatingServer();

  private RefreshingTokenProvider provider() {
    return RefreshingTokenProvider.builder(store, Tokens.KEY, server).clock(CLOCK).build();
  }

  @Test
  void refreshesOnceWhenManyThreadsSeeAnExpiredToken() throws Exception {
    store.save(Tokens.KEY, Tokens.token("at-0", "rt-0", NOW.minusSeconds(1)));
    RefreshingTokenProvider provider = provider();
    ExecutorService pool = Executors.newFixedThreadPool(32);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Secret>> results = new ArrayList<>();
    for (int i = 0; i < 32; i++) {
      results.add(
          pool.submit(
              () -> {
                start.await();
                return provider.accessToken();
              }));
    }
    start.countDown();
    for (Future<Secret> r : results) {
      assertThat(r.get().reveal()).isEqualTo("at-1");
    }
    pool.shutdown();

    assertThat(server.calls).hasValue(1);
    assertThat(store.load(Tokens.KEY).orElseThrow().refreshToken().orElseThrow().reveal())
        .isEqualTo("rt-1");
  }

  @Test
  void refreshesProactivelyWithinTheSkewAndNotBefore() {
    store.save(Tokens.KEY, Tokens.token("at-0", "rt-0", NOW.plusSeconds(90)));
    RefreshingTokenProvider lenient =
        RefreshingTokenProvider.builder(store, Tokens.KEY, server)
            .clock(CLOCK)
            .refreshSkew(Duration.ofSeconds(30))
            .build();
    assertThat(lenient.accessToken().reveal()).isEqualTo("at-0");
    assertThat(server.calls).hasValue(0);

    RefreshingTokenProvider eager =
        RefreshingTokenProvider.builder(store, Tokens.KEY, server)
            .clock(CLOCK)
            .refreshSkew(Duration.ofMinutes(2))
            .build();
    assertThat(eager.accessToken().reveal()).isEqualTo("at-1");
    assertThat(eager.accessToken().reveal()).isEqualTo("at-1");
    assertThat(server.calls).hasValue(1);
  }

  @Test
  void aRejectedTokenIsRefreshedOnlyIfItIsStillTheCurrentOne() {
    store.save(Tokens.KEY, Tokens.token("at-0", "rt-0", NOW.plusSeconds(3600)));
    RefreshingTokenProvider provider = provider();
    Secret first = provider.accessToken();

    Optional<Secret> fresh = provider.refreshAfterRejection(first);
    Optional<Secret> again = provider.refreshAfterRejection(first);

    assertThat(fresh.orElseThrow().reveal()).isEqualTo("at-1");
    assertThat(again.orElseThrow().reveal()).isEqualTo("at-1");
    assertThat(server.calls).hasValue(1);
  }

  @Test
  void aRefusedRefreshIsRememberedWithoutRetryStormAndTheStoredTokenIsKept() {
    StoredToken consumed = Tokens.token("at-0", "rt-used", NOW.minusSeconds(5));
    store.save(Tokens.KEY, consumed);
    RefreshingTokenProvider provider = provider();

    for (int i = 0; i < 5; i++) {
      assertThatThrownBy(provider::accessToken)
          .isInstanceOf(TokenRefreshException.class)
          .hasMessageContaining("re-authorise")
          .hasMessageNotContaining("rt-used");
    }

    assertThat(server.calls).hasValue(1);
    assertThat(store.load(Tokens.KEY)).contains(consumed);
    Throwable later = catchThrowable(provider::accessToken);
    assertThat(later.getCause()).isInstanceOf(TokenRefreshException.class);
    assertThat(later).hasMessage(later.getCause().getMessage());

    // The user authorises again: the new pair is picked up without restarting.
    store.save(Tokens.KEY, Tokens.token("at-new", "rt-0", NOW.minusSeconds(1)));
    assertThat(provider.accessToken().reveal()).isEqualTo("at-2");
    assertThat(server.calls).hasValue(2);
  }

  @Test
  void waitersShareATransientFailureInsteadOfRepeatingIt() throws Exception {
    store.save(Tokens.KEY, Tokens.token("at-0", "rt-0", NOW.minusSeconds(1)));
    server.failWith =
        new ServerException(new ErrorDetails(503, null, List.of(), null, null, "x"), null);
    RefreshingTokenProvider provider = provider();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Secret>> results = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      results.add(
          pool.submit(
              () -> {
                start.await();
                return provider.accessToken();
              }));
    }
    start.countDown();
    int failures = 0;
    for (Future<Secret> r : results) {
      try {
        r.get();
      } catch (ExecutionException e) {
        assertThat(e.getCause()).isInstanceOf(ServerException.class);
        failures++;
      }
    }
    pool.shutdown();

    assertThat(failures).isEqualTo(8);
    assertThat(server.calls.get()).isLessThan(8);
    server.failWith = null;
    assertThat(provider.accessToken().reveal()).startsWith("at-");
  }

  @Test
  void aTokenRefreshedByAnotherProcessIsUsedWhenOurRefreshIsRefused() {
    store.save(Tokens.KEY, Tokens.token("at-0", "rt-0", NOW.minusSeconds(1)));
    TokenRefresher racing =
        (key, current) -> {
          // Meanwhile another process refreshed and stored its pair, consuming rt-0.
          store.save(key, Tokens.token("at-other", "rt-other", NOW.plusSeconds(3600)));
          throw new TokenRefreshException(
              key,
              TokenRefreshException.Reason.INVALID_GRANT,
              400,
              null,
              "invalid_grant",
              List.of());
        };
    RefreshingTokenProvider provider =
        RefreshingTokenProvider.builder(store, Tokens.KEY, racing).clock(CLOCK).build();

    assertThat(provider.accessToken().reveal()).isEqualTo("at-other");
  }

  @Test
  void aNewTokenThatCannotBeSavedIsNotUsedUntilItIsSaved() {
    store.save(Tokens.KEY, Tokens.token("at-0", "rt-0", NOW.minusSeconds(1)));
    AtomicInteger failingSaves = new AtomicInteger(1);
    TokenStore flaky =
        new TokenStore() {
          @Override
          public Optional<StoredToken> load(TokenKey key) {
            return store.load(key);
          }

          @Override
          public void save(TokenKey key, StoredToken token) {
            if (failingSaves.getAndDecrement() > 0) {
              throw new TokenStoreException("disk full", null);
            }
            store.save(key, token);
          }

          @Override
          public void delete(TokenKey key) {
            store.delete(key);
          }

          @Override
          public Set<TokenKey> keys() {
            return store.keys();
          }
        };
    RefreshingTokenProvider provider =
        RefreshingTokenProvider.builder(flaky, Tokens.KEY, server).clock(CLOCK).build();

    assertThatThrownBy(provider::accessToken)
        .isInstanceOf(TokenStoreException.class)
        .hasMessageContaining("could not save it");
    assertThat(store.load(Tokens.KEY).orElseThrow().accessToken().reveal()).isEqualTo("at-0");

    assertThat(provider.accessToken().reveal()).isEqualTo("at-1");
    assertThat(store.load(Tokens.KEY).orElseThrow().accessToken().reveal()).isEqualTo("at-1");
    assertThat(server.calls).hasValue(1);
  }

  @Test
  void withoutAStoredTokenItAcquiresOneOrSaysToAuthorise() {
    RefreshingTokenProvider none = provider();
    assertThatThrownBy(none::accessToken)
        .isInstanceOf(TokenRefreshException.class)
        .hasMessageContaining("run the authorization flow first")
        .satisfies(
            e ->
                assertThat(((TokenRefreshException) e).reason())
                    .isEqualTo(TokenRefreshException.Reason.NOT_AUTHORISED));

    TokenRefresher derived =
        new TokenRefresher() {
          @Override
          public StoredToken refresh(TokenKey key, StoredToken current) {
            throw new AssertionError("not expected");
          }

          @Override
          public Optional<StoredToken> acquire(TokenKey key) {
            return Optional.of(
                StoredToken.builder(Secret.of("at-derived", "t"))
                    .expiresAt(NOW.plusSeconds(60))
                    .scopes(Set.of("contacts.readonly"))
                    .build());
          }
        };
    RefreshingTokenProvider acquiring =
        RefreshingTokenProvider.builder(store, Tokens.KEY, derived)
            .clock(CLOCK)
            .refreshSkew(Duration.ZERO)
            .build();
    assertThat(acquiring.accessToken().reveal()).isEqualTo("at-derived");
    assertThat(acquiring.grantedScopes()).contains(Set.of("contacts.readonly"));
    assertThat(store.load(Tokens.KEY)).isPresent();
  }

  @Test
  void grantedScopesComeFromTheStoredTokenAndToStringHidesTokens() {
    store.save(Tokens.KEY, Tokens.token("at-0", "rt-0", NOW.plusSeconds(3600)));
    RefreshingTokenProvider provider = provider();

    assertThat(provider.grantedScopes()).contains(Set.of("contacts.readonly", "contacts.write"));
    assertThat(provider.key()).isEqualTo(Tokens.KEY);
    assertThat(provider.toString()).doesNotContain("at-0").doesNotContain("rt-0");
    assertThat(provider.token().toString()).doesNotContain("at-0").doesNotContain("rt-0");
    assertThatThrownBy(
            () ->
                RefreshingTokenProvider.builder(store, Tokens.KEY, server)
                    .refreshSkew(Duration.ofSeconds(-1)))
        .hasMessageContaining("refreshSkew");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
