package io.ghlsync.core;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/** Reads a service's rate-limit headers into {@link RateLimitFeedback}. */
@FunctionalInterface
public interface RateLimitHeaders {

  /**
   * Reads the rate-limit headers of a response.
   *
   * @param response the response (its body is not touched)
   * @return what it said
   */
  RateLimitFeedback read(Response response);

  /**
   * GHL's headers: {@code X-RateLimit-Max}, {@code X-RateLimit-Remaining}, {@code
   * X-RateLimit-Interval-Milliseconds}, {@code X-RateLimit-Limit-Daily}, {@code
   * X-RateLimit-Daily-Remaining}, plus a standard {@code Retry-After} if one is sent.
   *
   * @return a reader of GHL's headers
   */
  static RateLimitHeaders ghl() {
    return r ->
        new RateLimitFeedback(
            r.code(),
            intHeader(r.header("X-RateLimit-Max")),
            intHeader(r.header("X-RateLimit-Remaining")),
            millisHeader(r.header("X-RateLimit-Interval-Milliseconds")),
            longHeader(r.header("X-RateLimit-Limit-Daily")),
            longHeader(r.header("X-RateLimit-Daily-Remaining")),
            secondsHeader(r.header("Retry-After")));
  }

  /**
   * IETF draft headers ({@code RateLimit-Limit}, {@code RateLimit-Remaining}, {@code
   * RateLimit-Reset} in seconds) and {@code Retry-After}.
   *
   * @return a reader of the IETF headers; {@code Retry-After} wins over {@code RateLimit-Reset}
   */
  static RateLimitHeaders ietf() {
    return r ->
        new RateLimitFeedback(
            r.code(),
            intHeader(r.header("RateLimit-Limit")),
            intHeader(r.header("RateLimit-Remaining")),
            Optional.empty(),
            OptionalLong.empty(),
            OptionalLong.empty(),
            secondsHeader(r.header("Retry-After"))
                .or(() -> secondsHeader(r.header("RateLimit-Reset"))));
  }

  /**
   * Parses an integer header leniently (missing or malformed means absent).
   *
   * @param value header value or null
   * @return the number, if well formed and not negative
   */
  static OptionalInt intHeader(@Nullable String value) {
    OptionalLong l = longHeader(value);
    return l.isPresent() && l.getAsLong() <= Integer.MAX_VALUE
        ? OptionalInt.of((int) l.getAsLong())
        : OptionalInt.empty();
  }

  /**
   * Parses a long header leniently.
   *
   * @param value header value or null
   * @return the number, if well formed and not negative
   */
  static OptionalLong longHeader(@Nullable String value) {
    if (value == null) {
      return OptionalLong.empty();
    }
    try {
      long l = Long.parseLong(value.trim());
      return l < 0 ? OptionalLong.empty() : OptionalLong.of(l);
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  /**
   * Parses a milliseconds header.
   *
   * @param value header value or null
   * @return the duration, if well formed and positive
   */
  static Optional<Duration> millisHeader(@Nullable String value) {
    OptionalLong l = longHeader(value);
    return l.isPresent() && l.getAsLong() > 0
        ? Optional.of(Duration.ofMillis(l.getAsLong()))
        : Optional.empty();
  }

  /**
   * Parses a delta-seconds header such as {@code Retry-After: 3} (HTTP dates are ignored).
   *
   * @param value header value or null
   * @return the duration, if well formed
   */
  static Optional<Duration> secondsHeader(@Nullable String value) {
    OptionalLong l = longHeader(value);
    return l.isPresent() ? Optional.of(Duration.ofSeconds(l.getAsLong())) : Optional.empty();
  }
}
