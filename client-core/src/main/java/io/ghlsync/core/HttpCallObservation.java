package io.ghlsync.core;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * What happens to one observed call, in order: any number of {@link #rateLimitWaited} and {@link
 * #retried} (one per repeated attempt), {@link #budgetReported} after each answer that went through
 * the rate limiter, then exactly one {@link #finished}. Every method has an empty default.
 */
public interface HttpCallObservation {
  /** Observes nothing. */
  HttpCallObservation NONE = new HttpCallObservation() {};

  /**
   * The call waited for a rate-limit permit (reported only when it had to wait).
   *
   * @param key the rate-limit key, e.g. a GHL location id
   * @param wait how long it waited
   */
  default void rateLimitWaited(String key, Duration wait) {}

  /**
   * An attempt failed and the call is being repeated.
   *
   * @param attempt the number of the attempt about to start (2 for the first retry)
   * @param waited how long the call waited between the failed attempt and this one
   * @param cause why: {@code "HTTP <status>"} or the simple name of the I/O exception
   */
  default void retried(int attempt, Duration waited, String cause) {}

  /**
   * The service reported its rate budget for a key (after an answer).
   *
   * @param key the rate-limit key
   * @param budget the budget as last reported
   */
  default void budgetReported(String key, RateLimitBudget budget) {}

  /**
   * The call ended: with the status of the last answer, or with an I/O failure.
   *
   * @param status the HTTP status of the final answer, or 0 when there was none
   * @param error the I/O failure when there was no answer, else null
   */
  default void finished(int status, @Nullable Throwable error) {}
}
