package io.ghlsync.core;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * A client-side limiter with one bucket per key (for GHL: per location), so that callers block
 * briefly instead of receiving 429s, and use every request the service's window allows.
 *
 * <p>Each bucket follows the service's window rather than keeping one of its own. A window opens
 * with the first request sent after the previous one ended; the first answer anchors its end
 * ({@code RateLimit-Reset}/{@code X-RateLimit-Reset} when the service sends one, otherwise the
 * answer's arrival plus the window length, which is never earlier than the service's own end). In
 * the window, a request may go while the lowest {@code Remaining} the service answered, minus the
 * requests still in flight, is above zero (without such a header: while fewer than {@code
 * windowMax} were sent). So nothing is sent past {@code Remaining: 0} before the window ends, and
 * nothing waits past its end. An answer reporting more remaining than an earlier answer had left
 * shows that the service opened a new window: the bucket moves to it at once.
 *
 * <p>A 429 spends the rest of the window ({@code Retry-After}, when sent, blocks the key until it
 * has passed); a daily budget the service reports as exhausted fails fast with {@link
 * RateLimitException}. Failsafe's {@code RateLimiter} has fixed limits and cannot follow server
 * headers, which is why this class exists. It is thread safe.
 */
public final class KeyedRateLimiter {
  private static final Duration DAILY_RECHECK = Duration.ofMinutes(10);
  private static final int UNKNOWN = -1;

