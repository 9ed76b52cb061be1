package io.ghlsync.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Request budgets per key (e.g. per GHL location): a fixed window of {@code max} requests per
 * {@code interval} that opens with the first request after the previous window ended, and a daily
 * budget that resets at midnight UTC. Both follow the given clock, so tests with a {@link
 * TestClock} control them exactly, and both scale down for fast tests (e.g. 100 per 200 ms).
 * Refused requests are not counted. Thread-safe.
 */
public final class RequestBudget {
  private final int max;
  private final Duration interval;
  private final long dailyLimit;
  private final Clock clock;
  private final Map<String, Counter> counters = new ConcurrentHashMap<>();

  /**
   * Creates budgets.
   *
   * @param max the most requests per window, at least 1
   * @param interval the window length, positive
   * @param dailyLimit the most requests per UTC day, at least 1
   * @param clock the clock that drives windows and days
   */
  public RequestBudget(int max, Duration interval, long dailyLimit, Clock clock) {
    if (max < 1) {
      throw new IllegalArgumentException("max must be at least 1: " + max);
    }
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("interval must be positive: " + interval);
    }
    if (dailyLimit < 1) {
      throw new IllegalArgumentException("dailyLimit must be at least 1: " + dailyLimit);
    }
    this.max = max;
    this.interval = interval;
    this.dailyLimit = dailyLimit;
    this.clock = clock;
  }

  /**
   * Counts one request for a key if both budgets allow it.
   *
   * @param key the budget key, e.g. a location id
   * @return the budget after this request
   */
  public BudgetState acquire(String key) {
    Counter counter = counters.computeIfAbsent(key, k -> new Counter());
    synchronized (counter) {
      Instant now = clock.instant();
      counter.roll(now);
      boolean allowed = counter.windowCount < max && counter.dayCount < dailyLimit;
      if (allowed) {
        counter.windowCount++;
        counter.dayCount++;
      }
      return state(counter, now, allowed);
    }
  }

  /**
   * Reads a key's budget without counting a request.
   *
   * @param key the budget key
   * @return the current budget
   */
  public BudgetState peek(String key) {
    Counter counter = counters.computeIfAbsent(key, k -> new Counter());
    synchronized (counter) {
      Instant now = clock.instant();
      counter.roll(now);
      return state(counter, now, counter.windowCount < max && counter.dayCount < dailyLimit);
    }
  }

  private BudgetState state(Counter counter, Instant now, boolean allowed) {
    Duration resetIn = Duration.between(now, counter.windowStart.plus(interval));
    return new BudgetState(
        allowed,
        max,
        max - counter.windowCount,
        interval,
        dailyLimit,
        dailyLimit - counter.dayCount,
        resetIn.isNegative() ? Duration.ZERO : resetIn);
  }

  private final class Counter {
    Instant windowStart = Instant.EPOCH;
    int windowCount;
    LocalDate day = LocalDate.MIN;
    long dayCount;

    void roll(Instant now) {
      if (!now.isBefore(windowStart.plus(interval))) {
        windowStart = now;
        windowCount = 0;
      }
      LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
      if (!today.equals(day)) {
        day = today;
        dayCount = 0;
      }
    }
  }
}
