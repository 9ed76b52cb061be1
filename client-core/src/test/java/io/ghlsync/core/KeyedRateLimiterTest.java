package io.ghlsync.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class KeyedRateLimiterTest {

  private static RateLimitConfig config(int max, long windowMillis, long daily, long maxWaitMs) {
    return new RateLimitConfig(
        max, Duration.ofMillis(windowMillis), daily, Duration.ofMillis(maxWaitMs), Duration.ZERO);
  }

  private static RateLimitFeedback feedback(
      int status, Integer max, Integer remaining, Long intervalMs, Long dailyRemaining) {
    return new RateLimitFeedback(
        status,
        max == null ? OptionalInt.empty() : OptionalInt.of(max),
        remaining == null ? OptionalInt.empty() : OptionalInt.of(remaining),
        intervalMs == null ? Optional.empty() : Optional.of(Duration.ofMillis(intervalMs)),
        OptionalLong.empty(),
        dailyRemaining == null ? OptionalLong.empty() : OptionalLong.of(dailyRemaining),
        Optional.empty());
  }

  @Test
  void blocksTheRequestBeyondTheWindowUntilTheWindowPasses() throws Exception {
    KeyedRateLimiter limiter = new KeyedRateLimiter(config(5, 200, 0, 5_000));
    for (int i = 0; i < 5; i++) {
      limiter.acquire("loc");
    }
    long start = System.nanoTime();
    limiter.acquire("loc");
    long waitedMs = (System.nanoTime() - start) / 1_000_000;

    assertThat(waitedMs).isGreaterThanOrEqualTo(150);
  }

  @Test
  void keysHaveIndependentBuckets() throws Exception {
    KeyedRateLimiter limiter = new KeyedRateLimiter(config(1, 10_000, 0, 0));
    limiter.acquire("location-a");
    limiter.acquire("location-b");

    assertThatThrownBy(() -> limiter.acquire("location-a"))
        .isInstanceOf(RateLimitException.class)
        .hasMessageContaining("location-a")
        .hasMessageContaining("maxWait");
  }

  @Test
  void adaptsTheWindowLimitToTheServerHeader() throws Exception {
    KeyedRateLimiter limiter = new KeyedRateLimiter(config(100, 10_000, 0, 0));
    limiter.onResponse("loc", feedback(200, 2, 2, 10_000L, null));

    assertThat(limiter.windowMax("loc")).isEqualTo(2);
    limiter.acquire("loc");
    limiter.acquire("loc");
    assertThatThrownBy(() -> limiter.acquire("loc")).isInstanceOf(RateLimitException.class);
  }

  @Test
  void reservesWhatOtherClientsConsumedWhenTheServerReportsLessRemaining() throws Exception {
    KeyedRateLimiter limiter = new KeyedRateLimiter(config(10, 10_000, 0, 0));
    RateLimitPermit first = limiter.acquire("loc");
    // We sent one, but the server says only one is left: someone else used eight.
    limiter.onResponse(first, feedback(200, 10, 1, null, null));

    limiter.acquire("loc");
    assertThatThrownBy(() -> limiter.acquire("loc")).isInstanceOf(RateLimitException.class);
  }

  @Test
  void a429ReservesTheRestOfTheWindow() throws Exception {
    KeyedRateLimiter limiter = new KeyedRateLimiter(config(10, 10_000, 0, 0));
    limiter.acquire("loc");
    limiter.onResponse("loc", feedback(429, null, null, null, null));

    assertThatThrownBy(() -> limiter.acquire("loc")).isInstanceOf(RateLimitException.class);
  }

  @Test
  void exhaustedDailyBudgetFailsFastWithADistinctFlag() throws Exception {
    KeyedRateLimiter limiter = new KeyedRateLimiter(config(100, 10_000, 200_000, 60_000));
    limiter.acquire("loc");
    limiter.onResponse("loc", feedback(200, null, null, null, 0L));

    long start = System.nanoTime();
    assertThatThrownBy(() -> limiter.acquire("loc"))
        .isInstanceOfSatisfying(
            RateLimitException.class,
            e -> {
              assertThat(e.isDailyBudgetExhausted()).isTrue();
              assertThat(e.isRetryable()).isFalse();
            })
        .hasMessageContaining("daily");
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1_000);
  }

  @Test
  void localDailyCountStopsAtTheConfiguredBudget() throws Exception {
    KeyedRateLimiter limiter = new KeyedRateLimiter(config(100, 10_000, 2, 0));
    limiter.acquire("loc");
    limiter.acquire("loc");

    assertThatThrownBy(() -> limiter.acquire("loc"))
        .isInstanceOfSatisfying(
            RateLimitException.class, e -> assertThat(e.isDailyBudgetExhausted()).isTrue());
  }

  @Test
  void aNewDailyRemainingFromTheServerLiftsTheExhaustion() throws Exception {
    KeyedRateLimiter limiter = new KeyedRateLimiter(config(100, 10_000, 200_000, 0));
    limiter.onResponse("loc", feedback(200, null, null, null, 0L));
    limiter.onResponse("loc", feedback(200, null, null, null, 5_000L));

    limiter.acquire("loc");
  }

  @Test
  void configRejectsNonsense() {
    assertThatThrownBy(() -> config(0, 100, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("windowMax");
    assertThatThrownBy(() -> config(1, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("window");
    assertThatThrownBy(() -> config(1, 10, -1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dailyMax");
  }
}
