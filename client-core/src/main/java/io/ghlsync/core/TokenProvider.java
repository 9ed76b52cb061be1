package io.ghlsync.core;

import java.util.Optional;
import java.util.Set;

/**
 * Supplies the bearer token for each request. Private-integration tokens and API keys are
 * {@linkplain #fixed fixed}; OAuth implementations refresh and rotate behind this seam.
 */
public interface TokenProvider {

  /**
   * The token to send now; an implementation may refresh proactively before returning.
   *
   * @return the access token
   */
  Secret accessToken();

  /**
   * Called once after the service rejected {@code rejected} with 401. Returns a fresh token to
   * retry with, or empty when no refresh is possible (the 401 then reaches the caller).
   *
   * @param rejected the token that was rejected
   * @return the token to retry with, if any
   */
  default Optional<Secret> refreshAfterRejection(Secret rejected) {
    return Optional.empty();
  }

  /**
   * The scopes this credential was granted, when known.
   *
   * @return the granted scopes; empty means "not known, don't check"
   */
  default Optional<Set<String>> grantedScopes() {
    return Optional.empty();
  }

  /**
   * A provider of one static token (e.g. a GHL private-integration token).
   *
   * @param token the token
   * @param grantedScopes the scopes it was granted, or an empty set if unknown
   * @return the provider
   */
  static TokenProvider fixed(Secret token, Set<String> grantedScopes) {
    Set<String> scopes = Set.copyOf(grantedScopes);
    return new TokenProvider() {
      @Override
      public Secret accessToken() {
        return token;
      }

      @Override
      public Optional<Set<String>> grantedScopes() {
        return scopes.isEmpty() ? Optional.empty() : Optional.of(scopes);
      }

      @Override
      public String toString() {
        return "TokenProvider.fixed[token=redacted, scopes=" + scopes + "]";
      }
    };
  }
}
