package io.ghlsync.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * A credential value (token, secret, API key) that never shows itself in {@code toString}, logs or
 * exception messages. Call {@link #reveal()} only at the point where the value goes on the wire.
 */
public final class Secret {
  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /**
   * Wraps a credential value.
   *
   * @param value the raw value; must not be blank
   * @param field the field name used in the error, e.g. {@code "privateIntegrationToken"}
   * @return the secret
   * @throws IllegalArgumentException if the value is null or blank
   */
  public static Secret of(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return new Secret(value);
  }

  /**
   * Returns the raw value, for putting on the wire. Never log it.
   *
   * @return the raw credential value
   */
  public String reveal() {
    return value;
  }

  /** Constant-time comparison with another secret. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Secret s
        && MessageDigest.isEqual(
            value.getBytes(StandardCharsets.UTF_8), s.value.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "Secret[redacted]";
  }
}
