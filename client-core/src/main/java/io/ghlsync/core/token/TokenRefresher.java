package io.ghlsync.core.token;

import java.util.Optional;

/**
 * Obtains a new token from the service: the protocol half of {@link RefreshingTokenProvider}.
 * Implementations perform exactly one exchange per call and never retry on their own, because a
 * rotated refresh token may already be consumed when a response is lost.
 *
 * <p>Failures: throw {@link TokenRefreshException} (or a non-retryable 4xx {@link
 * io.ghlsync.core.ApiException}) when the service rejected the grant, so that the provider stops
 * asking until a new token is stored; throw a retryable {@code ApiException} (network, 5xx, 429)
 * for transient trouble.
 */
@FunctionalInterface
public interface TokenRefresher {

  /**
   * Exchanges the current token (normally its refresh token) for a new one.
   *
   * @param key the key the token is stored under
   * @param current the token to replace
   * @return the new token, complete with any facts to keep (scopes, location...)
   */
  StoredToken refresh(TokenKey key, StoredToken current);

  /**
   * Obtains a first token when none is stored, for grants that need no user interaction (e.g. a
   * location token derived from an agency token). The default has no way to do so.
   *
   * @param key the key to obtain a token for
   * @return the token, or empty if the user must authorise first
   */
  default Optional<StoredToken> acquire(TokenKey key) {
    return Optional.empty();
  }
}
