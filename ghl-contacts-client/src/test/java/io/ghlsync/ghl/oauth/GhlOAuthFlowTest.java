package io.ghlsync.ghl.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghlsync.core.PermissionException;
import io.ghlsync.core.RetryConfig;
import io.ghlsync.core.Scopes;
import io.ghlsync.core.Secret;
import io.ghlsync.core.TokenProvider;
import io.ghlsync.core.ValidationException;
import io.ghlsync.core.token.InMemoryTokenStore;
import io.ghlsync.core.token.StoredToken;
import io.ghlsync.core.token.TokenKey;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mockwebserver3.MockWebServer;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GhlOAuthFlowTest {
  private final MockWebServer server = new MockWebServer();
  private final FakeGhlOAuthServer ghl = new FakeGhlOAuthServer();
  private final InMemoryTokenStore store = new InMemoryTokenStore();
  private GhlOAuth oauth;

  @BeforeEach
  void start() throws Exception {
    server.setDispatcher(ghl);
    server.start();
    oauth = oauth(server.url("/"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  static GhlOAuth oauth(HttpUrl baseUrl) {
    return GhlOAuth.builder(
            FakeGhlOAuthServer.CLIENT_ID, Secret.of(FakeGhlOAuthServer.CLIENT_SECRET, "secret"))
        .redirectUri("http://127.0.0.1:8765/callback")
        .scopes(List.of("contacts.readonly", "contacts.write"))
        .baseUrl(baseUrl.toString())
        .config(c -> c.retry(new RetryConfig(2, Duration.ofMillis(5), Duration.ofMillis(10), 0.1)))
        .build();
  }

  @Test
  void authorizationUrlCarriesClientRedirectScopesStateAndLoginMode() {
    AuthorizationRequest first =
        GhlOAuth.builder("cid", Secret.of("s", "secret"))
            .redirectUri("https://app.example.com/cb")
            .scopes(List.of("contacts.readonly", "contacts.write"))
            .loginWindowOpenMode("self")
            .build()
            .authorizationRequest();

    URI uri = URI.create(first.url());
    Map<String, String> query = query(uri);
    assertThat(uri.getHost()).isEqualTo("marketplace.gohighlevel.com");
    assertThat(uri.getPath()).isEqualTo("/v2/oauth/chooselocation");
    assertThat(query)
        .containsEntry("response_type", "code")
        .containsEntry("client_id", "cid")
        .containsEntry("redirect_uri", "https://app.example.com/cb")
        .containsEntry("scope", "contacts.readonly contacts.write")
        .containsEntry("loginWindowOpenMode", "self")
        .containsEntry("state", first.state());
    assertThat(first.state()).hasSizeGreaterThanOrEqualTo(43);
    assertThat(first.toString()).doesNotContain(first.state());

    AuthorizationRequest whiteLabel =
        GhlOAuth.builder("cid", Secret.of("s", "secret"))
            .redirectUri("https://app.example.com/cb")
            .scopes(List.of("contacts.readonly"))
            .authorizationHost(AuthorizationHost.LEADCONNECTOR)
            .build()
            .authorizationRequest();
    assertThat(URI.create(whiteLabel.url()).getHost()).isEqualTo("marketplace.leadconnectorhq.com");
    assertThat(query(URI.create(whiteLabel.url()))).doesNotContainKey("loginWindowOpenMode");
    assertThat(whiteLabel.state()).isNotEqualTo(first.state());
  }

  @Test
  void exchangeCodePostsTheFormGhlExpectsAndModelsTheWholeResponse() throws Exception {
    ghl.validCodes.add("code-1");
    AuthorizationRequest request = oauth.authorizationRequest();

    GhlTokenResponse tokens =
        oauth.exchangeCode(request, request.state(), "code-1", UserType.LOCATION);

    Map<String, String> form = ghl.tokenForms.get(0);
    assertThat(form)
        .containsEntry("client_id", FakeGhlOAuthServer.CLIENT_ID)
        .containsEntry("client_secret", FakeGhlOAuthServer.CLIENT_SECRET)
        .containsEntry("grant_type", "authorization_code")
        .containsEntry("code", "code-1")
        .containsEntry("user_type", "Location")
        .containsEntry("redirect_uri", "http://127.0.0.1:8765/callback");
    assertThat(server.takeRequest().getHeaders().get("Content-Type"))
        .startsWith("application/x-www-form-urlencoded");
    assertThat(tokens.accessToken().reveal()).isEqualTo("AT-loc-1-1");
    assertThat(tokens.refreshToken().orElseThrow().reveal()).isEqualTo("RT-loc-1-1");
    assertThat(tokens.tokenType()).isEqualTo("Bearer");
    assertThat(tokens.expiresIn()).contains(Duration.ofSeconds(86399));
    assertThat(tokens.scopes()).containsExactlyInAnyOrder("contacts.readonly", "contacts.write");
    assertThat(tokens.userType()).contains(UserType.LOCATION);
    assertThat(tokens.locationId()).contains("loc-1");
    assertThat(tokens.companyId()).contains("company-1");
    assertThat(tokens.approvedLocations()).containsExactly("loc-1", "loc-2");
    assertThat(tokens.userId()).contains("user-1");
    assertThat(tokens.planId()).contains("plan-1");
    assertThat(tokens.isBulkInstallation()).isTrue();
    assertThat(tokens.installToFutureLocations()).isFalse();
    assertThat(tokens.approveAllLocations()).isTrue();
    assertThat(tokens.appId()).isEmpty();
    assertThat(tokens.toString()).doesNotContain("AT-loc").doesNotContain("RT-loc");

    TokenKey key = oauth.save(tokens, store);
    assertThat(key).isEqualTo(new TokenKey(FakeGhlOAuthServer.CLIENT_ID, "loc-1"));
    StoredToken stored = store.load(key).orElseThrow();
    assertThat(stored.userType()).contains("Location");
    assertThat(stored.attributes()).containsEntry("userId", "user-1");
    assertThat(stored.expiresAt().orElseThrow()).isAfter(Instant.now().plusSeconds(86000));
  }

  @Test
  void aMismatchedStateIsRefusedBeforeAnythingIsSent() {
    ghl.validCodes.add("code-1");
    AuthorizationRequest request = oauth.authorizationRequest();

    assertThatThrownBy(() -> oauth.exchangeCode(request, "forged", "code-1", UserType.LOCATION))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("state does not match");
    assertThatThrownBy(() -> oauth.exchangeCode(request, request.state(), " ", UserType.LOCATION))
        .hasMessageContaining("code must not be blank");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aReusedCodeFailsAsAValidationErrorWithoutEchoingTheCode() {
    AuthorizationRequest request = oauth.authorizationRequest();

    assertThatThrownBy(
            () -> oauth.exchangeCode(request, request.state(), "code-used", UserType.LOCATION))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("invalid_grant")
        .hasMessageContaining("[redacted]")
        .hasMessageNotContaining("code-used");
  }

  @Test
  void grantedScopesFromTheTokenResponseStopWritesWithAReadOnlyToken() {
    ghl.scope = "contacts.readonly";
    ghl.validCodes.add("code-ro");
    AuthorizationRequest request = oauth.authorizationRequest();
    TokenKey key =
        oauth.save(
            oauth.exchangeCode(request, request.state(), "code-ro", UserType.LOCATION), store);
    TokenProvider tokens = GhlOAuthSetup.location(oauth, store, "loc-1").tokenProvider();

    assertThat(tokens.grantedScopes()).contains(Set.of("contacts.readonly"));
    assertThatThrownBy(
            () -> Scopes.require(tokens.grantedScopes(), "contacts.write", "POST /contacts/"))
        .isInstanceOf(PermissionException.class)
        .hasMessageContaining("contacts.write");
    Scopes.require(tokens.grantedScopes(), "contacts.readonly", "GET /contacts/{contactId}");
    assertThat(key.resourceId()).isEqualTo("loc-1");
  }

  @Test
  void declaredScopesNeverWidenAReadOnlyOAuthToken() {
    ghl.scope = "contacts.readonly";
    ghl.validCodes.add("code-ro2");
    AuthorizationRequest request = oauth.authorizationRequest();
    oauth.save(oauth.exchangeCode(request, request.state(), "code-ro2", UserType.LOCATION), store);
    io.ghlsync.ghl.GhlClient client =
        io.ghlsync.ghl.GhlClient.builder()
            .baseUrl(server.url("/").toString())
            .oauth(GhlOAuthSetup.location(oauth, store, "loc-1"))
            .grantedScopes("contacts.readonly", "contacts.write")
            .build();
    int before = server.getRequestCount();

    assertThatThrownBy(() -> client.notes().delete("c1", "n1"))
        .isInstanceOf(PermissionException.class)
        .hasMessageContaining("grantedScopes declares contacts.write")
        .hasMessageContaining("granted only [contacts.readonly]");
    assertThat(server.getRequestCount()).isEqualTo(before);
  }

  @Test
  void anAgencyTokenYieldsLocationTokensAndListsInstalledLocations() throws Exception {
    ghl.scope = "oauth.readonly oauth.write contacts.readonly";
    ghl.validCodes.add("code-agency");
    AuthorizationRequest request = oauth.authorizationRequest();
    GhlTokenResponse agency =
        oauth.exchangeCode(request, request.state(), "code-agency", UserType.COMPANY);
    assertThat(oauth.save(agency, store).resourceId()).isEqualTo("company-1");
    assertThat(ghl.tokenForms.get(0)).containsEntry("user_type", "Company");

    GhlOAuthSetup setup = GhlOAuthSetup.locationViaAgency(oauth, store, "company-1", "loc-7");
    assertThat(setup.tokenProvider().accessToken().reveal()).startsWith("LAT-loc-7-");
    assertThat(setup.tokenProvider().grantedScopes()).contains(Set.of("contacts.readonly"));
    assertThat(setup.tokenKey()).isEqualTo(new TokenKey(FakeGhlOAuthServer.CLIENT_ID, "loc-7"));
    assertThat(setup.companyId()).contains("company-1");
    assertThat(setup.locationId()).contains("loc-7");
    assertThat(ghl.locationTokenCalls).hasValue(1);

    OAuthService service = oauth.agency(oauth.tokenProvider(store, oauth.tokenKey(agency)));
    InstalledLocations page =
        service.installedLocations(
            InstalledLocationsQuery.builder("company-1", "app-1")
                .isInstalled(true)
                .skip(0)
                .limit(10)
                .query("Shop")
                .onTrial(false)
                .versionId("v1")
                .planId("plan-1")
                .locationId("loc-1")
                .build());
    assertThat(page.count()).isEqualTo(1231);
    assertThat(page.installToFutureLocations()).isTrue();
    assertThat(page.locations()).hasSize(1);
    InstalledLocation shop = page.locations().get(0);
    assertThat(shop.id()).isEqualTo("loc-1");
    assertThat(shop.name()).isEqualTo("Shop");
    assertThat(shop.address()).isEqualTo("1 Main St");
    assertThat(shop.isInstalled()).isTrue();
    assertThat(shop.versionId()).contains("v1");
    assertThat(shop.installedAt()).contains(Instant.parse("2024-01-15T10:30:00Z"));

    GhlTokenResponse direct = service.locationToken("company-1", "loc-9");
    assertThat(direct.refreshToken()).isEmpty();
    assertThat(direct.appId()).contains("app-1");
    assertThat(direct.versionId()).contains("ver-1");
    assertThat(direct.userType()).contains(UserType.LOCATION);
  }

  @Test
  void agencyCallsTheTokenCannotMakeFailBeforeSending() {
    TokenProvider readOnlyAgency =
        TokenProvider.fixed(Secret.of("agency-token", "t"), Set.of("oauth.readonly"));
    OAuthService service = oauth.agency(readOnlyAgency);

    assertThatThrownBy(() -> service.locationToken("company-1", "loc-1"))
        .isInstanceOf(PermissionException.class)
        .hasMessageContaining("oauth.write");
    assertThatThrownBy(() -> service.locationToken(" ", "loc-1"))
        .hasMessageContaining("companyId must not be blank");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void misconfigurationFailsNamingTheField() {
    GhlOAuth bare = GhlOAuth.builder("cid", Secret.of("s", "secret")).build();
    assertThatThrownBy(bare::authorizationRequest).hasMessageContaining("redirectUri is not set");
    assertThatThrownBy(
            () ->
                GhlOAuth.builder("cid", Secret.of("s", "secret"))
                    .redirectUri("https://x.example/cb")
                    .build()
                    .authorizationRequest())
        .hasMessageContaining("scopes are not set");
    assertThatThrownBy(() -> GhlOAuth.builder("cid", Secret.of("s", "x")).redirectUri("/relative"))
        .hasMessageContaining("redirectUri must be an absolute");
    assertThatThrownBy(() -> GhlOAuth.builder(" ", Secret.of("s", "x")))
        .hasMessageContaining("clientId");
    assertThatThrownBy(() -> GhlOAuth.builder("c", Secret.of("s", "x")).scopes(List.of("a b")))
        .hasMessageContaining("scopes");
    assertThatThrownBy(() -> GhlOAuthSetup.location(bare, store, ""))
        .hasMessageContaining("locationId");
    assertThatThrownBy(() -> InstalledLocationsQuery.builder("c", "a").limit(0))
        .hasMessageContaining("limit");
    assertThat(bare.toString()).doesNotContain("Secret[").contains("redacted");
    assertThat(UserType.fromWire("company")).contains(UserType.COMPANY);
    assertThat(UserType.fromWire("Agency")).isEmpty();
  }

  private static Map<String, String> query(URI uri) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String pair : uri.getRawQuery().split("&")) {
      int eq = pair.indexOf('=');
      out.put(
          URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return out;
  }
}
