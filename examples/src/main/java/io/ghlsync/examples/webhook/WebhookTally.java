package io.ghlsync.examples.webhook;

import io.ghlsync.ghl.webhook.WebhookResult;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Counts webhook verdicts by kind, and lets a caller wait for a number of them. Thread safe. */
public final class WebhookTally implements Consumer<WebhookResult> {
  private long accepted;
  private long duplicates;
  private long rejected;
  private long listenerFailures;

  /** Creates a tally at zero. */
  public WebhookTally() {}

  @Override
  public synchronized void accept(WebhookResult result) {
    if (result instanceof WebhookResult.Accepted) {
      accepted++;
    } else if (result instanceof WebhookResult.Duplicate) {
      duplicates++;
    } else if (result instanceof WebhookResult.Rejected) {
      rejected++;
    } else {
      listenerFailures++;
    }
    notifyAll();
  }

  /**
   * Waits until at least {@code count} verdicts were counted in total.
   *
   * @param count how many
   * @param timeout the longest wait
   * @return true when they arrived in time
   * @throws InterruptedException if interrupted
   */
  public boolean await(long count, Duration timeout) throws InterruptedException {
    return awaitUntil(t -> t.total() >= count, timeout);
  }

  /**
   * Waits until the counts meet a condition.
   *
   * @param condition checked after every verdict (while holding this tally's lock)
   * @param timeout the longest wait
   * @return true when the condition held in time
   * @throws InterruptedException if interrupted
   */
  public synchronized boolean awaitUntil(Predicate<WebhookTally> condition, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.test(this)) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      wait(Math.max(1, left / 1_000_000));
    }
    return true;
  }

  /**
   * All verdicts so far.
   *
   * @return the count
   */
  public synchronized long total() {
    return accepted + duplicates + rejected + listenerFailures;
  }

  /**
   * Accepted events.
   *
   * @return the count
   */
  public synchronized long accepted() {
    return accepted;
  }

  /**
   * Deliveries recognised as duplicates by their {@code webhookId}.
   *
   * @return the count
   */
  public synchronized long duplicates() {
    return duplicates;
  }

  /**
   * Rejected deliveries (bad signature, stale, malformed ...).
   *
   * @return the count
   */
  public synchronized long rejected() {
    return rejected;
  }

  /**
   * Accepted events whose listener failed (answered 429 so that GHL delivers again).
   *
   * @return the count
   */
  public synchronized long listenerFailures() {
    return listenerFailures;
  }

  /**
   * One line for people.
   *
   * @return e.g. {@code "3 accepted, 1 duplicate, 0 rejected"}
   */
  public synchronized String describe() {
    return accepted
        + " accepted, "
        + duplicates
        + " duplicate"
        + (duplicates == 1 ? "" : "s")
        + " (reported, not processed again), "
        + rejected
        + " rejected"
        + (listenerFailures > 0 ? ", " + listenerFailures + " failed in a listener" : "");
  }
}
