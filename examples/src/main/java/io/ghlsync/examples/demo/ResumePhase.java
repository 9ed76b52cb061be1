package io.ghlsync.examples.demo;

import io.ghlsync.sync.ContactSyncResult;
import io.ghlsync.sync.SyncEngine;
import io.ghlsync.sync.SyncEngineBuilder;
import io.ghlsync.sync.SyncListener;
import io.ghlsync.sync.store.QueueStats;
import io.ghlsync.sync.store.WorkItem;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The sandbox backfill on a durable store, with a crash in the middle: the first engine is stopped
 * once half of the contacts are synced (its queue stays in the database), a new engine on the same
 * database picks up what was left, and nothing is written twice.
 */
final class ResumePhase implements SyncListener {
  private final AtomicInteger done = new AtomicInteger();
  private final CountDownLatch halfway;

  private ResumePhase(int stopAfter) {
    this.halfway = new CountDownLatch(stopAfter);
  }

  /**
   * A phase that stops the first engine after a number of contacts; register it as a listener.
   *
   * @param contacts the contacts the backfill queues
   * @return the phase
   */
  static ResumePhase stoppingHalfway(int contacts) {
    return new ResumePhase(Math.max(1, contacts / 2));
  }

  @Override
  public void onDone(WorkItem item, ContactSyncResult result) {
    done.incrementAndGet();
    halfway.countDown();
  }

  /**
   * Runs the backfill: the first engine until halfway, then a second engine to the end.
   *
   * @param out where to print
   * @param builder builds both engines (on the same durable store, with this phase and the progress
   *     bar as listeners)
   * @param progress the progress bar
   * @param store where the state lives
   * @param locationId the location
   * @param timeout the longest wait
   * @return the engine that finished the backfill (the caller closes it) and what was queued
   */
  Resumed run(
      PrintStream out,
      SyncEngineBuilder builder,
      ProgressBar progress,
      DemoStore store,
      String locationId,
      Duration timeout) {
    Map<String, Integer> queued;
    try (SyncEngine first = builder.build()) {
      queued = SyncPhases.queueBackfill(out, first, progress, locationId, Integer.MAX_VALUE);
      first.start();
      awaitHalfway(timeout);
    } // close(): the workers stop after their current batch; what is still queued stays queued
    int total = queued.values().stream().findFirst().orElse(0);
    out.println(
        "  Stopped the engine after "
            + done.get()
            + " of "
            + total
            + " contacts, as a crash would; its queue stays in the database.");
    SyncEngine second = builder.build();
    QueueStats left = second.queueStats();
    out.println(
        "  A new engine on the same database resumed from there: "
            + (left.ready() + left.delayed() + left.leased())
            + " contacts still queued, none of the "
            + done.get()
            + " synced ones again.");
    try {
      second.start();
      SyncPhases.awaitIdle(second, timeout);
    } catch (RuntimeException e) {
      second.close();
      throw e;
    } finally {
      progress.finish();
    }
    out.println(
        "  Backfill finished by the second engine: "
            + done.get()
            + " contacts synced once each ("
            + store.describe()
            + ").");
    return new Resumed(second, queued);
  }

  private void awaitHalfway(Duration timeout) {
    try {
      if (!halfway.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new IllegalStateException(
            "the backfill did not get halfway within " + timeout + " (" + done.get() + " done)");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the backfill", e);
    }
  }

  /**
   * The result of the phase.
   *
   * @param engine the engine that finished the backfill, still open
   * @param queued contacts queued per target
   */
  record Resumed(SyncEngine engine, Map<String, Integer> queued) {}
}
