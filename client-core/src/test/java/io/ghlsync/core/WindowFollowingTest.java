package io.ghlsync.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The limiter following a service's window, driven by a hand-moved ticker (no sleeping). */
class WindowFollowingTest {
  private static final long MS = 1_000_000;
  private final AtomicLong now = new AtomicLong(1_000 * MS);

  private KeyedRateLimiter limiter(int max, long windowMs, long marginMs) {
    return new KeyedRateLimiter(
        new RateLimitConfig(
            max,
            Duration.ofMillis(windowMs),
            0,
            Duration.ofSeconds(60),
            Duration.ofMillis(marginMs)),
        Clock.systemUTC(),
        now::get);
  }

  private static RateLimitFeedback ghl(int max, int remaining, long intervalMs) {
    return new RateLimitFeedback(
        200,
        OptionalInt.of(max),
        OptionalInt.of(remaining),
        Optional.of(Duration.ofMillis(intervalMs)),
        OptionalLong.empty(),
        OptionalLong.empty(),
        Optional.empty());
  }

  private static RateLimitFeedback contract(int status, int max, int remaining, long resetSeconds) {
    return new RateLimitFeedback(
        status,
        OptionalInt.of(max),
        OptionalInt.of(remaining),
        Optional.empty(),
        OptionalLong.empty(),
        OptionalLong.empty(),
        status == 429 ? Optional.of(Duration.ofSeconds(resetSeconds)) : Optional.empty(),
        Optional.of(Duration.ofSeconds(resetSeconds)));
  }

  private RateLimitPermit take(KeyedRateLimiter limiter) {
    KeyedRateLimiter.Attempt attempt = limiter.tryAcquire("loc");
    assertThat(attempt.permit()).as("a permit at %d ms", now.get() / MS).isNotNull();
    return attempt.permit();
  }

  private void advance(long ms) {
    now.addAndGet(ms * MS);
  }

  @Test
  void waitsExactlyUntilTheResetTheServerGaveAfterRemainingZero() {
    // The contract case: 3 per 12 s while configured for 100 per 10 s.
    KeyedRateLimiter limiter = limiter(100, 10_000, 50);
    for (int remaining = 2; remaining >= 0; remaining--) {
      RateLimitPermit p = take(limiter);
      advance(10);
      limiter.onResponse(p, contract(200, 3, remaining, 12));
    }
    // The first answer came 10 ms after the first request: the window ends 12 s after it.
    KeyedRateLimiter.Attempt blocked = limiter.tryAcquire("loc");
    assertThat(blocked.permit()).isNull();
    assertThat(blocked.waitNanos()).isEqualTo(12_000 * MS - 20 * MS);

    advance(10_000 - 20);
    assertThat(limiter.tryAcquire("loc").permit()).as("at 10 s, before the reset").isNull();
    advance(2_000 - 1);
    assertThat(limiter.tryAcquire("loc").permit()).isNull();
    advance(1);
    take(limiter);
  }

  @Test
  void aShortServerWindowIsUsedAgainAsSoonAsItEnds() {
    // 2 per 2 s with 4 calls: 2 s, not 10 s.
    KeyedRateLimiter limiter = limiter(100, 10_000, 50);
    RateLimitPermit a = take(limiter);
    RateLimitPermit b = take(limiter);
    advance(5);
    limiter.onResponse(a, contract(200, 2, 1, 2));
    limiter.onResponse(b, contract(200, 2, 0, 2));
    assertThat(limiter.tryAcquire("loc").waitNanos()).isEqualTo(2_000 * MS);
    advance(2_000);
    take(limiter);
    take(limiter);
  }

  @Test
  void anchorsAGhlWindowOnItsFirstAnswerAndLetsAllOfTheNextOneGoAtItsEnd() {
    KeyedRateLimiter limiter = limiter(5, 1_000, 3);
    RateLimitPermit[] permits = new RateLimitPermit[5];
    for (int i = 0; i < 5; i++) {
      permits[i] = take(limiter);
    }
    assertThat(limiter.tryAcquire("loc").permit()).isNull();
    advance(2);
    for (int i = 0; i < 5; i++) {
      limiter.onResponse(permits[i], ghl(5, 4 - i, 1_000));
    }
    // The service opened its window when it saw the first request: by the first answer at the
    // latest. Its end: that answer + 1 s + the 3 ms margin.
    assertThat(limiter.tryAcquire("loc").waitNanos()).isEqualTo(1_003 * MS);
    advance(1_003);
    for (int i = 0; i < 5; i++) {
      take(limiter);
    }
    assertThat(limiter.tryAcquire("loc").permit()).isNull();
  }

