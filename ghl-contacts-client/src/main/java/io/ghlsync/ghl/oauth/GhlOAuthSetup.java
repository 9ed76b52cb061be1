package io.ghlsync.ghl.oauth;

import io.ghlsync.core.TokenProvider;
import io.ghlsync.core.token.InMemoryTokenStore;
import io.ghlsync.core.token.RefreshingTokenProvider;
import io.ghlsync.core.token.TokenKey;
import io.ghlsync.core.token.TokenStore;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What {@code GhlClient} needs to act with OAuth: the app ({@link GhlOAuth}: client id and secret),
 * the {@link TokenStore} holding its tokens, and the location or company to act for. The token
 * provider is created once and shared by every client built from this setup, so that refreshes stay
 * single-flight.
 *
 * <p>Example: {@code GhlClient.builder().oauth(GhlOAuthSetup.location(oauth, store,
 * "ve9EPM428h8vShlRW1KT")).build()}
 */
public final class GhlOAuthSetup {
  private final GhlOAuth oauth;
  private final TokenStore store;
  private final @Nullable String companyId;
  private final @Nullable String locationId;
  private final boolean viaAgency;
  private @Nullable RefreshingTokenProvider provider;

  private GhlOAuthSetup(
      GhlOAuth oauth,
      TokenStore store,
      @Nullable String companyId,
      @Nullable String locationId,
      boolean viaAgency) {
    this.oauth = Objects.requireNonNull(oauth, "oauth");
    this.store = Objects.requireNonNull(store, "store");
    this.companyId = companyId;
    this.locationId = locationId;
    this.viaAgency = viaAgency;
  }

  /**
   * Acts for a location whose (refreshable) location token is stored under {@code (client id,
   * locationId)}, e.g. by {@link GhlOAuth#save}.
   *
   * @param oauth the app
   * @param store the token store
   * @param locationId the location id
   * @return the setup
   */
  public static GhlOAuthSetup location(GhlOAuth oauth, TokenStore store, String locationId) {
    return new GhlOAuthSetup(oauth, store, null, nonBlank(locationId, "locationId"), false);
  }

  /**
   * Acts for an agency whose company token is stored under {@code (client id, companyId)}.
   *
   * @param oauth the app
   * @param store the token store
   * @param companyId the company id
   * @return the setup
   */
  public static GhlOAuthSetup company(GhlOAuth oauth, TokenStore store, String companyId) {
    return new GhlOAuthSetup(oauth, store, nonBlank(companyId, "companyId"), null, false);
  }

  /**
   * Acts for a location with location tokens obtained from the agency's stored company token
   * ({@code POST /oauth/locationToken}, needs {@code oauth.write}). The location tokens are kept in
   * memory only: they have no refresh token and are simply obtained again.
   *
   * @param oauth the app
   * @param store the token store holding the company token
   * @param companyId the company id
   * @param locationId the location id
   * @return the setup
   */
  public static GhlOAuthSetup locationViaAgency(
      GhlOAuth oauth, TokenStore store, String companyId, String locationId) {
    return new GhlOAuthSetup(
        oauth, store, nonBlank(companyId, "companyId"), nonBlank(locationId, "locationId"), true);
  }

  /**
   * The app.
   *
   * @return the app configuration
   */
  public GhlOAuth oauth() {
    return oauth;
  }

  /**
   * The location acted for, if this setup acts for a location.
   *
   * @return the location id, empty if set up with {@link #company}
   */
  public Optional<String> locationId() {
    return Optional.ofNullable(locationId);
  }

  /**
   * The company acted for, or whose token yields the location tokens.
   *
   * @return the company id, empty if set up with {@link #location}
   */
  public Optional<String> companyId() {
    return Optional.ofNullable(companyId);
  }

  /**
   * The key of the token requests are sent with.
   *
   * @return the client id with the location id, or with the company id when acting for a company
   */
  public TokenKey tokenKey() {
    return new TokenKey(oauth.clientId(), locationId != null ? locationId : required(companyId));
  }

  /**
   * The one token provider of this setup (created on first use).
   *
   * @return the provider, the same instance on every call
   */
  public synchronized TokenProvider tokenProvider() {
    RefreshingTokenProvider p = provider;
    if (p == null) {
      p = viaAgency ? viaAgencyProvider() : oauth.tokenProvider(store, tokenKey());
      provider = p;
    }
    return p;
  }

  @Override
  public String toString() {
    return "GhlOAuthSetup[key="
        + tokenKey()
        + (viaAgency ? ", via company " + companyId : "")
        + "]";
  }

  private RefreshingTokenProvider viaAgencyProvider() {
    String company = required(companyId);
    RefreshingTokenProvider agency =
        oauth.tokenProvider(store, new TokenKey(oauth.clientId(), company));
    LocationTokenRefresher refresher =
        new LocationTokenRefresher(oauth.agency(agency), company, oauth.clock());
    return RefreshingTokenProvider.builder(new InMemoryTokenStore(), tokenKey(), refresher)
        .refreshSkew(oauth.refreshSkew())
        .clock(oauth.clock())
        .build();
  }

  private static String required(@Nullable String value) {
    return Objects.requireNonNull(value, "companyId or locationId");
  }

  private static String nonBlank(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return value;
  }
}
