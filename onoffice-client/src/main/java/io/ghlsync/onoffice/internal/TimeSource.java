package io.ghlsync.onoffice.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Unix seconds for action timestamps: the configured clock plus a learned offset. When onOffice
 * rejects a timestamp (136) and its response carries a {@code Date} header, the offset is set to
 * the server's time minus the local time, so the retry and later requests fall inside the ±120 s
 * window even on a host whose clock is off.
 */
public final class TimeSource {
  private final Clock clock;
  private final AtomicLong offsetSeconds = new AtomicLong();

  /**
   * Creates a time source.
   *
   * @param clock the local clock
   */
  public TimeSource(Clock clock) {
    this.clock = clock;
  }

  /** The timestamp to sign with now. */
  public long nowSeconds() {
    return clock.instant().getEpochSecond() + offsetSeconds.get();
  }

  /**
   * Adopts the server's clock after a timestamp rejection.
   *
   * @param serverTime the server's time from its {@code Date} header
   */
  public void alignTo(Instant serverTime) {
    offsetSeconds.set(serverTime.getEpochSecond() - clock.instant().getEpochSecond());
  }

  /** The learned offset in seconds (0 until a rejection taught one). */
  public long offsetSeconds() {
    return offsetSeconds.get();
  }
}
