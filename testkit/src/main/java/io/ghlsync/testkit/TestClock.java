package io.ghlsync.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A {@link Clock} that only moves when the test moves it, so token expiry, rate-limit windows and
 * timestamps are deterministic.
 *
 * <p>Example: {@code TestClock clock = TestClock.at(Instant.parse("2025-01-01T00:00:00Z"));
 * clock.advance(Duration.ofHours(25));}
 */
public final class TestClock extends Clock {
  private final Time now;
  private final ZoneId zone;

  private TestClock(Time now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /**
   * Creates a clock standing still at the given instant, in UTC.
   *
   * @param start the instant the clock shows until it is moved
   * @return a new clock
   */
  public static TestClock at(Instant start) {
    return new TestClock(new Time(start), ZoneOffset.UTC);
  }

  /**
   * Moves the clock forward (or backward, for a negative duration).
   *
   * @param amount how far to move
   * @return the new instant
   */
  public Instant advance(Duration amount) {
    synchronized (now) {
      now.value = now.value.plus(amount);
      return now.value;
    }
  }

  /**
   * Sets the clock to an instant.
   *
   * @param instant the new time
   */
  public void set(Instant instant) {
    synchronized (now) {
      now.value = instant;
    }
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId newZone) {
    return new TestClock(now, newZone);
  }

  @Override
  public Instant instant() {
    synchronized (now) {
      return now.value;
    }
  }

  /** The instant shared by a clock and its copies in other zones. */
  private static final class Time {
    Instant value;

    Time(Instant value) {
      this.value = value;
    }
  }
}
