package io.ghlsync.testkit.ghl.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every credential the fake knows: OAuth clients, authorization codes, access tokens (with expiry
 * by the fake's clock), single-use rotating refresh tokens and private-integration tokens.
 */
public final class TokenRegistry {
  private static final Duration CODE_LIFETIME = Duration.ofMinutes(10);

  private final Clock clock;
  private final Duration accessTokenLifetime;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, String> clientSecrets = new ConcurrentHashMap<>();
  private final Map<String, Grant> accessTokens = new ConcurrentHashMap<>();
  private final Map<String, PendingCode> codes = new ConcurrentHashMap<>();
  private final Map<String, RefreshEntry> refreshTokens = new ConcurrentHashMap<>();
  private final Map<String, List<String>> companyLocations = new ConcurrentHashMap<>();

  /**
   * Creates an empty registry.
   *
   * @param clock the clock that drives expiry
   * @param accessTokenLifetime how long OAuth access tokens live
   */
  public TokenRegistry(Clock clock, Duration accessTokenLifetime) {
    this.clock = clock;
    this.accessTokenLifetime = accessTokenLifetime;
  }

  /**
   * Returns how long OAuth access tokens live.
   *
   * @return the lifetime
   */
  public Duration accessTokenLifetime() {
    return accessTokenLifetime;
  }

  /**
   * Registers a private-integration token for a location.
   *
   * @param locationId the location
   * @param scopes the granted scopes
   * @return the token
   */
  public String privateToken(String locationId, Set<String> scopes) {
    String token = "pit-" + randomText(24);
    accessTokens.put(
        token,
        new Grant(Grant.Kind.PRIVATE_INTEGRATION, locationId, "", scopes, null, "", "pit-user"));
    return token;
  }

  /**
   * Registers an OAuth client.
   *
   * @param clientId the client id
   * @param clientSecret the client secret
   */
  public void registerClient(String clientId, String clientSecret) {
    clientSecrets.put(clientId, clientSecret);
  }

  /**
   * Checks a client's credentials.
   *
   * @param clientId the client id
   * @param clientSecret the secret presented
   * @return whether they match a registered client
   */
  public boolean clientValid(String clientId, String clientSecret) {
    return clientSecret.equals(clientSecrets.get(clientId));
  }

  /**
   * Issues a single-use authorization code, as the consent screen would.
   *
   * @param template the grant the code will be exchanged for (expiry is ignored)
   * @param locations for company installs, the approved locations
   * @return the code
   */
  public String issueCode(Grant template, List<String> locations) {
    if (!clientSecrets.containsKey(template.clientId())) {
      throw new IllegalArgumentException(
          "clientId " + template.clientId() + " is not registered; call registerClient first");
    }
    String code = randomText(20);
    codes.put(code, new PendingCode(template, clock.instant().plus(CODE_LIFETIME)));
    if (template.kind() == Grant.Kind.COMPANY) {
      companyLocations.put(template.resourceId(), List.copyOf(locations));
    }
    return code;
  }

  /**
   * Redeems an authorization code once.
   *
   * @param code the code
   * @param clientId the client redeeming it
   * @return the grant to issue, if the code is valid, unused, unexpired and the client's
   */
  public Optional<Grant> redeemCode(String code, String clientId) {
    PendingCode pending = codes.remove(code);
    if (pending == null
        || !pending.grant().clientId().equals(clientId)
        || !clock.instant().isBefore(pending.expiresAt())) {
      return Optional.empty();
    }
    return Optional.of(pending.grant());
  }

  /**
   * Consumes a refresh token; a second use fails.
   *
   * @param refreshToken the token
   * @param clientId the client presenting it
   * @return the grant to renew, if the token is valid and unused
   */
  public synchronized Optional<Grant> consumeRefreshToken(String refreshToken, String clientId) {
    RefreshEntry entry = refreshTokens.get(refreshToken);
    if (entry == null || entry.used() || !entry.grant().clientId().equals(clientId)) {
      return Optional.empty();
    }
    refreshTokens.put(refreshToken, new RefreshEntry(entry.grant(), true));
    return Optional.of(entry.grant());
  }

  /**
   * Issues a fresh access token (and, when asked, a refresh token) for a grant.
   *
   * @param template the grant; its expiry is replaced
   * @param withRefreshToken whether to issue a refresh token too
   * @return the tokens
   */
  public IssuedTokens issue(Grant template, boolean withRefreshToken) {
    Instant expiresAt = clock.instant().plus(accessTokenLifetime);
    Grant grant =
        new Grant(
            template.kind(),
            template.resourceId(),
            template.companyId(),
            template.scopes(),
            expiresAt,
            template.clientId(),
            template.userId());
    String access = "at-" + randomText(32);
    accessTokens.put(access, grant);
    String refresh = "";
    if (withRefreshToken) {
      refresh = "rt-" + randomText(32);
      refreshTokens.put(refresh, new RefreshEntry(grant, false));
    }
    return new IssuedTokens(access, refresh, grant);
  }

  /**
   * Looks a bearer token up.
   *
   * @param token the token
   * @return its grant, if the token is known (expired or not)
   */
  public Optional<Grant> lookup(String token) {
    return Optional.ofNullable(accessTokens.get(token));
  }

  /**
   * Revokes an access token.
   *
   * @param token the token
   */
  public void revoke(String token) {
    accessTokens.remove(token);
  }

  /**
   * Tells whether a company install approved a location.
   *
   * @param companyId the company
   * @param locationId the location
   * @return whether the location was approved
   */
  public boolean companyHasLocation(String companyId, String locationId) {
    List<String> locations = companyLocations.get(companyId);
    return locations != null && locations.contains(locationId);
  }

  /**
   * Returns the locations a company install approved.
   *
   * @param companyId the company
   * @return the location ids
   */
  public List<String> approvedLocations(String companyId) {
    List<String> locations = companyLocations.get(companyId);
    return locations == null ? List.of() : locations;
  }

  private String randomText(int bytes) {
    byte[] data = new byte[bytes];
    random.nextBytes(data);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(data);
  }

  /**
   * Tokens issued together.
   *
   * @param accessToken the access token
   * @param refreshToken the refresh token, empty when none was issued
   * @param grant what the access token may do
   */
  public record IssuedTokens(String accessToken, String refreshToken, Grant grant) {}

  private record PendingCode(Grant grant, Instant expiresAt) {}

  private record RefreshEntry(Grant grant, boolean used) {}
}
