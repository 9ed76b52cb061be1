package io.ghlsync.onoffice;

import io.ghlsync.core.Secret;

/**
 * An onOffice API user's credentials: a token (32 characters in enterprise) and a secret (64
 * characters, shown only once). Neither appears in {@code toString}. Lengths are not enforced,
 * because test systems and fakes use other lengths; an HMAC error message hints at swapped values.
 *
 * @param token the API token
 * @param secret the API secret used as the HMAC key
 */
public record OnOfficeCredentials(Secret token, Secret secret) {
  /** Length of an enterprise API token. */
  public static final int TOKEN_LENGTH = 32;

  /** Length of an enterprise API secret. */
  public static final int SECRET_LENGTH = 64;

  /**
   * Validates the credentials.
   *
   * @param token the API token
   * @param secret the API secret used as the HMAC key
   * @throws IllegalArgumentException if either is null
   */
  public OnOfficeCredentials {
    if (token == null) {
      throw new IllegalArgumentException("token must not be null");
    }
    if (secret == null) {
      throw new IllegalArgumentException("secret must not be null");
    }
  }

  /**
   * Credentials from raw values.
   *
   * @param token the API token
   * @param secret the API secret
   * @return the credentials
   * @throws IllegalArgumentException naming {@code token} or {@code secret} if blank
   */
  public static OnOfficeCredentials of(String token, String secret) {
    return new OnOfficeCredentials(Secret.of(token, "token"), Secret.of(secret, "secret"));
  }

  @Override
  public String toString() {
    return "OnOfficeCredentials[token=redacted, secret=redacted]";
  }
}
