package io.ghlsync.core.token;

import io.ghlsync.core.Secret;
import java.time.Instant;
import java.util.Set;

/** Test tokens. */
final class Tokens {
  static final TokenKey KEY = new TokenKey("client-1", "location-1");

  private Tokens() {}

  static StoredToken token(String access, String refresh, Instant expiresAt) {
    return StoredToken.builder(Secret.of(access, "accessToken"))
        .refreshToken(Secret.of(refresh, "refreshToken"))
        .expiresAt(expiresAt)
        .scopes(Set.of("contacts.readonly", "contacts.write"))
        .userType("Location")
        .locationId("location-1")
        .companyId("company-1")
        .attribute("userId", "user-1")
        .build();
  }
}
