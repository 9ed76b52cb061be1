package io.ghlsync.core.internal;

import io.ghlsync.core.RateLimitFeedback;
import io.ghlsync.core.RateLimitHeaders;
import io.ghlsync.core.RetryConfig;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * How long to wait before the next attempt. A wait the server gave is a floor: {@code Retry-After}
 * is only ever lengthened by the jitter (spreading clients that were told the same moment), and a
 * 429's {@code RateLimit-Reset} (the window's end) is waited exactly. Everything else (a 5xx
 * without {@code Retry-After}, an I/O error, a 429 that says nothing) backs off exponentially with
 * symmetric jitter. A reset header on a 5xx is no retry delay: the window's end says nothing about
 * when the server recovers.
 */
final class RetryDelays {
  private final RetryConfig config;
  private final RateLimitHeaders headers;
  private final DoubleSupplier random;

  RetryDelays(RetryConfig config, RateLimitHeaders headers) {
    this(config, headers, () -> ThreadLocalRandom.current().nextDouble());
  }

  RetryDelays(RetryConfig config, RateLimitHeaders headers, DoubleSupplier random) {
    this.config = config;
    this.headers = headers;
    this.random = random;
  }

  /**
   * The wait the server asked for before repeating this answer's request, if it said one.
   *
   * @param response the answer
   * @return {@code Retry-After}, or for a 429 without it the reset of the window
   */
  Optional<Duration> serverWait(Response response) {
    RateLimitFeedback feedback = headers.read(response);
    if (feedback.retryAfter().isPresent()) {
      return feedback.retryAfter();
    }
    return response.code() == 429 ? feedback.reset() : Optional.empty();
  }

  /**
   * Whether the server's wait fits the configured bound; a longer one ends the retries (the caller
   * gets the error with its retry-after and reschedules) instead of retrying too early.
   *
   * @param response the answer
   * @return true if there is no server wait or it is at most {@code maxDelay}
   */
  boolean serverWaitFits(Response response) {
    return serverWait(response).map(d -> d.compareTo(config.maxDelay()) <= 0).orElse(true);
  }

  /**
   * The delay before attempt {@code attempts + 1}.
   *
   * @param attempts attempts made so far (1 after the first failure)
   * @param last the last answer, or null after an I/O error
   * @return the delay
   */
  Duration delay(int attempts, @Nullable Response last) {
    if (last != null) {
      RateLimitFeedback feedback = headers.read(last);
      Optional<Duration> retryAfter = feedback.retryAfter();
      if (retryAfter.isPresent()) {
        return lengthened(retryAfter.get());
      }
      if (last.code() == 429 && feedback.reset().isPresent()) {
        return feedback.reset().get();
      }
    }
    return backoff(attempts);
  }

  private Duration lengthened(Duration serverWait) {
    long base = serverWait.toNanos();
    long jittered = base + (long) (base * config.jitterFactor() * random.getAsDouble());
    long cap = Math.max(base, config.maxDelay().toNanos());
    return Duration.ofNanos(Math.min(jittered, cap));
  }

  private Duration backoff(int attempts) {
    double exponential =
        config.initialDelay().toNanos() * Math.pow(2, Math.max(0, Math.min(attempts - 1, 30)));
    double bounded = Math.min(exponential, config.maxDelay().toNanos());
    double spread = bounded * config.jitterFactor() * (2 * random.getAsDouble() - 1);
    long nanos = (long) Math.min(bounded + spread, config.maxDelay().toNanos());
    return Duration.ofNanos(Math.max(0, nanos));
  }
}