  @Test
  void requestsStillInFlightCountAgainstWhatTheServerReportsRemaining() {
    KeyedRateLimiter limiter = limiter(10, 1_000, 0);
    RateLimitPermit first = take(limiter);
    RateLimitPermit second = take(limiter);
    // Others used 7 of 10: after our first, 2 are left, and our second is still on its way.
    limiter.onResponse(first, ghl(10, 2, 1_000));
    take(limiter);
    assertThat(limiter.tryAcquire("loc").permit()).isNull();
    limiter.onResponse(second, ghl(10, 1, 1_000));
    assertThat(limiter.tryAcquire("loc").permit()).isNull();
  }

  @Test
  void remainingZeroHoldsEveryRequestUntilTheWindowEnds() {
    KeyedRateLimiter limiter = limiter(3, 1_000, 0);
    RateLimitPermit first = take(limiter);
    limiter.onResponse(first, ghl(3, 0, 1_000));
    assertThat(limiter.tryAcquire("loc").permit()).isNull();
    // Feedback of someone else's request in the same window changes nothing.
    advance(600);
    limiter.onResponse("loc", ghl(3, 0, 1_000));
    assertThat(limiter.tryAcquire("loc").waitNanos()).isEqualTo(400 * MS);
    advance(400);
    RateLimitPermit next = take(limiter);
    RateLimitPermit other = take(limiter);
    limiter.onResponse(next, ghl(3, 2, 1_000));
    // The new window's allowance: 2 left per the server, 1 still in flight.
    take(limiter);
    assertThat(limiter.tryAcquire("loc").permit()).isNull();
    limiter.onResponse(other, ghl(3, 1, 1_000));
  }

  @Test
  void detectsARollFromAnAnswerThatReportsMoreThanWasLeftWhenItWasSent() {
    KeyedRateLimiter limiter = limiter(4, 1_000, 0);
    RateLimitPermit a = take(limiter);
    RateLimitPermit b = take(limiter);
    limiter.onResponse(a, ghl(4, 2, 1_000)); // others share the window: 2 left, b in flight
    RateLimitPermit c = take(limiter); // sent knowing 2 were left
    assertThat(limiter.tryAcquire("loc").permit()).isNull();
    // c's answer says 3 left: the server opened a new window between a's answer and c.
    limiter.onResponse(c, ghl(4, 3, 1_000));
    // b is still in flight and counted in the new window: 3 - 1 = 2 may go at once.
    take(limiter);
    take(limiter);
    assertThat(limiter.tryAcquire("loc").permit()).isNull();
    limiter.onResponse(b, ghl(4, 0, 1_000));
  }

  @Test
  void a429BlocksTheKeyForItsRetryAfterAndSpendsTheWindow() {
    KeyedRateLimiter limiter = limiter(10, 1_000, 0);
    RateLimitPermit p = take(limiter);
    limiter.onResponse(p, contract(429, 10, 0, 3));
    assertThat(limiter.tryAcquire("loc").waitNanos()).isEqualTo(3_000 * MS);
    advance(3_000);
    take(limiter);
  }

  @Test
  void aRequestWithoutAnswerNoLongerCountsAsInFlight() {
    KeyedRateLimiter limiter = limiter(10, 1_000, 0);
    RateLimitPermit a = take(limiter);
    RateLimitPermit b = take(limiter);
    limiter.onResponse(a, ghl(10, 1, 1_000));
    assertThat(limiter.tryAcquire("loc").permit()).isNull();
    limiter.onNoResponse(b);
    limiter.onNoResponse(b);
    take(limiter);
    assertThat(limiter.budget("loc").windowRemaining()).hasValue(1);
  }
}
