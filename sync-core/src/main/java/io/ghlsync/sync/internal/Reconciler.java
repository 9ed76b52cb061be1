package io.ghlsync.sync.internal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the reconciliation scans on a schedule once the engine starts: a poll of each location by
 * {@code dateUpdated} (catches contact changes whose webhook was lost) and, if asked, a slower
 * sweep of tasks and notes (their changes do not move {@code dateUpdated}), and the sweep for
 * contacts that went quiet ("no activity for N days" rules, which no webhook announces). One daemon
 * thread; a failed scan is logged and tried again at its next time.
 */
public final class Reconciler implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger("io.ghlsync.sync");

  /**
   * What to reconcile and how often.
   *
   * @param locations the GHL locations (none: no reconciliation)
   * @param pollEvery the time between polls
   * @param sweepEvery the time between sweeps ({@link Duration#ZERO}: no sweep)
   * @param inactiveEvery the time between sweeps for quiet contacts ({@link Duration#ZERO}: none)
   */
  public record Schedule(
      List<String> locations, Duration pollEvery, Duration sweepEvery, Duration inactiveEvery) {
    /** No reconciliation. */
    public static final Schedule NONE =
        new Schedule(List.of(), Duration.ofMinutes(15), Duration.ZERO, Duration.ZERO);

    /** Copies the locations. */
    public Schedule {
      locations = List.copyOf(locations);
    }
  }

  private final Schedule schedule;
  private final Consumer<String> poll;
  private final Consumer<String> sweep;
  private final Runnable sweepInactive;
  private @Nullable ScheduledExecutorService timer;

  /**
   * Creates the reconciler (nothing runs before {@link #start}).
   *
   * @param schedule what and how often
   * @param poll polls one location
   * @param sweep sweeps one location
   * @param sweepInactive queues the contacts that went quiet
   */
  public Reconciler(
      Schedule schedule, Consumer<String> poll, Consumer<String> sweep, Runnable sweepInactive) {
    this.schedule = schedule;
    this.poll = poll;
    this.sweep = sweep;
    this.sweepInactive = sweepInactive;
  }

  /**
   * Starts the schedule (idempotent); the first poll runs at once, the first sweep and the first
   * quiet-contact sweep after one period.
   */
  public synchronized void start() {
    long inactiveMillis = schedule.inactiveEvery().toMillis();
    if (timer != null || (schedule.locations().isEmpty() && inactiveMillis <= 0)) {
      return;
    }
    ScheduledExecutorService t =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "ghlsync-reconcile");
              thread.setDaemon(true);
              return thread;
            });
    if (inactiveMillis > 0) {
      t.scheduleWithFixedDelay(this::quiet, inactiveMillis, inactiveMillis, TimeUnit.MILLISECONDS);
    }
    if (schedule.locations().isEmpty()) {
      timer = t;
      return;
    }
    long pollMillis = schedule.pollEvery().toMillis();
    t.scheduleWithFixedDelay(() -> each("poll", poll), 0, pollMillis, TimeUnit.MILLISECONDS);
    long sweepMillis = schedule.sweepEvery().toMillis();
    if (sweepMillis > 0) {
      t.scheduleWithFixedDelay(
          () -> each("sweep", sweep), sweepMillis, sweepMillis, TimeUnit.MILLISECONDS);
    }
    timer = t;
  }

  private void quiet() {
    try {
      sweepInactive.run();
    } catch (RuntimeException e) {
      LOG.warn("sweep for quiet contacts failed; it runs again on schedule", e);
    }
  }

  private void each(String scan, Consumer<String> run) {
    for (String location : schedule.locations()) {
      try {
        run.accept(location);
      } catch (RuntimeException e) {
        LOG.warn(
            "reconciliation {} of GHL location {} failed; it runs again on schedule",
            scan,
            location,
            e);
      }
    }
  }

  /** Stops the schedule; a running scan is interrupted. */
  @Override
  public synchronized void close() {
    if (timer != null) {
      timer.shutdownNow();
      timer = null;
    }
  }
}
