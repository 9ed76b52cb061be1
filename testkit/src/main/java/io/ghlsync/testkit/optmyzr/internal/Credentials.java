package io.ghlsync.testkit.optmyzr.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The credentials the fake accepts: one API key for the contract (all scopes; sent as {@code
 * X-API-Key} or {@code Authorization: Bearer}), OAuth access tokens with scopes and an expiry
 * driven by the fake's clock, and the User Data API token. Thread-safe.
 */
public final class Credentials {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Clock clock;
  private final Map<String, Grant> accessTokens = new ConcurrentHashMap<>();
  private volatile String apiKey;
  private volatile String userDataToken;

  /**
   * Creates the credentials.
   *
   * @param clock drives token expiry
   * @param apiKey the contract API key
   * @param userDataToken the User Data API token
   */
  public Credentials(Clock clock, String apiKey, String userDataToken) {
    this.clock = clock;
    this.apiKey = apiKey;
    this.userDataToken = userDataToken;
  }

  /** The current contract API key. */
  public String apiKey() {
    return apiKey;
  }

  /**
   * Replaces the API key; the old one is refused from now on.
   *
   * @param key the new key
   */
  public void rotateApiKey(String key) {
    this.apiKey = key;
  }

  /** The current User Data API token. */
  public String userDataToken() {
    return userDataToken;
  }

  /**
   * Replaces the User Data API token.
   *
   * @param token the new token
   */
  public void rotateUserDataToken(String token) {
    this.userDataToken = token;
  }

  /**
   * Issues an OAuth access token.
   *
   * @param scopes the granted scopes
   * @param ttl how long it is valid
   * @return the token
   */
  public String issueAccessToken(Set<String> scopes, Duration ttl) {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    String token = "opt_at_" + HexFormat.of().formatHex(bytes);
    accessTokens.put(token, new Grant(Set.copyOf(scopes), clock.instant().plus(ttl)));
    return token;
  }

  /** Expires every access token issued so far. */
  public void expireAccessTokens() {
    Instant past = clock.instant().minusSeconds(1);
    accessTokens.replaceAll((k, g) -> new Grant(g.scopes(), past));
  }

  /**
   * Checks the contract credential of a request.
   *
   * @param apiKeyHeader the {@code X-API-Key} header, or null
   * @param authorization the {@code Authorization} header, or null
   * @return the granted scopes
   * @throws Rejection 401 when missing, unknown or expired
   */
  public Set<String> authenticate(@Nullable String apiKeyHeader, @Nullable String authorization) {
    if (apiKeyHeader != null) {
      if (apiKeyHeader.equals(apiKey)) {
        return Set.of("*");
      }
      throw unauthorized("invalid_api_key", "the API key is not valid");
    }
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw unauthorized(
          "missing_credentials", "send X-API-Key or Authorization: Bearer with a valid credential");
    }
    String bearer = authorization.substring(7).trim();
    if (bearer.equals(apiKey)) {
      return Set.of("*");
    }
    Grant grant = accessTokens.get(bearer);
    if (grant == null) {
      throw unauthorized("invalid_token", "the access token is not valid");
    }
    if (!clock.instant().isBefore(grant.expiresAt())) {
      throw unauthorized("token_expired", "the access token has expired; refresh it");
    }
    return grant.scopes();
  }

  /**
   * The 401 of an expired credential.
   *
   * @return the rejection
   */
  public static Rejection expired() {
    return unauthorized("token_expired", "the access token has expired; refresh it");
  }

  private static Rejection unauthorized(String code, String message) {
    return new Rejection(401, "authentication_error", code, message, null);
  }

  private record Grant(Set<String> scopes, Instant expiresAt) {}
}
