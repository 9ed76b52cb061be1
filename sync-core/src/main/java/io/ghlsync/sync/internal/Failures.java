package io.ghlsync.sync.internal;

import io.ghlsync.core.ApiException;
import io.ghlsync.core.AuthenticationException;
import io.ghlsync.core.PermissionException;
import io.ghlsync.core.RateLimitException;
import io.ghlsync.sync.mapping.MappingException;
import java.time.Duration;
import java.util.Optional;

/**
 * Which failures the engine retries.
 *
 * <p>Retried: every {@link ApiException} except authentication and permission failures. That
 * includes validation errors on purpose: targets (and GHL, see its issue #64) have been seen to
 * answer 4xx for writes they applied, and the retry starts with a duplicate search, so it links
 * instead of creating twice. A genuine validation error costs a few bounded attempts before the
 * item is dead-lettered with the message.
 *
 * <p>Not retried (dead-lettered at once): mapping errors, authentication and permission failures
 * (they need the host to act), and any other exception (a bug or a configuration error).
 */
final class Failures {
  private Failures() {}

  static boolean isRetryable(RuntimeException e) {
    if (e instanceof MappingException
        || e instanceof AuthenticationException
        || e instanceof PermissionException) {
      return false;
    }
    return e instanceof ApiException;
  }

  /** The wait a rate limit asked for, if the failure is one. */
  static Optional<Duration> rateLimitWait(RuntimeException e) {
    if (e instanceof RateLimitException r) {
      return Optional.of(r.retryAfter().orElse(Duration.ZERO));
    }
    return Optional.empty();
  }

  /** Whether the failure is an exhausted daily budget, where waiting minutes is pointless. */
  static boolean isDailyBudget(RuntimeException e) {
    return e instanceof RateLimitException r && r.isDailyBudgetExhausted();
  }

  /** A short description for dead letters, audit and listeners (messages carry no secrets). */
  static String describe(Throwable e) {
    String message = e.getMessage();
    String type = e.getClass().getSimpleName();
    return message == null || message.isBlank() ? type : type + ": " + message;
  }
}
