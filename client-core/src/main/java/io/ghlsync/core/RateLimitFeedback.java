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
 * @param retryAfter how long the service asked us to wait before repeating this request ({@code
 *     Retry-After}); only ever lengthened, never shortened, by the retry policy
 * @param reset how long until the current window ends and its full allowance is back ({@code
 *     RateLimit-Reset}, {@code X-RateLimit-Reset}); the window's end, not a retry delay
 */
public record RateLimitFeedback(
    int status,
    OptionalInt windowMax,
    OptionalInt windowRemaining,
    Optional<Duration> window,
    OptionalLong dailyLimit,
    OptionalLong dailyRemaining,
    Optional<Duration> retryAfter,
    Optional<Duration> reset) {

  /**
   * Feedback from a service that does not report when its window ends (GHL).
   *
   * @param status HTTP status of the response
   * @param windowMax requests allowed per window
   * @param windowRemaining requests left in the current window
   * @param window the window length
   * @param dailyLimit the daily budget
   * @param dailyRemaining requests left today
   * @param retryAfter how long the service asked us to wait before repeating this request
   */
  public RateLimitFeedback(
      int status,
      OptionalInt windowMax,
      OptionalInt windowRemaining,
      Optional<Duration> window,
      OptionalLong dailyLimit,
      OptionalLong dailyRemaining,
      Optional<Duration> retryAfter) {
    this(
        status,
        windowMax,
        windowRemaining,
        window,
        dailyLimit,
        dailyRemaining,
        retryAfter,
        Optional.empty());
  }

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
