package io.ghlsync.core;

import java.time.Duration;

/**
 * Retry settings: exponential backoff with jitter for 429, 502, 503, 504 and I/O errors. Only
 * requests that are safe to repeat are retried after an I/O error or 5xx; a 429 is always retried
 * because the service did not process the request.
 *
 * @param maxAttempts total attempts including the first (1 disables retries)
 * @param initialDelay first backoff delay
 * @param maxDelay upper bound for any backoff delay; a server's {@code Retry-After} (or a 429's
 *     window reset) longer than this ends the retries instead of being cut short
 * @param jitterFactor random spread applied to each backoff delay, 0..1; a server-given wait is
 *     only ever lengthened by it
 */
public record RetryConfig(
    int maxAttempts, Duration initialDelay, Duration maxDelay, double jitterFactor) {

  /**
   * Validates the settings.
   *
   * @param maxAttempts total attempts including the first; at least 1
   * @param initialDelay first backoff delay; positive
   * @param maxDelay upper bound for any delay; greater than {@code initialDelay}
   * @param jitterFactor random spread applied to each delay, 0..1
   * @throws IllegalArgumentException if a setting is out of range
   */
  public RetryConfig {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
    }
    if (initialDelay.isNegative() || initialDelay.isZero()) {
      throw new IllegalArgumentException("initialDelay must be positive");
    }
    if (maxDelay.compareTo(initialDelay) <= 0) {
      throw new IllegalArgumentException("maxDelay must be greater than initialDelay");
    }
    if (jitterFactor < 0 || jitterFactor > 1) {
      throw new IllegalArgumentException("jitterFactor must be within 0..1, was " + jitterFactor);
    }
  }

  /**
   * Four attempts, 500 ms doubling up to 30 s, 20% jitter.
   *
   * @return the default retry settings
   */
  public static RetryConfig defaults() {
    return new RetryConfig(4, Duration.ofMillis(500), Duration.ofSeconds(30), 0.2);
  }

  /**
   * No retries at all.
   *
   * @return settings allowing a single attempt
   */
  public static RetryConfig disabled() {
    return new RetryConfig(1, Duration.ofMillis(1), Duration.ofMillis(2), 0);
  }
}
