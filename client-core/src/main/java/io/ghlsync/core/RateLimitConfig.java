package io.ghlsync.core;

import java.time.Duration;

/**
 * Client-side rate limit per key (for GHL: per location). The limits are starting points: the
 * limiter adapts to the server's rate-limit headers as responses arrive.
 *
 * @param windowMax requests allowed per window (GHL: 100)
 * @param window the window length (GHL: 10 s)
 * @param dailyMax requests allowed per day (GHL: 200,000); 0 disables the daily budget
 * @param maxWait the longest a caller blocks for a permit before {@link RateLimitException}
 * @param safetyMargin extra time added to the window, absorbing clock and network skew
 */
public record RateLimitConfig(
    int windowMax, Duration window, long dailyMax, Duration maxWait, Duration safetyMargin) {

  /**
   * Validates the settings.
   *
   * @param windowMax requests allowed per window; at least 1
   * @param window the window length; positive
   * @param dailyMax requests allowed per day; 0 disables the daily budget
   * @param maxWait the longest a caller blocks for a permit; not negative
   * @param safetyMargin extra time added to the window; not negative
   * @throws IllegalArgumentException if a setting is out of range
   */
  public RateLimitConfig {
    if (windowMax < 1) {
      throw new IllegalArgumentException("windowMax must be at least 1, was " + windowMax);
    }
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("window must be positive");
    }
    if (dailyMax < 0) {
      throw new IllegalArgumentException("dailyMax must not be negative");
    }
    if (maxWait.isNegative()) {
      throw new IllegalArgumentException("maxWait must not be negative");
    }
    if (safetyMargin.isNegative()) {
      throw new IllegalArgumentException("safetyMargin must not be negative");
    }
  }

  /**
   * GHL's documented limits: 100 requests per 10 s and 200,000 per day; wait at most 60 s.
   *
   * @return the configuration, with a 50 ms safety margin
   */
  public static RateLimitConfig ghlDefaults() {
    return new RateLimitConfig(
        100, Duration.ofSeconds(10), 200_000, Duration.ofSeconds(60), Duration.ofMillis(50));
  }

  /**
   * A window limit with no daily budget.
   *
   * @param windowMax requests per window
   * @param window window length
   * @return the configuration
   */
  public static RateLimitConfig perWindow(int windowMax, Duration window) {
    return new RateLimitConfig(windowMax, window, 0, Duration.ofSeconds(60), Duration.ofMillis(20));
  }

  /**
   * Returns a copy with another maximum wait.
   *
   * @param newMaxWait the longest a caller may block
   * @return the copy
   */
  public RateLimitConfig withMaxWait(Duration newMaxWait) {
    return new RateLimitConfig(windowMax, window, dailyMax, newMaxWait, safetyMargin);
  }
}
