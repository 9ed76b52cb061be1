package io.ghlsync.sync;

import io.ghlsync.sync.store.DeadLetter;
import io.ghlsync.sync.store.WorkItem;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A ready-made {@link SyncListener} that counts, for progress bars and metrics. Thread safe.
 *
 * <pre>{@code
 * SyncCounters counters = new SyncCounters();
 * SyncEngine engine = SyncEngine.builder()...listener(counters).build();
 * SyncProgress p = counters.snapshot();  // p.done() of p.queued()
 * }</pre>
 */
public final class SyncCounters implements SyncListener {
  private final AtomicLong queued = new AtomicLong();
  private final AtomicLong done = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong deadLettered = new AtomicLong();
  private final AtomicLong writes = new AtomicLong();
  private final AtomicLong rateLimitWaits = new AtomicLong();
  private final AtomicLong rateLimitWaitMillis = new AtomicLong();

  /** Creates counters at zero. */
  public SyncCounters() {}

  @Override
  public void onQueued(WorkItem item) {
    queued.incrementAndGet();
  }

  @Override
  public void onDone(WorkItem item, ContactSyncResult result) {
    done.incrementAndGet();
    writes.addAndGet(result.writes());
  }

  @Override
  public void onFailed(WorkItem item, String error) {
    failed.incrementAndGet();
  }

  @Override
  public void onDeadLettered(DeadLetter letter) {
    deadLettered.incrementAndGet();
  }

  @Override
  public void onRateLimitWait(String locationId, Duration wait) {
    rateLimitWaits.incrementAndGet();
    rateLimitWaitMillis.addAndGet(wait.toMillis());
  }

  /**
   * The counts now.
   *
   * @return a consistent-enough snapshot (each count is read atomically)
   */
  public SyncProgress snapshot() {
    return new SyncProgress(
        queued.get(),
        done.get(),
        failed.get(),
        deadLettered.get(),
        writes.get(),
        rateLimitWaits.get(),
        Duration.ofMillis(rateLimitWaitMillis.get()));
  }
}
