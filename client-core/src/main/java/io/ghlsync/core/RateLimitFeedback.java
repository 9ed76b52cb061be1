package io.ghlsync.core;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What one response said about rate limits. Absent values mean the service did not say.
 *
 * @param status HTTP status of the response
 * @param windowMax requests allowed per window
 * @param windowRemaining requests left in the current window
 * @param window the window length
 * @param dailyLimit the daily budget
 * @param dailyRemaining requests left today
 * @param retryAfter how long the service asked us to wait
 */
public record RateLimitFeedback(
    int status,
    OptionalInt windowMax,
    OptionalInt windowRemaining,
    Optional<Duration> window,
    OptionalLong dailyLimit,
    OptionalLong dailyRemaining,
    Optional<Duration> retryAfter) {

  /**
   * True for HTTP 429.
   *
   * @return {@code true} if the status is 429 (Too Many Requests)
   */
  public boolean tooManyRequests() {
    return status == 429;
  }

  /**
   * True when the service said the daily budget is used up.
   *
   * @return {@code true} if the daily remaining count was sent and is zero or less
   */
  public boolean dailyBudgetExhausted() {
    return dailyRemaining.isPresent() && dailyRemaining.getAsLong() <= 0;
  }
}
