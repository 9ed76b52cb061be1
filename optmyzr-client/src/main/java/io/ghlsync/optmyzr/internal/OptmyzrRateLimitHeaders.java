package io.ghlsync.optmyzr.internal;

import io.ghlsync.core.RateLimitFeedback;
import io.ghlsync.core.RateLimitHeaders;
import java.util.OptionalInt;
import okhttp3.Response;

/**
 * The contract's rate-limit headers: the IETF names ({@code RateLimit-Limit}, {@code
 * RateLimit-Remaining}, {@code RateLimit-Reset} seconds) read by core {@link
 * RateLimitHeaders#ietf()}, plus {@code Retry-After}; where an IETF header is missing, its {@code
 * X-RateLimit-*} variant is used.
 */
public final class OptmyzrRateLimitHeaders implements RateLimitHeaders {
  private static final RateLimitHeaders IETF = RateLimitHeaders.ietf();

  @Override
  public RateLimitFeedback read(Response r) {
    RateLimitFeedback f = IETF.read(r);
    OptionalInt max = f.windowMax();
    if (max.isEmpty()) {
      max = RateLimitHeaders.intHeader(r.header("X-RateLimit-Limit"));
    }
    OptionalInt remaining = f.windowRemaining();
    if (remaining.isEmpty()) {
      remaining = RateLimitHeaders.intHeader(r.header("X-RateLimit-Remaining"));
    }
    var retryAfter =
        f.retryAfter().or(() -> RateLimitHeaders.secondsHeader(r.header("X-RateLimit-Reset")));
    return new RateLimitFeedback(
        f.status(), max, remaining, f.window(), f.dailyLimit(), f.dailyRemaining(), retryAfter);
  }
}
