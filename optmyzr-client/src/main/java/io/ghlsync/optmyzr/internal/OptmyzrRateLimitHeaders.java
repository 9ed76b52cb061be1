package io.ghlsync.optmyzr.internal;

import io.ghlsync.core.RateLimitFeedback;
import io.ghlsync.core.RateLimitHeaders;
import okhttp3.Response;

/**
 * The contract's rate-limit headers: the IETF names ({@code RateLimit-Limit}, {@code
 * RateLimit-Remaining}, {@code RateLimit-Reset} seconds until the window ends) with their {@code
 * X-RateLimit-*} variants where an IETF header is missing, plus {@code Retry-After}, as core {@link
 * RateLimitHeaders#ietf()} reads them. The reset is the window's end, never a retry delay.
 */
public final class OptmyzrRateLimitHeaders implements RateLimitHeaders {
  private static final RateLimitHeaders IETF = RateLimitHeaders.ietf();

  @Override
  public RateLimitFeedback read(Response r) {
    return IETF.read(r);
  }
}
