package io.ghlsync.ghl.oauth;

import io.ghlsync.core.token.StoredToken;
import io.ghlsync.core.token.TokenKey;
import io.ghlsync.core.token.TokenRefresher;
import java.time.Clock;
import java.util.Optional;

/**
 * Obtains and renews a location token from the agency token ({@code POST /oauth/locationToken}).
 * Location tokens carry no refresh token; renewing one means asking again.
 */
final class LocationTokenRefresher implements TokenRefresher {
  private final OAuthService agency;
  private final String companyId;
  private final Clock clock;

  LocationTokenRefresher(OAuthService agency, String companyId, Clock clock) {
    this.agency = agency;
    this.companyId = companyId;
    this.clock = clock;
  }

  @Override
  public StoredToken refresh(TokenKey key, StoredToken current) {
    return derive(key);
  }

  @Override
  public Optional<StoredToken> acquire(TokenKey key) {
    return Optional.of(derive(key));
  }

  private StoredToken derive(TokenKey key) {
    return agency.locationToken(companyId, key.resourceId()).toStoredToken(clock.instant());
  }
}
