package io.ghlsync.sync.store;

import io.ghlsync.sync.model.Trigger;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One engine's persisted work queue (see {@link EngineStore#queue()}). Thread safe, and with a
 * durable store safe for several engine instances at once.
 *
 * <h2>Items</h2>
 *
 * <p>A {@link WorkItem} asks to sync one contact (with its tasks and notes) to a set of targets.
 * One item per contact waits at a time: a new trigger for a waiting contact merges into it (the
 * triggers and targets are united, the item keeps its id and the earlier not-before time, unless it
 * is waiting for a retry).
 *
 * <h2>Leases and fencing</h2>
 *
 * <p>{@link #lease} hands out ready items (not-before passed) oldest first, each under a {@link
 * Lease} with an owner, a fresh token and a deadline. Per-contact exclusion: two items of one
 * contact are never leased at once. A lease that passed its deadline is given up: its item returns
 * to the queue (merging with an item of the contact that waits meanwhile) and may be leased by
 * another worker. Every later write of an item ({@link #renew}, {@link #complete}, {@link
 * #recordFailure}, {@link #retryLater}, {@link #release}, {@link #deadLetter}) is fenced by the
 * lease token: once the lease was lost, the write changes nothing and reports the loss as a value
 * ({@code false} or empty).
 *
 * <h2>Time</h2>
 *
 * <p>The store's clock (given once, when the store is built) decides when a lease expires and when
 * an item is ready; callers pass durations. A durable store shared by several machines states how
 * much clock skew it tolerates.
 */
public interface WorkQueue {
  /**
   * Queues a contact for some targets, or merges the trigger and targets into the item that already
   * waits for it.
   *
   * @param locationId the GHL location
   * @param contactId the GHL contact
   * @param targets the target names to sync it to (non-empty)
   * @param trigger why
   * @return the waiting item (new or merged)
   */
  WorkItem enqueue(String locationId, String contactId, Set<String> targets, Trigger trigger);

  /**
   * Leases up to {@code max} ready items of different contacts, oldest first, skipping contacts
   * that already have a leased item. Expired leases are returned to the queue first.
   *
   * @param owner the worker
   * @param max the most items
   * @param leaseFor how long the leases hold
   * @return the leases, possibly empty
   */
  List<Lease> lease(String owner, int max, Duration leaseFor);

  /**
   * Leases the waiting item of one contact even if its not-before time has not passed, unless
   * another item of that contact is leased.
   *
   * @param locationId the GHL location
   * @param contactId the GHL contact
   * @param owner the worker
   * @param leaseFor how long the lease holds
   * @return the lease, empty when nothing waits or the contact is busy
   */
  Optional<Lease> leaseContact(
      String locationId, String contactId, String owner, Duration leaseFor);

  /**
   * Extends a lease from now.
   *
   * @param lease the lease
   * @param leaseFor how long the lease holds from now
   * @return the renewed lease, empty when the lease was lost
   */
  Optional<Lease> renew(Lease lease, Duration leaseFor);

  /**
   * Removes a finished item.
   *
   * @param lease the lease
   * @return false when the lease was lost (the item changes nothing)
   */
  boolean complete(Lease lease);

  /**
   * Records a failed attempt (attempts + 1, last error) while keeping the lease.
   *
   * @param lease the lease
   * @param error what failed (no personal data)
   * @return the updated lease, empty when the lease was lost
   */
  Optional<Lease> recordFailure(Lease lease, String error);

  /**
   * Records a failed attempt (attempts + 1, last error) and returns the item to the queue for the
   * targets that still need it, not to be leased before {@code delay} has passed. The worker moves
   * on; nothing sleeps.
   *
   * @param lease the lease
   * @param targets the targets still to sync (non-empty; a subset of the item's)
   * @param error what failed (no personal data)
   * @param delay how long the item waits
   * @return false when the lease was lost
   */
  boolean retryLater(Lease lease, Set<String> targets, String error, Duration delay);

  /**
   * Returns a leased item to the queue without spending an attempt (e.g. a rate limit asked to
   * wait), not to be leased before {@code delay} has passed.
   *
   * @param lease the lease
   * @param delay how long the item waits
   * @return false when the lease was lost
   */
  boolean release(Lease lease, Duration delay);

  /**
   * Dead-letters a leased item for one of its targets. The target is removed from the item; when no
   * target is left the item is removed and the lease ends, otherwise the lease holds for the other
   * targets.
   *
   * @param lease the lease
   * @param target the target the item failed for (one of the item's)
   * @param reason why it failed for good, naming the record and the fix where known
   * @return the dead letter, empty when the lease was lost
   */
  Optional<DeadLetter> deadLetter(Lease lease, String target, String reason);

  /**
   * The dead letters, oldest first.
   *
   * @return the dead letters
   */
  List<DeadLetter> deadLetters();

  /**
   * Queues a dead letter again for its target, attempts reset, and removes it from the list. The
   * item keeps its id unless another item of the contact already waits (then it merges into that
   * one).
   *
   * @param deadLetterId the dead letter id
   * @return the queued item, empty when there is no such dead letter
   */
  Optional<WorkItem> replay(String deadLetterId);

  /**
   * Counts the queue.
   *
   * @return the counts
   */
  QueueStats stats();

  /**
   * Whether no item is ready, delayed or leased (what {@code awaitIdle} polls). The default asks
   * {@link #stats}; stores that can answer without counting should.
   *
   * @return true when idle
   */
  default boolean isIdle() {
    return stats().isIdle();
  }
}