  private final RateLimitConfig config;
  private final Clock clock;
  private final LongSupplier ticker;
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
    this(config, clock, System::nanoTime);
  }

  KeyedRateLimiter(RateLimitConfig config, Clock clock, LongSupplier ticker) {
    this.config = config;
    this.clock = clock;
    this.ticker = ticker;
  }

  /**
   * Blocks until a request for {@code key} may be sent, at most {@link RateLimitConfig#maxWait()}.
   *
   * @param key the bucket key
   * @return the permit; hand it back with the answer through {@link #onResponse(RateLimitPermit,
   *     RateLimitFeedback)} or {@link #onNoResponse(RateLimitPermit)}
   * @throws RateLimitException if the wait would exceed the maximum or the daily budget is spent
   * @throws InterruptedException if interrupted while waiting
   */
  public RateLimitPermit acquire(String key) throws InterruptedException {
    return bucket(key).acquire();
  }

  /**
   * Takes a permit if one is free now, without blocking (for tests that drive the ticker).
   *
   * @param key the bucket key
   * @return the permit, or how long until one may be free
   */
  Attempt tryAcquire(String key) {
    Bucket bucket = bucket(key);
    bucket.lock.lock();
    try {
      return bucket.attempt(ticker.getAsLong());
    } finally {
      bucket.lock.unlock();
    }
  }

  /**
   * Feeds the answer to a permitted request back into its bucket.
   *
   * @param permit the permit the request was sent with
   * @param feedback what the answer said
   */
  public void onResponse(RateLimitPermit permit, RateLimitFeedback feedback) {
    bucket(permit.key).answered(permit, feedback);
  }

  /**
   * Feeds rate-limit headers that no permit of this limiter stands for (e.g. a request sent by
   * another client of the same key) into the bucket of {@code key}.
   *
   * @param key the bucket key
   * @param feedback what the response said
   */
  public void onResponse(String key, RateLimitFeedback feedback) {
    bucket(key).answered(null, feedback);
  }

  /**
   * Returns a permit whose request got no answer (an I/O error), so it no longer counts as in
   * flight. It stays counted in its window: the service may have seen it.
   *
   * @param permit the permit the request was sent with
   */
  public void onNoResponse(RateLimitPermit permit) {
    bucket(permit.key).unanswered(permit);
  }

  /**
   * The current window limit of a key (after adaptation).
   *
   * @param key the bucket key
   * @return requests allowed per window
   */
  public int windowMax(String key) {
    return bucket(key).budget().windowMax();
  }

  /**
   * A key's budget as the service last reported it, for metrics.
   *
   * @param key the bucket key
   * @return the window limit and the last reported remaining counts
   */
  public RateLimitBudget budget(String key) {
    return bucket(key).budget();
  }

  private Bucket bucket(String key) {
    return buckets.computeIfAbsent(key, Bucket::new);
  }

  /**
   * A permit taken, or how long until one may be free.
   *
   * @param permit the permit, or null when none is free now
   * @param waitNanos how long to wait before asking again (0 with a permit)
   */
  record Attempt(@Nullable RateLimitPermit permit, long waitNanos) {}

  private final class Bucket {
    private final String key;
    private final ReentrantLock lock = new ReentrantLock(true);
    private final Condition changed = lock.newCondition();
    private final List<RateLimitPermit> inFlightPermits = new ArrayList<>();
    private int windowMax = config.windowMax();
    private long windowNanos = config.window().toNanos();
    // The service's current window as this bucket follows it.
    private long window;
    private int sent;
    private int inFlight;
    private int remaining = UNKNOWN;
    private boolean endKnown;
    private boolean endAnswered;
    private long end;
    private boolean blocked;
    private long blockedUntil;
    // What the service last reported, for metrics.
    private OptionalInt lastRemaining = OptionalInt.empty();
    private OptionalLong lastDailyLimit = OptionalLong.empty();
    private OptionalLong lastDailyRemaining = OptionalLong.empty();
    private long dailyMax = config.dailyMax();
    private long dailyUsed;
    private LocalDate day = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    private boolean dailyExhausted;
    private long dailyExhaustedUntilNanos;

    Bucket(String key) {
      this.key = key;
    }

    RateLimitBudget budget() {
      lock.lock();
      try {
        return new RateLimitBudget(windowMax, lastRemaining, lastDailyLimit, lastDailyRemaining);
      } finally {
        lock.unlock();
      }
    }

    RateLimitPermit acquire() throws InterruptedException {
      long deadline = ticker.getAsLong() + config.maxWait().toNanos();
      lock.lockInterruptibly();
      try {
        while (true) {
          long now = ticker.getAsLong();
          Attempt attempt = attempt(now);
          RateLimitPermit permit = attempt.permit();
          if (permit != null) {
            return permit;
          }
          long waitNanos = attempt.waitNanos();
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

    // Called with the lock held.
    Attempt attempt(long now) {
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
            "daily request budget of " + dailyMax + " for '" + key + "' is used up", true, null);
      }
      if (blocked && now - blockedUntil < 0) {
        return new Attempt(null, blockedUntil - now);
      }
      blocked = false;
      if (endKnown && now - end >= 0) {
        openWindow();
      }
      int available = remaining == UNKNOWN ? windowMax - sent : remaining - inFlight;
      if (available > 0) {
        if (!endKnown) {
          // Provisional until the first answer anchors it.
          end = now + windowNanos + config.safetyMargin().toNanos();
          endKnown = true;
          endAnswered = false;
        }
        sent++;
        inFlight++;
        dailyUsed++;
        RateLimitPermit permit = new RateLimitPermit(key, window, now, remaining);
        inFlightPermits.add(permit);
        return new Attempt(permit, 0);
      }
      // Answers still in flight may free a permit earlier: waiters are signalled on each answer.
      return new Attempt(null, endKnown ? Math.max(1, end - now) : windowNanos);
    }

    private void openWindow() {
      window++;
      sent = 0;
      inFlight = 0;
      remaining = UNKNOWN;
      endKnown = false;
      endAnswered = false;
    }

    void unanswered(RateLimitPermit permit) {
      lock.lock();
      try {
        release(permit);
        changed.signalAll();
      } finally {
        lock.unlock();
      }
    }

    private boolean release(RateLimitPermit permit) {
      if (permit.returned) {
        return false;
      }
      permit.returned = true;
      inFlightPermits.remove(permit);
      if (permit.window == window) {
        inFlight--;
      }
      return true;
    }

    void answered(@Nullable RateLimitPermit permit, RateLimitFeedback feedback) {
      lock.lock();
      try {
        if (permit != null && !release(permit)) {
          return;
        }
        long now = ticker.getAsLong();
        learnLimits(feedback, now);
        if (feedback.tooManyRequests()) {
          spendWindow(feedback, now);
        } else if (permit == null || permit.window == window) {
          follow(permit, feedback, now);
        }
        // An answer for an earlier window says nothing about the current one.
        changed.signalAll();
      } finally {
        lock.unlock();
      }
    }

    private void learnLimits(RateLimitFeedback feedback, long now) {
      feedback.windowMax().ifPresent(max -> windowMax = Math.max(1, max));
      feedback.window().ifPresent(w -> windowNanos = w.toNanos());
      feedback.dailyLimit().ifPresent(limit -> dailyMax = limit);
      if (feedback.windowRemaining().isPresent()) {
        lastRemaining = feedback.windowRemaining();
      }
      if (feedback.dailyLimit().isPresent()) {
        lastDailyLimit = feedback.dailyLimit();
      }
      if (feedback.dailyBudgetExhausted()) {
        dailyExhausted = true;
        dailyExhaustedUntilNanos = now + DAILY_RECHECK.toNanos();
        lastDailyRemaining = feedback.dailyRemaining();
      } else if (feedback.dailyRemaining().isPresent()) {
        dailyExhausted = false;
        lastDailyRemaining = feedback.dailyRemaining();
        if (dailyMax > 0) {
          dailyUsed = Math.max(0, dailyMax - feedback.dailyRemaining().getAsLong());
        }
      }
    }

    private void spendWindow(RateLimitFeedback feedback, long now) {
      remaining = 0;
      lastRemaining = OptionalInt.of(0);
      // The window the 429 came from ends when the service says (its reset, else its Retry-After),
      // and no later than this answer plus the window's length.
      long candidate =
          feedback
              .reset()
              .or(feedback::retryAfter)
              .map(r -> now + r.toNanos())
              .orElse(now + answeredWindowNanos());
      if (!endKnown || end - now <= 0 || candidate - end < 0) {
        end = candidate;
      }
      endKnown = true;
      endAnswered = true;
      feedback
          .retryAfter()
          .ifPresent(
              wait -> {
                long until = now + wait.toNanos();
                if (!blocked || until - blockedUntil > 0) {
                  blockedUntil = until;
                  blocked = true;
                }
              });
    }

    private void follow(@Nullable RateLimitPermit permit, RateLimitFeedback feedback, long now) {
      OptionalInt reported = feedback.windowRemaining();
      long candidate =
          feedback.reset().map(r -> now + r.toNanos()).orElse(now + answeredWindowNanos());
      if (reported.isPresent()) {
        int r = reported.getAsInt();
        if (permit != null && permit.remainingAtSend != UNKNOWN && r > permit.remainingAtSend) {
          // Only a new window can give back what an earlier answer had already spent.
          moveToNewWindow(r, candidate);
          return;
        }
        remaining = remaining == UNKNOWN ? r : Math.min(remaining, r);
      }
      if (!endAnswered || candidate - end < 0) {
        end = candidate;
        endKnown = true;
        endAnswered = true;
      }
    }

    private void moveToNewWindow(int reported, long newEnd) {
      window++;
      remaining = reported;
      end = newEnd;
      endKnown = true;
      endAnswered = true;
      // Requests still in flight may have landed in either window: count them in the new one.
      inFlight = 0;
      for (RateLimitPermit p : inFlightPermits) {
        p.window = window;
        p.remainingAtSend = UNKNOWN;
        inFlight++;
      }
      sent = inFlight;
    }

    private long answeredWindowNanos() {
      return windowNanos + config.safetyMargin().toNanos();
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
