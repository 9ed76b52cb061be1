package io.ghlsync.sync.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * When a {@link SeenWebhookIds} forgets expired ids by itself: at the first mark, then at most once
 * per hour of its clock, with the cut-off {@link SeenWebhookIds#RETENTION} before now. Shared by
 * the in-memory and the JDBC implementations, so both keep ids equally long.
 */
public final class ExpiryTimer {
  private static final Duration EVERY = Duration.ofHours(1);

  private final Clock clock;
  private final AtomicReference<@Nullable Instant> last = new AtomicReference<>();

  /**
   * Creates the timer.
   *
   * @param clock the store's clock
   */
  public ExpiryTimer(Clock clock) {
    this.clock = clock;
  }

  /**
   * Whether a purge is due now; true for exactly one caller per hour.
   *
   * @return true when this caller should purge
   */
  public boolean due() {
    Instant now = clock.instant();
    Instant previous = last.get();
    if (previous != null && now.isBefore(previous.plus(EVERY))) {
      return false;
    }
    return last.compareAndSet(previous, now);
  }

  /**
   * The cut-off of a purge now: ids received before it are older than the retention.
   *
   * @return now minus {@link SeenWebhookIds#RETENTION}
   */
  public Instant cutoff() {
    return clock.instant().minus(SeenWebhookIds.RETENTION);
  }
}
