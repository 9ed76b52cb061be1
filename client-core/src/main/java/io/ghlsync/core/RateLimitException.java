package io.ghlsync.core;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A rate limit stopped the call: HTTP 429 that survived the retries, a client-side wait longer than
 * allowed, or an exhausted daily budget (which fails fast instead of waiting).
 */
public class RateLimitException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Whether the daily budget (not the burst window) is used up. */
  private final boolean dailyBudgetExhausted;

  /** How long until a retry may succeed, or null if unknown. */
  private final @Nullable Duration retryAfter;

  /**
   * Creates the exception from parsed error details.
   *
   * @param details what the response said
   * @param dailyBudgetExhausted whether the daily budget (not the burst window) is used up
   * @param retryAfter how long until a retry may succeed, if known
   */
  public RateLimitException(
      ErrorDetails details, boolean dailyBudgetExhausted, @Nullable Duration retryAfter) {
    super(details, !dailyBudgetExhausted, null);
    this.dailyBudgetExhausted = dailyBudgetExhausted;
    this.retryAfter = retryAfter;
  }

  /**
   * Creates a client-side rate-limit failure (nothing was sent).
   *
   * @param message what happened and what to do
   * @param dailyBudgetExhausted whether the daily budget is used up
   * @param retryAfter how long until a retry may succeed, if known
   */
  public RateLimitException(
      String message, boolean dailyBudgetExhausted, @Nullable Duration retryAfter) {
    super(message, 429, null, List.of(message), null, !dailyBudgetExhausted, null);
    this.dailyBudgetExhausted = dailyBudgetExhausted;
    this.retryAfter = retryAfter;
  }

  /**
   * True when the daily request budget is exhausted; waiting for the burst window won't help.
   *
   * @return {@code true} if the daily budget is used up
   */
  public boolean isDailyBudgetExhausted() {
    return dailyBudgetExhausted;
  }

  /**
   * How long until a retry may succeed, when known.
   *
   * @return the wait, or empty if unknown
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
