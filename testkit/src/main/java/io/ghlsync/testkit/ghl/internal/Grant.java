package io.ghlsync.testkit.ghl.internal;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a bearer token may do.
 *
 * @param kind what issued the token
 * @param resourceId the location id (location tokens) or company id (agency tokens)
 * @param companyId the company id, empty for private-integration tokens
 * @param scopes the granted scopes
 * @param expiresAt when the token stops working, {@code null} for tokens that never expire
 * @param clientId the OAuth client that obtained it, empty for private-integration tokens
 * @param userId the installing user
 */
public record Grant(
    Kind kind,
    String resourceId,
    String companyId,
    Set<String> scopes,
    @Nullable Instant expiresAt,
    String clientId,
    String userId) {

  /** What issued a token. */
  public enum Kind {
    /** A sub-account private-integration token. */
    PRIVATE_INTEGRATION,
    /** A sub-account ("Location") OAuth access token. */
    LOCATION,
    /** An agency ("Company") OAuth access token. */
    COMPANY
  }

  /**
   * Tells whether the token is past its expiry.
   *
   * @param now the current time
   * @return whether it expired
   */
  public boolean expiredAt(Instant now) {
    return expiresAt != null && !now.isBefore(expiresAt);
  }

  /**
   * Tells whether the token acts for a sub-account.
   *
   * @return whether it is a location or private-integration token
   */
  public boolean forLocation() {
    return kind != Kind.COMPANY;
  }
}
