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
   * X-RateLimit-Daily-Remaining}, plus a standard {@code Retry-After} and an {@code
   * X-RateLimit-Reset} if one is sent. GHL documents no reset header: the limiter then anchors the
   * window on the first answer that opened it.
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
            secondsHeader(r.header("Retry-After")),
            resetHeader(r.header("X-RateLimit-Reset")));
  }

  /**
   * IETF draft headers ({@code RateLimit-Limit}, {@code RateLimit-Remaining}, {@code
   * RateLimit-Reset} in seconds), each falling back to its {@code X-RateLimit-*} variant, and
   * {@code Retry-After}.
   *
   * <p>{@code RateLimit-Reset} says when the window ends (its allowance is back then); it is not a
   * retry delay: a 503 retry backs off, and a request sent before {@code RateLimit-Remaining}
   * reached 0 needs no wait at all.
   *
   * @return a reader of the IETF headers
   */
  static RateLimitHeaders ietf() {
    return r ->
        new RateLimitFeedback(
            r.code(),
            intHeader(first(r, "RateLimit-Limit", "X-RateLimit-Limit")),
            intHeader(first(r, "RateLimit-Remaining", "X-RateLimit-Remaining")),
            Optional.empty(),
            OptionalLong.empty(),
            OptionalLong.empty(),
            secondsHeader(r.header("Retry-After")),
            resetHeader(first(r, "RateLimit-Reset", "X-RateLimit-Reset")));
  }

  /**
   * The first of two headers that is present.
   *
   * @param response the response
   * @param name the preferred header
   * @param fallback the header used when {@code name} is missing
   * @return the value, or null when neither is present
   */
  private static @Nullable String first(Response response, String name, String fallback) {
    String value = response.header(name);
    return value != null ? value : response.header(fallback);
  }

  /**
   * Parses a reset header: delta seconds until the window ends ({@code RateLimit-Reset: 12}), or,
   * for values beyond 10^9, an absolute Unix time in seconds as some services send in {@code
   * X-RateLimit-Reset}.
   *
   * @param value header value or null
   * @return how long until the window ends, if well formed
   */
  static Optional<Duration> resetHeader(@Nullable String value) {
    OptionalLong l = longHeader(value);
    if (l.isEmpty()) {
      return Optional.empty();
    }
    long seconds = l.getAsLong();
    if (seconds > 1_000_000_000L) {
      long millis = seconds * 1000 - System.currentTimeMillis();
      return Optional.of(Duration.ofMillis(Math.max(0, millis)));
    }
    return Optional.of(Duration.ofSeconds(seconds));
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
