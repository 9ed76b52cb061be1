package io.ghlsync.core;

import java.util.ArrayList;
import java.util.List;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A server enforcing {@code max} requests per window; a window opens with the first request after
 * the previous one ended (as the testkit's fake GHL does). Speaks either GHL's headers ({@code
 * X-RateLimit-Max/Remaining/Interval-Milliseconds}) or the Optmyzr contract's ({@code
 * RateLimit-Limit/Remaining/Reset} in whole seconds, rounded up, and {@code Retry-After} on a 429),
 * and records when each request arrived and how it was answered.
 */
final class WindowServer extends Dispatcher {
  /** One request as the server saw it. */
  record Arrival(long nanos, int status) {}

  private final int max;
  private final long windowNanos;
  private final boolean ghlHeaders;
  private long windowStart = Long.MIN_VALUE;
  private int used;
  private final List<Arrival> arrivals = new ArrayList<>();

  WindowServer(int max, long windowMillis, boolean ghlHeaders) {
    this.max = max;
    this.windowNanos = windowMillis * 1_000_000;
    this.ghlHeaders = ghlHeaders;
  }

  @Override
  public synchronized MockResponse dispatch(RecordedRequest request) {
    long now = System.nanoTime();
    if (windowStart == Long.MIN_VALUE || now - windowStart >= windowNanos) {
      windowStart = now;
      used = 0;
    }
    boolean allowed = used < max;
    if (allowed) {
      used++;
    }
    arrivals.add(new Arrival(now, allowed ? 200 : 429));
    long resetNanos = windowStart + windowNanos - now;
    MockResponse.Builder b =
        new MockResponse.Builder()
            .code(allowed ? 200 : 429)
            .addHeader("Content-Type", "application/json");
    if (ghlHeaders) {
      b.addHeader("X-RateLimit-Max", max)
          .addHeader("X-RateLimit-Remaining", max - used)
          .addHeader("X-RateLimit-Interval-Milliseconds", windowNanos / 1_000_000);
    } else {
      long resetSeconds = (resetNanos + 999_999_999) / 1_000_000_000;
      b.addHeader("RateLimit-Limit", max)
          .addHeader("RateLimit-Remaining", max - used)
          .addHeader("RateLimit-Reset", resetSeconds);
      if (!allowed) {
        b.addHeader("Retry-After", resetSeconds);
      }
    }
    return b.body(allowed ? "{\"ok\":true}" : "{\"message\":\"Too Many\"}").build();
  }

  synchronized List<Arrival> arrivals() {
    return List.copyOf(arrivals);
  }

  synchronized long rejected() {
    return arrivals.stream().filter(a -> a.status() == 429).count();
  }
}
