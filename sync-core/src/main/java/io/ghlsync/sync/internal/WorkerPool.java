package io.ghlsync.sync.internal;

import io.ghlsync.sync.SyncEngineFailedException;
import io.ghlsync.sync.store.Lease;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fixed number of worker threads that lease batches from the queue and run them once each
 * (failures wait in the queue, never in a worker). Concurrency across contacts is bounded by the
 * number of workers; leases keep two items of one contact from running at once.
 *
 * <p>A worker that hits a fatal JVM error ({@link VirtualMachineError}) puts the pool in a failed
 * state: its items were handed back to the queue by the runner, every worker stops, the error is
 * logged and told to the listener, and {@link #start} and {@link #awaitIdle} report it.
 */
public final class WorkerPool implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger("io.ghlsync.sync");

  private final EngineConfig config;
  private final BatchRunner runner;
  private final String instance = UUID.randomUUID().toString().substring(0, 8);
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition wake = lock.newCondition();
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean running;
  private volatile @Nullable Throwable fatal;
  private long wakeUps;

  /**
   * Creates the pool (no threads yet).
   *
   * @param config the engine configuration
   * @param runner runs leased batches
   */
  public WorkerPool(EngineConfig config, BatchRunner runner) {
    this.config = config;
    this.runner = runner;
  }

  /**
   * Starts the workers; does nothing when they run already.
   *
   * @throws SyncEngineFailedException when a worker died of a fatal error
   */
  public void start() {
    lock.lock();
    try {
      throwIfFailed();
      if (running) {
        return;
      }
      running = true;
      for (int i = 0; i < config.workers(); i++) {
        String owner = "ghlsync-" + config.engineName() + "-" + instance + "-" + i;
        Thread t = new Thread(() -> loop(owner), owner);
        t.setDaemon(true);
        threads.add(t);
        t.start();
      }
    } finally {
      lock.unlock();
    }
  }

  private void throwIfFailed() {
    Throwable cause = fatal;
    if (cause != null) {
      throw new SyncEngineFailedException(config.engineName(), cause);
    }
  }

  /**
   * Whether the workers run.
   *
   * @return true between {@link #start()} and {@link #close()} (or a fatal error)
   */
  public boolean isRunning() {
    return running;
  }

  /** Wakes idle workers, e.g. after new work was queued. */
  public void wakeUp() {
    lock.lock();
    try {
      wakeUps++;
      wake.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Leases and runs batches in the calling thread until nothing is ready; failed attempts are
   * retried within the call.
   *
   * @param owner the lease owner name
   * @return how many items were leased
   */
  public int drain(String owner) {
    int total = 0;
    while (true) {
      List<Lease> leases = config.queue().lease(owner, config.batchSize(), config.leaseDuration());
      if (leases.isEmpty()) {
        return total;
      }
      runner.runNow(leases);
      total += leases.size();
    }
  }

  private int runOnce(String owner) {
    List<Lease> leases = config.queue().lease(owner, config.batchSize(), config.leaseDuration());
    if (!leases.isEmpty()) {
      runner.runOnce(leases);
    }
    return leases.size();
  }

  private void loop(String owner) {
    while (running) {
      try {
        if (runOnce(owner) == 0) {
          idle();
        }
      } catch (VirtualMachineError error) {
        fail(owner, error);
        return;
      } catch (RuntimeException | Error e) {
        // E.g. the store failed: leases of the batch expire and the items come back. The worker
        // stays alive.
        LOG.error("sync worker {} hit an unexpected error; its batch will be retried", owner, e);
        idle();
      }
    }
  }

  private void fail(String owner, VirtualMachineError error) {
    lock.lock();
    try {
      if (fatal == null) {
        fatal = error;
      }
      running = false;
      wakeUps++;
      wake.signalAll();
    } finally {
      lock.unlock();
    }
    LOG.error(
        "sync worker {} died of a fatal error; the engine {} stopped its workers and returned the"
            + " worker's items to the queue",
        owner,
        config.engineName(),
        error);
    config.listener().onEngineFailed(error);
  }

  private void idle() {
    lock.lock();
    try {
      long seen = wakeUps;
      long remaining = config.idlePoll().toNanos();
      while (running && seen == wakeUps && remaining > 0) {
        remaining = wake.awaitNanos(remaining);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Waits until no item is ready, delayed or leased.
   *
   * @param timeout the longest wait
   * @return true when idle, false on timeout
   * @throws InterruptedException if interrupted while waiting
   * @throws SyncEngineFailedException when a worker died of a fatal error
   */
  public boolean awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      throwIfFailed();
      if (config.queue().isIdle()) {
        return true;
      }
      if (System.nanoTime() - deadline >= 0) {
        return false;
      }
      Thread.sleep(Math.min(20, Math.max(1, config.idlePoll().toMillis())));
    }
  }

  /** Stops the workers and waits for them to finish their current batch. */
  @Override
  public void close() {
    List<Thread> toJoin;
    lock.lock();
    try {
      running = false;
      wakeUps++;
      wake.signalAll();
      toJoin = new ArrayList<>(threads);
      threads.clear();
    } finally {
      lock.unlock();
    }
    for (Thread t : toJoin) {
      try {
        t.join(TimeUnit.MINUTES.toMillis(1));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
