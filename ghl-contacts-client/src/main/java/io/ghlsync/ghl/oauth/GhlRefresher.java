package io.ghlsync.ghl.oauth;

import io.ghlsync.core.Secret;
import io.ghlsync.core.token.StoredToken;
import io.ghlsync.core.token.TokenKey;
import io.ghlsync.core.token.TokenRefreshException;
import io.ghlsync.core.token.TokenRefresher;
import java.time.Clock;
import java.util.List;

/**
 * Renews a stored GHL token with its refresh token ({@code grant_type=refresh_token}). Facts the
 * response leaves out are kept from the old token; if GHL ever answered without a new refresh
 * token, the old one is kept (RFC 6749 section 6).
 */
final class GhlRefresher implements TokenRefresher {
  private final TokenEndpoint endpoint;
  private final Clock clock;

  GhlRefresher(TokenEndpoint endpoint, Clock clock) {
    this.endpoint = endpoint;
    this.clock = clock;
  }

  @Override
  public StoredToken refresh(TokenKey key, StoredToken current) {
    Secret refreshToken =
        current
            .refreshToken()
            .orElseThrow(
                () ->
                    new TokenRefreshException(
                        key,
                        TokenRefreshException.Reason.NOT_AUTHORISED,
                        0,
                        null,
                        null,
                        List.of("the stored token has no refresh token")));
    UserType type = current.userType().flatMap(UserType::fromWire).orElse(UserType.LOCATION);
    StoredToken fresh = endpoint.refresh(key, refreshToken, type).toStoredToken(clock.instant());
    StoredToken.Builder merged = fresh.toBuilder();
    if (fresh.refreshToken().isEmpty()) {
      merged.refreshToken(refreshToken);
    }
    if (fresh.scopes().isEmpty()) {
      merged.scopes(current.scopes());
    }
    if (fresh.userType().isEmpty()) {
      merged.userType(type.wireValue());
    }
    current.locationId().filter(x -> fresh.locationId().isEmpty()).ifPresent(merged::locationId);
    current.companyId().filter(x -> fresh.companyId().isEmpty()).ifPresent(merged::companyId);
    current
        .attributes()
        .forEach(
            (k, v) -> {
              if (!fresh.attributes().containsKey(k)) {
                merged.attribute(k, v);
              }
            });
    return merged.build();
  }
}
