package io.ghlsync.ghl.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghlsync.core.ApiException;
import io.ghlsync.core.NetworkException;
import io.ghlsync.core.RateLimitException;
import io.ghlsync.core.Secret;
import io.ghlsync.core.ServerException;
import io.ghlsync.core.token.InMemoryTokenStore;
import io.ghlsync.core.token.RefreshingTokenProvider;
import io.ghlsync.core.token.StoredToken;
import io.ghlsync.core.token.TokenKey;
import io.ghlsync.core.token.TokenRefreshException;
import io.ghlsync.core.token.TokenRefreshException.Reason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GhlTokenRefreshTest {
  private static final TokenKey LOCATION = new TokenKey(FakeGhlOAuthServer.CLIENT_ID, "loc-1");
  private static final TokenKey COMPANY = new TokenKey(FakeGhlOAuthServer.CLIENT_ID, "company-1");

  private final MockWebServer server = new MockWebServer();
  private final FakeGhlOAuthServer ghl = new FakeGhlOAuthServer();
  private final InMemoryTokenStore store = new InMemoryTokenStore();
  private GhlOAuth oauth;

  @BeforeEach
  void start() throws Exception {
    server.setDispatcher(ghl);
    server.start();
    oauth = GhlOAuthFlowTest.oauth(server.url("/"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private StoredToken stored(String access, String refresh, Instant expiresAt, String userType) {
    StoredToken.Builder b =
        StoredToken.builder(Secret.of(access, "a"))
            .refreshToken(Secret.of(refresh, "r"))
            .expiresAt(expiresAt)
            .scopes(Set.of("contacts.readonly", "oauth.readonly", "oauth.write"))
            .userType(userType)
            .companyId("company-1")
            .attribute("userId", "user-1");
    return "Location".equals(userType) ? b.locationId("loc-1").build() : b.build();
  }

  private StoredToken expiredLocationToken() {
    ghl.issued("loc-1", "AT-old", "RT-old");
    StoredToken token = stored("AT-old", "RT-old", Instant.now().minusSeconds(10), "Location");
    store.save(LOCATION, token);
    return token;
  }

  @Test
  void refreshesOnceWhenManyThreadsSeeAnExpiredToken() throws Exception {
    expiredLocationToken();
    ghl.tokenDelayMillis = 100;
    RefreshingTokenProvider provider = oauth.tokenProvider(store, LOCATION);
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
    Set<String> seen = new HashSet<>();
    for (Future<Secret> r : results) {
      seen.add(r.get(10, TimeUnit.SECONDS).reveal());
    }
    pool.shutdown();

    assertThat(ghl.tokenCalls).hasValue(1);
    assertThat(seen).containsExactly("AT-loc-1-1");
    StoredToken now = store.load(LOCATION).orElseThrow();
    assertThat(now.refreshToken().orElseThrow().reveal()).isEqualTo("RT-loc-1-1");
    assertThat(ghl.currentRefresh("loc-1")).isEqualTo("RT-loc-1-1");
  }

  @Test
  void anExpiredTokenIsRefreshedProactivelyWithTheFormGhlExpects() {
    expiredLocationToken();

    Secret fresh = oauth.tokenProvider(store, LOCATION).accessToken();

    assertThat(fresh.reveal()).isEqualTo("AT-loc-1-1");
    assertThat(ghl.tokenForms.get(0))
        .containsEntry("grant_type", "refresh_token")
        .containsEntry("refresh_token", "RT-old")
        .containsEntry("user_type", "Location")
        .containsEntry("client_id", FakeGhlOAuthServer.CLIENT_ID)
        .containsEntry("client_secret", FakeGhlOAuthServer.CLIENT_SECRET);
    StoredToken now = store.load(LOCATION).orElseThrow();
    assertThat(now.scopes()).containsExactlyInAnyOrder("contacts.readonly", "contacts.write");
    assertThat(now.locationId()).contains("loc-1");
    assertThat(now.attributes()).containsEntry("userId", "user-1");
  }

  @Test
  void a401RefreshesOnceAndTheRequestIsRetriedWithTheNewToken() throws Exception {
    ghl.issued("company-1", "AT-c", "RT-c");
    store.save(COMPANY, stored("AT-c", "RT-c", Instant.now().plusSeconds(3600), "Company"));
    ghl.expireAccess("company-1");
    OAuthService service = oauth.agency(oauth.tokenProvider(store, COMPANY));

    InstalledLocations page =
        service.installedLocations(InstalledLocationsQuery.builder("company-1", "app-1").build());

    assertThat(page.locations()).hasSize(1);
    assertThat(ghl.tokenCalls).hasValue(1);
    assertThat(ghl.tokenForms.get(0)).containsEntry("user_type", "Company");
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer AT-c");
    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/oauth/token");
    assertThat(server.takeRequest().getHeaders().get("Authorization"))
        .isEqualTo("Bearer AT-company-1-1");
    assertThat(store.load(COMPANY).orElseThrow().accessToken().reveal())
        .isEqualTo("AT-company-1-1");
  }

  @Test
  void invalidGrantRaisesTokenRefreshExceptionOnceAndKeepsTheStoredPair() {
    StoredToken consumed = stored("AT-x", "RT-consumed", Instant.now().minusSeconds(1), "Location");
    store.save(LOCATION, consumed);
    RefreshingTokenProvider provider = oauth.tokenProvider(store, LOCATION);

    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(provider::accessToken)
          .isInstanceOfSatisfying(
              TokenRefreshException.class,
              e -> {
                assertThat(e.reason()).isEqualTo(Reason.INVALID_GRANT);
                assertThat(e.statusCode()).isEqualTo(400);
                assertThat(e.key()).isEqualTo(LOCATION);
                assertThat(e.isRetryable()).isFalse();
              })
          .hasMessageContaining("invalid_grant")
          .hasMessageContaining("re-install the app")
          .hasMessageNotContaining("RT-consumed")
          .hasMessageNotContaining(FakeGhlOAuthServer.CLIENT_SECRET);
    }

    assertThat(ghl.tokenCalls).hasValue(1);
    assertThat(store.load(LOCATION)).contains(consumed);
  }

  @Test
  void locationNotActiveSaysToReactivateAndReinstall() {
    expiredLocationToken();
    ghl.nextTokenFailure =
        FakeGhlOAuthServer.json(400, "{\"statusCode\":400,\"message\":\"Location is not active\"}");

    assertThatThrownBy(() -> oauth.tokenProvider(store, LOCATION).accessToken())
        .isInstanceOfSatisfying(
            TokenRefreshException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.RESOURCE_INACTIVE))
        .hasMessageContaining("Location is not active")
        .hasMessageContaining("re-activate");
  }

  @Test
  void rejectedClientCredentialsSayToCheckThem() {
    expiredLocationToken();
    GhlOAuth wrong =
        GhlOAuth.builder(FakeGhlOAuthServer.CLIENT_ID, Secret.of("WRONG-SECRET", "s"))
            .baseUrl(server.url("/").toString())
            .build();

    assertThatThrownBy(() -> wrong.tokenProvider(store, LOCATION).accessToken())
        .isInstanceOfSatisfying(
            TokenRefreshException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_CLIENT))
        .hasMessageNotContaining("WRONG-SECRET");
  }

  @Test
  void transientTokenEndpointFailuresAreRetryableAndKeepTheStoredPair() {
    StoredToken original = expiredLocationToken();
    RefreshingTokenProvider provider = oauth.tokenProvider(store, LOCATION);

    ghl.nextTokenFailure = FakeGhlOAuthServer.json(503, "{\"message\":\"busy\"}");
    assertThatThrownBy(provider::accessToken)
        .isInstanceOf(ServerException.class)
        .satisfies(e -> assertThat(((ApiException) e).isRetryable()).isTrue());
    ghl.nextTokenFailure =
        new MockResponse.Builder()
            .code(429)
            .addHeader("X-RateLimit-Daily-Remaining", "0")
            .body("{}")
            .build();
    assertThatThrownBy(provider::accessToken)
        .isInstanceOfSatisfying(
            RateLimitException.class, e -> assertThat(e.isDailyBudgetExhausted()).isTrue());
    assertThat(store.load(LOCATION)).contains(original);

    // A plain 429 means "not processed": the stack repeats it, and the refresh then succeeds.
    ghl.nextTokenFailure =
        new MockResponse.Builder()
            .code(429)
            .addHeader("X-RateLimit-Interval-Milliseconds", "10")
            .body("{}")
            .build();
    assertThat(provider.accessToken().reveal()).isEqualTo("AT-loc-1-1");
    assertThat(ghl.tokenCalls).hasValue(4);
  }

  @Test
  void anUnreadableOrUnreachableTokenEndpointFailsClearly() {
    expiredLocationToken();
    ghl.nextTokenFailure = FakeGhlOAuthServer.json(200, "<html>maintenance</html>");
    assertThatThrownBy(() -> oauth.tokenProvider(store, LOCATION).accessToken())
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("unreadable token response");

    ghl.nextTokenFailure = FakeGhlOAuthServer.json(200, "{\"token_type\":\"Bearer\"}");
    assertThatThrownBy(() -> oauth.tokenProvider(store, LOCATION).accessToken())
        .hasMessageContaining("no access_token");

    server.close();
    assertThatThrownBy(() -> oauth.tokenProvider(store, LOCATION).accessToken())
        .isInstanceOf(NetworkException.class)
        .hasMessageContaining("POST /oauth/token (refresh_token)");
  }

  @Test
  void aStoredTokenWithoutRefreshTokenCannotBeRenewed() {
    store.save(
        LOCATION,
        StoredToken.builder(Secret.of("AT-bare", "a"))
            .expiresAt(Instant.now().minusSeconds(1))
            .build());

    assertThatThrownBy(() -> oauth.tokenProvider(store, LOCATION).accessToken())
        .isInstanceOfSatisfying(
            TokenRefreshException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.NOT_AUTHORISED))
        .hasMessageContaining("no refresh token");
    assertThat(ghl.tokenCalls).hasValue(0);
  }
}
