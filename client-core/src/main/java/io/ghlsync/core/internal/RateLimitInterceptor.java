package io.ghlsync.core.internal;

import io.ghlsync.core.HttpCallObservation;
import io.ghlsync.core.KeyedRateLimiter;
import io.ghlsync.core.RateLimitHeaders;
import io.ghlsync.core.RateLimitPermit;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes a permit from the key's bucket before each attempt and hands it back with the answer's
 * headers (or without an answer after an I/O error), so the bucket knows what is in flight.
 */
public final class RateLimitInterceptor implements Interceptor {
  private static final Logger LOG = LoggerFactory.getLogger("io.ghlsync.ratelimit");

  private final KeyedRateLimiter limiter;
  private final RateLimitHeaders headers;
  private final String defaultKey;

  /**
   * Creates the interceptor.
   *
   * @param limiter the shared limiter
   * @param headers how to read the service's rate-limit headers
   * @param defaultKey key for requests whose {@link RequestTag} name none
   */
  public RateLimitInterceptor(
      KeyedRateLimiter limiter, RateLimitHeaders headers, String defaultKey) {
    this.limiter = limiter;
    this.headers = headers;
    this.defaultKey = defaultKey;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    RequestTag options = request.tag(RequestTag.class);
    String key =
        options == null || options.rateLimitKey() == null ? defaultKey : options.rateLimitKey();
    RateLimitPermit permit;
    long start = System.nanoTime();
    try {
      permit = limiter.acquire(key);
      long waited = System.nanoTime() - start;
      logWait(key, waited);
      if (TimeUnit.NANOSECONDS.toMillis(waited) > 0) {
        ObservingInterceptor.of(request).rateLimitWaited(key, Duration.ofNanos(waited));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for a rate-limit permit");
    }
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException | RuntimeException e) {
      limiter.onNoResponse(permit);
      throw e;
    }
    limiter.onResponse(permit, headers.read(response));
    HttpCallObservation observation = ObservingInterceptor.of(request);
    if (observation != HttpCallObservation.NONE) {
      observation.budgetReported(key, limiter.budget(key));
    }
    return response;
  }

  private void logWait(String key, long nanos) {
    long millis = TimeUnit.NANOSECONDS.toMillis(nanos);
    if (millis >= 1000) {
      LOG.info(
          "waited {} ms for a request permit of rate-limit key '{}' (budget of the window spent;"
              + " {})",
          millis,
          key,
          limiter.budget(key));
    } else if (millis > 0 && LOG.isDebugEnabled()) {
      LOG.debug("waited {} ms for a request permit of rate-limit key '{}'", millis, key);
    }
  }
}
