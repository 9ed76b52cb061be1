package io.ghlsync.core;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A client-side limiter with one bucket per key (for GHL: per location), so that callers block
 * briefly instead of receiving 429s.
 *
 * <p>Each bucket keeps a sliding log of the requests sent in the last window; a request may go when
 * fewer than {@code windowMax} were sent in the window. Server feedback adapts it: {@code
 * windowMax} and the window length follow the service's headers; when the service reports fewer
 * remaining requests than we counted (other processes share the quota), the difference is reserved
 * until the window passes; a 429 reserves the rest of the window; a daily budget the service
 * reports as exhausted fails fast with {@link RateLimitException}.
 *
 * <p>Failsafe's {@code RateLimiter} has fixed limits and cannot follow server headers, which is why
 * this class exists. It is thread safe.
 */
public final class KeyedRateLimiter {
  private static final Duration DAILY_RECHECK = Duration.ofMinutes(10);

  private final RateLimitConfig config;
  private final Clock clock;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  /**
   * Creates a limiter.
   *
   * @param config the starting limits
   */
  public KeyedRateLimiter(RateLimitConfig config) {
    this(config, Clock.systemUTC());
  }

  /**
   * Creates a limiter with a wall clock for the daily budget (tests).
   *
   * @param config the starting limits
   * @param clock wall clock used to find the UTC day
   */
  public KeyedRateLimiter(RateLimitConfig config, Clock clock) {
    this.config = config;
    this.clock = clock;
  }

  /**
   * Blocks until a request for {@code key} may be sent, at most {@link RateLimitConfig#maxWait()}.
   *
   * @param key the bucket key
   * @throws RateLimitException if the wait would exceed the maximum or the daily budget is spent
   * @throws InterruptedException if interrupted while waiting
   */
  public void acquire(String key) throws InterruptedException {
    bucket(key).acquire(key);
  }

  /**
   * Feeds a response's rate-limit headers back into the bucket of {@code key}.
   *
   * @param key the bucket key
   * @param feedback what the response said
   */
  public void onResponse(String key, RateLimitFeedback feedback) {
    bucket(key).onResponse(feedback);
  }

  /**
   * The current window limit of a key (after adaptation).
   *
   * @param key the bucket key
   * @return requests allowed per window
   */
  public int windowMax(String key) {
    return bucket(key).windowMax();
  }

  private Bucket bucket(String key) {
    return buckets.computeIfAbsent(key, k -> new Bucket());
  }

  private final class Bucket {
    private final ReentrantLock lock = new ReentrantLock(true);
    private final Condition changed = lock.newCondition();
    private final ArrayDeque<Long> sent = new ArrayDeque<>();
    private int windowMax = config.windowMax();
    private long windowNanos = config.window().toNanos();
    private long dailyMax = config.dailyMax();
    private long dailyUsed;
    private LocalDate day = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    private boolean dailyExhausted;
    private long dailyExhaustedUntilNanos;

    int windowMax() {
      lock.lock();
      try {
        return windowMax;
      } finally {
        lock.unlock();
      }
    }

    void acquire(String key) throws InterruptedException {
      long deadline = System.nanoTime() + config.maxWait().toNanos();
      lock.lockInterruptibly();
      try {
        while (true) {
          long now = System.nanoTime();
          rollDay();
          if (dailyExhausted && now - dailyExhaustedUntilNanos < 0) {
            throw new RateLimitException(
                "daily request budget for '"
                    + key
                    + "' is exhausted; calls fail fast until the service reports a new budget",
                true,
                Duration.ofNanos(dailyExhaustedUntilNanos - now));
          }
          if (dailyMax > 0 && dailyUsed >= dailyMax) {
            throw new RateLimitException(
                "daily request budget of " + dailyMax + " for '" + key + "' is used up",
                true,
                null);
          }
          long span = windowNanos + config.safetyMargin().toNanos();
          while (!sent.isEmpty() && now - sent.peekFirst() >= span) {
            sent.pollFirst();
          }
          if (sent.size() < windowMax) {
            sent.addLast(now);
            dailyUsed++;
            return;
          }
          long waitNanos = sent.peekFirst() + span - now;
          if (now + waitNanos - deadline > 0) {
            throw new RateLimitException(
                "rate limit for '"
                    + key
                    + "' needs a wait of "
                    + TimeUnit.NANOSECONDS.toMillis(waitNanos)
                    + " ms, more than the configured maxWait of "
                    + config.maxWait().toMillis()
                    + " ms",
                false,
                Duration.ofNanos(waitNanos));
          }
          changed.awaitNanos(waitNanos);
        }
      } finally {
        lock.unlock();
      }
    }

    void onResponse(RateLimitFeedback feedback) {
      lock.lock();
      try {
        long now = System.nanoTime();
        feedback.windowMax().ifPresent(max -> windowMax = Math.max(1, max));
        feedback.window().ifPresent(w -> windowNanos = w.toNanos());
        feedback.dailyLimit().ifPresent(limit -> dailyMax = limit);
        int counted = sent.size();
        int localRemaining = Math.max(0, windowMax - counted);
        int serverRemaining =
            feedback.tooManyRequests() ? 0 : feedback.windowRemaining().orElse(localRemaining);
        // Reserve what others consumed: phantom entries that expire with the window.
        for (int i = serverRemaining; i < localRemaining; i++) {
          sent.addLast(now);
        }
        if (feedback.dailyBudgetExhausted()) {
          dailyExhausted = true;
          dailyExhaustedUntilNanos = now + DAILY_RECHECK.toNanos();
        } else if (feedback.dailyRemaining().isPresent()) {
          dailyExhausted = false;
          if (dailyMax > 0) {
            dailyUsed = Math.max(0, dailyMax - feedback.dailyRemaining().getAsLong());
          }
        }
        changed.signalAll();
      } finally {
        lock.unlock();
      }
    }

    private void rollDay() {
      LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
      if (!today.equals(day)) {
        day = today;
        dailyUsed = 0;
      }
    }
  }
}
