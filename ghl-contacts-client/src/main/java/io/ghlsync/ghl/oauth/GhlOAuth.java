package io.ghlsync.ghl.oauth;

import com.google.api.client.auth.oauth2.AuthorizationCodeRequestUrl;
import io.ghlsync.core.ClientConfig;
import io.ghlsync.core.Secret;
import io.ghlsync.core.TokenProvider;
import io.ghlsync.core.token.RefreshingTokenProvider;
import io.ghlsync.core.token.TokenKey;
import io.ghlsync.core.token.TokenRefresher;
import io.ghlsync.core.token.TokenStore;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * OAuth 2.0 for one GHL Marketplace app (authorization-code grant), with google-oauth-client doing
 * the protocol work:
 *
 * <pre>{@code
 * GhlOAuth oauth = GhlOAuth.builder("client-id", Secret.of(secret, "clientSecret"))
 *     .redirectUri("http://127.0.0.1:8080/callback")
 *     .scopes(List.of("contacts.readonly", "contacts.write"))
 *     .build();
 * AuthorizationRequest request = oauth.authorizationRequest(); // send the user to request.url()
 * GhlTokenResponse tokens = oauth.exchangeCode(request, stateParam, codeParam, UserType.LOCATION);
 * TokenKey key = oauth.save(tokens, store);
 * }</pre>
 *
 * <p>Then {@link GhlOAuthSetup} (or {@link #tokenProvider}) hands the stored tokens to {@code
 * GhlClient}, refreshing them as needed. Requested scopes are least-privilege by default: ask for
 * {@code contacts.write} only when you need writes; the granted scopes come back with the tokens
 * and the client refuses calls they do not allow.
 */
public final class GhlOAuth {
  /** The GHL API host, which also serves {@code /oauth/token}. */
  public static final String DEFAULT_BASE_URL = "https://services.leadconnectorhq.com";

  private static final int STATE_BYTES = 32;

  private final String clientId;
  private final @Nullable String redirectUri;
  private final List<String> scopes;
  private final String authorizationUrl;
  private final @Nullable String loginWindowOpenMode;
  private final ClientConfig config;
  private final Duration refreshSkew;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final TokenEndpoint endpoint;

  private GhlOAuth(Builder b) {
    this.clientId = b.clientId;
    this.redirectUri = b.redirectUri;
    this.scopes = List.copyOf(b.scopes);
    this.authorizationUrl = b.authorizationUrl;
    this.loginWindowOpenMode = b.loginWindowOpenMode;
    this.config = b.config;
    this.refreshSkew = b.refreshSkew;
    this.clock = b.clock;
    this.endpoint = new TokenEndpoint(config, clientId, b.clientSecret);
  }

  /**
   * Starts the configuration of an app.
   *
   * @param clientId the app's client id
   * @param clientSecret the app's client secret
   * @return a builder
   * @throws IllegalArgumentException if the client id is blank
   */
  public static Builder builder(String clientId, Secret clientSecret) {
    return new Builder(clientId, clientSecret);
  }

  /**
   * The app's client id.
   *
   * @return the client id
   */
  public String clientId() {
    return clientId;
  }

  /**
   * The transport configuration; its base URL serves {@code /oauth/token}.
   *
   * @return the transport configuration
   */
  public ClientConfig config() {
    return config;
  }

  /**
   * A new authorization request with a fresh random {@code state}: the URL to send the user to.
   *
   * @return the request; keep it until the redirect arrives
   * @throws IllegalStateException if no redirect URI or no scopes are configured
   */
  public AuthorizationRequest authorizationRequest() {
    String redirect = requireRedirectUri();
    if (scopes.isEmpty()) {
      throw new IllegalStateException(
          "scopes are not set; call GhlOAuth.builder(..).scopes(..), e.g. contacts.readonly");
    }
    byte[] bytes = new byte[STATE_BYTES];
    random.nextBytes(bytes);
    String state = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    AuthorizationCodeRequestUrl url =
        new AuthorizationCodeRequestUrl(authorizationUrl, clientId)
            .setRedirectUri(redirect)
            .setScopes(scopes)
            .setState(state);
    if (loginWindowOpenMode != null) {
      url.set("loginWindowOpenMode", loginWindowOpenMode);
    }
    return new AuthorizationRequest(url.build(), state);
  }

  /**
   * Exchanges the code from the redirect for tokens, after checking its {@code state}. The code is
   * single-use; a refused exchange raises an {@link io.ghlsync.core.ApiException} by status.
   *
   * @param request the request the user was sent with
   * @param returnedState the redirect's {@code state} parameter
   * @param code the redirect's {@code code} parameter
   * @param userType the kind of token to request ({@code user_type})
   * @return the tokens
   * @throws IllegalArgumentException if the state does not match or the code is blank
   */
  public GhlTokenResponse exchangeCode(
      AuthorizationRequest request, String returnedState, String code, UserType userType) {
    if (!request.matches(returnedState)) {
      throw new IllegalArgumentException(
          "state does not match the authorization request (possible cross-site request"
              + " forgery); start the authorization again");
    }
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("code must not be blank");
    }
    return endpoint.exchangeCode(code, requireRedirectUri(), Objects.requireNonNull(userType));
  }

  /**
   * The store key for a token response: this client id and the token's location or company id.
   *
   * @param tokens the token response
   * @return the key
   * @throws IllegalArgumentException if the response names neither a location nor a company
   */
  public TokenKey tokenKey(GhlTokenResponse tokens) {
    String resource =
        tokens
            .resourceId()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "the token response names neither locationId nor companyId"));
    return new TokenKey(clientId, resource);
  }

  /**
   * Saves a token response (e.g. right after {@link #exchangeCode}) under {@link #tokenKey}.
   *
   * @param tokens the token response
   * @param store where to save it
   * @return the key it was saved under
   */
  public TokenKey save(GhlTokenResponse tokens, TokenStore store) {
    TokenKey key = tokenKey(tokens);
    store.save(key, tokens.toStoredToken(clock.instant()));
    return key;
  }

  /**
   * Renews stored tokens with their refresh token, for a {@link RefreshingTokenProvider}.
   *
   * @return a refresher that calls {@code POST /oauth/token} with the refresh token
   */
  public TokenRefresher refresher() {
    return new GhlRefresher(endpoint, clock);
  }

  /**
   * A self-refreshing token provider for a stored token. Share one per key in a process.
   *
   * @param store where the token is stored
   * @param key its key
   * @return the provider
   */
  public RefreshingTokenProvider tokenProvider(TokenStore store, TokenKey key) {
    return RefreshingTokenProvider.builder(store, key, refresher())
        .refreshSkew(refreshSkew)
        .clock(clock)
        .build();
  }

  /**
   * The agency endpoints, called with an agency token.
   *
   * @param agencyTokens the agency ({@code Company}) token provider
   * @return the service
   */
  public OAuthService agency(TokenProvider agencyTokens) {
    return OAuthService.create(config, agencyTokens);
  }

  Clock clock() {
    return clock;
  }

  Duration refreshSkew() {
    return refreshSkew;
  }

  @Override
  public String toString() {
    return "GhlOAuth[clientId=" + clientId + ", scopes=" + scopes + ", clientSecret=redacted]";
  }

  private String requireRedirectUri() {
    if (redirectUri == null) {
      throw new IllegalStateException(
          "redirectUri is not set; call GhlOAuth.builder(..).redirectUri(..)");
    }
    return redirectUri;
  }

  /** Builder of {@link GhlOAuth}. */
  public static final class Builder {
    private final String clientId;
    private final Secret clientSecret;
    private @Nullable String redirectUri;
    private final Set<String> scopes = new LinkedHashSet<>();
    private String authorizationUrl = AuthorizationHost.GOHIGHLEVEL.authorizationUrl();
    private @Nullable String loginWindowOpenMode;
    private ClientConfig config = ClientConfig.builder(DEFAULT_BASE_URL).build();
    private Duration refreshSkew = Duration.ofSeconds(60);
    private Clock clock = Clock.systemUTC();

    private Builder(String clientId, Secret clientSecret) {
      if (clientId == null || clientId.isBlank()) {
        throw new IllegalArgumentException("clientId must not be blank");
      }
      this.clientId = clientId;
      this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
    }

    /**
     * The redirect URI registered for the app (needed for authorization and code exchange).
     *
     * @param value absolute http(s) URI
     * @return this builder
     */
    public Builder redirectUri(String value) {
      this.redirectUri = absoluteHttpUrl(value, "redirectUri");
      return this;
    }

    /**
     * The scopes to request, e.g. {@code contacts.readonly} (and {@code contacts.write} only if
     * writes are needed).
     *
     * @param values scope names
     * @return this builder
     */
    public Builder scopes(Collection<String> values) {
      List<String> checked = new ArrayList<>();
      for (String s : values) {
        if (s == null || s.isBlank() || s.contains(" ")) {
          throw new IllegalArgumentException("scopes must be non-blank names without spaces");
        }
        checked.add(s);
      }
      scopes.clear();
      scopes.addAll(checked);
      return this;
    }

    /**
     * Which marketplace host users authorise on (default {@link AuthorizationHost#GOHIGHLEVEL}).
     *
     * @param value the host
     * @return this builder
     */
    public Builder authorizationHost(AuthorizationHost value) {
      this.authorizationUrl = value.authorizationUrl();
      return this;
    }

    /**
     * A full authorization endpoint URL, for hosts not in {@link AuthorizationHost}.
     *
     * @param value absolute http(s) URL
     * @return this builder
     */
    public Builder authorizationUrl(String value) {
      this.authorizationUrl = absoluteHttpUrl(value, "authorizationUrl");
      return this;
    }

    /**
     * Sets {@code loginWindowOpenMode} on authorization URLs, e.g. {@code "self"} to log in in the
     * same tab (GHL's default is a new tab).
     *
     * @param value the mode
     * @return this builder
     */
    public Builder loginWindowOpenMode(String value) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException("loginWindowOpenMode must not be blank");
      }
      this.loginWindowOpenMode = value;
      return this;
    }

    /**
     * The GHL API base URL serving {@code /oauth/token} (default {@value #DEFAULT_BASE_URL}).
     *
     * @param value absolute http(s) URL
     * @return this builder
     */
    public Builder baseUrl(String value) {
      this.config = config.toBuilder().baseUrl(value).build();
      return this;
    }

    /**
     * Adjusts the transport (timeouts, proxy, user agent, the host's OkHttpClient, logging) of the
     * token endpoint and the agency endpoints; same name and shape on every ghlsync client. The
     * base URL is {@link #baseUrl}'s.
     *
     * @param customizer changes to the configuration builder
     * @return this builder
     */
    public Builder config(Consumer<ClientConfig.Builder> customizer) {
      Objects.requireNonNull(customizer, "config");
      ClientConfig.Builder b = config.toBuilder();
      customizer.accept(b);
      this.config = b.baseUrl(config.baseUrl().toString()).build();
      return this;
    }

    /**
     * How long before expiry tokens are refreshed (default 60 seconds).
     *
     * @param value zero or positive duration
     * @return this builder
     */
    public Builder refreshSkew(Duration value) {
      if (value == null || value.isNegative()) {
        throw new IllegalArgumentException("refreshSkew must be zero or positive");
      }
      this.refreshSkew = value;
      return this;
    }

    /**
     * The clock for expiry times (default: system UTC).
     *
     * @param value the clock
     * @return this builder
     */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * Builds the app configuration.
     *
     * @return the app configuration
     */
    public GhlOAuth build() {
      return new GhlOAuth(this);
    }

    private static String absoluteHttpUrl(String value, String field) {
      try {
        URI uri = new URI(value);
        String scheme = uri.getScheme();
        if (uri.getHost() != null
            && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
          return value;
        }
      } catch (java.net.URISyntaxException | NullPointerException e) {
        // fall through to the error below
      }
      throw new IllegalArgumentException(
          field + " must be an absolute http(s) URL, was '" + value + "'");
    }
  }
}
