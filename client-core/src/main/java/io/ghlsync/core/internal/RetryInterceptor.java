package io.ghlsync.core.internal;

import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import io.ghlsync.core.HttpCallObservation;
import io.ghlsync.core.RateLimitHeaders;
import io.ghlsync.core.RetryConfig;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Set;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Repeats failed attempts with Failsafe: exponential backoff with jitter, honouring the server's
 * {@code Retry-After} (jitter only lengthens it; a wait beyond {@link RetryConfig#maxDelay()} ends
 * the retries so the caller sees the 429 with its retry-after instead of a too-early repeat), see
 * {@link RetryDelays}. A 429 is always repeated (the service did not process the request), except
 * when the daily budget is gone; 502/503/504 and I/O errors only for requests that are safe to
 * repeat: GET, HEAD, PUT, DELETE, OPTIONS, or any request whose {@link RequestTag} says so.
 */
public final class RetryInterceptor implements Interceptor {
  private static final Logger LOG = LoggerFactory.getLogger("io.ghlsync.http");
  private static final Set<Integer> RETRYABLE_STATUS = Set.of(502, 503, 504);
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");

  private final RetryConfig config;
  private final RateLimitHeaders headers;
  private final RetryDelays delays;
  private final RetryPolicy<Response> safePolicy;
  private final RetryPolicy<Response> unsafePolicy;

  /**
   * Creates the interceptor.
   *
   * @param config retry settings
   * @param headers how to read {@code Retry-After} and rate-limit headers
   */
  public RetryInterceptor(RetryConfig config, RateLimitHeaders headers) {
    this.config = config;
    this.headers = headers;
    this.delays = new RetryDelays(config, headers);
    this.safePolicy = policy(true);
    this.unsafePolicy = policy(false);
  }

  /**
   * Whether a request may be repeated after an I/O error or 5xx.
   *
   * @param request the request
   * @return true if safe to repeat
   */
  public static boolean isRetrySafe(Request request) {
    RequestTag options = request.tag(RequestTag.class);
    if (options != null && options.retrySafe() != null) {
      return options.retrySafe();
    }
    return SAFE_METHODS.contains(request.method());
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    RequestTag tag = request.tag(RequestTag.class);
    if (config.maxAttempts() <= 1 || (tag != null && tag.retriesDisabled())) {
      return chain.proceed(request);
    }
    RetryPolicy<Response> policy = isRetrySafe(request) ? safePolicy : unsafePolicy;
    try {
      HttpCallObservation observation = ObservingInterceptor.of(request);
      long[] lastEnd = {0};
      return Failsafe.with(policy)
          .get(
              ctx -> {
                if (ctx.getAttemptCount() > 0) {
                  observation.retried(
                      ctx.getAttemptCount() + 1,
                      Duration.ofNanos(System.nanoTime() - lastEnd[0]),
                      cause(ctx.getLastResult(), ctx.getLastException()));
                }
                try {
                  return chain.proceed(request);
                } finally {
                  lastEnd[0] = System.nanoTime();
                }
              });
    } catch (FailsafeException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof InterruptedException) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting to retry");
      }
      throw e;
    }
  }

  private static String cause(@Nullable Response last, @Nullable Throwable failure) {
    if (last != null) {
      return "HTTP " + last.code();
    }
    return failure == null ? "unknown" : failure.getClass().getSimpleName();
  }

  // Built once: a policy per safety class, shared by all requests (policies are thread safe).
  private RetryPolicy<Response> policy(boolean safe) {
    return RetryPolicy.<Response>builder()
        .handleIf((response, failure) -> shouldRetry(safe, response, failure))
        .withMaxAttempts(config.maxAttempts())
        // All of the delay, jitter included, is computed here: Failsafe's own jitter would also
        // shorten a server's Retry-After.
        .withDelayFn(ctx -> delays.delay(ctx.getAttemptCount(), ctx.getLastResult()))
        .onRetryScheduled(
            event -> {
              Response last = event.getLastResult();
              LOG.info(
                  "retrying {} in {} ms (attempt {} of {}) after {}",
                  last != null
                      ? last.request().method() + " " + Redaction.url(last.request().url())
                      : "request",
                  event.getDelay().toMillis(),
                  event.getAttemptCount() + 1,
                  config.maxAttempts(),
                  last != null ? "HTTP " + last.code() : String.valueOf(event.getLastException()));
            })
        .onRetry(
            event -> {
              Response last = event.getLastResult();
              if (last != null) {
                LOG.debug(
                    "retrying {} {} (attempt {}) after HTTP {}",
                    last.request().method(),
                    Redaction.url(last.request().url()),
                    event.getAttemptCount() + 1,
                    last.code());
                last.close();
              } else {
                LOG.debug(
                    "retrying (attempt {}) after {}",
                    event.getAttemptCount() + 1,
                    String.valueOf(event.getLastException()));
              }
            })
        .build();
  }

  private boolean shouldRetry(
      boolean safe, @Nullable Response response, @Nullable Throwable failure) {
    if (failure != null) {
      return safe
          && failure instanceof IOException
          && !(failure instanceof InterruptedIOException && Thread.currentThread().isInterrupted());
    }
    if (response == null) {
      return false;
    }
    if (response.code() == 429) {
      return !headers.read(response).dailyBudgetExhausted() && delays.serverWaitFits(response);
    }
    return safe && RETRYABLE_STATUS.contains(response.code()) && delays.serverWaitFits(response);
  }
}
