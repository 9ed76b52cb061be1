package io.ghlsync.sync.store;

import io.ghlsync.sync.model.Trigger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The persisted work queue. One item per contact waits at a time (new triggers merge into it), and
 * a lease never hands out two items of the same contact at once: that is how the engine keeps
 * per-contact ordering with many workers. Thread safe.
 */
public interface WorkQueue {

  /**
   * Queues a contact, or merges the trigger into the item that already waits for it.
   *
   * @param target the target connector's name
   * @param locationId the GHL location
   * @param contactId the GHL contact
   * @param trigger why
   * @param now the current time
   * @return the waiting item (new or merged)
   */
  WorkItem enqueue(
      String target, String locationId, String contactId, Trigger trigger, Instant now);

  /**
   * Leases up to {@code max} ready items of different contacts, oldest first, skipping contacts
   * that already have a leased item. Expired leases are returned to the queue first.
   *
   * @param target the target connector's name
   * @param owner the worker
   * @param max the most items
   * @param leaseFor how long the lease holds
   * @param now the current time
   * @return the leases, possibly empty
   */
  List<Lease> lease(String target, String owner, int max, Duration leaseFor, Instant now);

  /**
   * Leases the waiting item of one contact even if its backoff has not passed, unless another item
   * of that contact is leased.
   *
   * @param target the target connector's name
   * @param locationId the GHL location
   * @param contactId the GHL contact
   * @param owner the worker
   * @param leaseFor how long the lease holds
   * @param now the current time
   * @return the lease, empty when nothing waits or the contact is busy
   */
  Optional<Lease> leaseContact(
      String target,
      String locationId,
      String contactId,
      String owner,
      Duration leaseFor,
      Instant now);

  /**
   * Extends a lease.
   *
   * @param lease the lease
   * @param until the new deadline
   * @return the renewed lease, empty when the lease was lost
   */
  Optional<Lease> renew(Lease lease, Instant until);

  /**
   * Removes a finished item.
   *
   * @param lease the lease
   * @return false when the lease was lost (another worker owns the item now)
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
   * Returns a leased item to the queue, not to be leased before {@code notBefore}.
   *
   * @param lease the lease
   * @param notBefore earliest next lease
   * @return false when the lease was lost
   */
  boolean release(Lease lease, Instant notBefore);

  /**
   * Moves a leased item to the dead-letter list.
   *
   * @param lease the lease
   * @param reason why it failed for good
   * @param now the current time
   * @return the dead letter, empty when the lease was lost
   */
  Optional<DeadLetter> deadLetter(Lease lease, String reason, Instant now);

  /**
   * The dead letters of a target, oldest first.
   *
   * @param target the target connector's name
   * @return the dead letters
   */
  List<DeadLetter> deadLetters(String target);

  /**
   * Queues a dead letter again with its attempts reset and removes it from the list. The item keeps
   * its id unless another item of the contact already waits (then it merges into that one).
   *
   * @param target the target connector's name
   * @param deadLetterId the dead letter id
   * @param now the current time
   * @return the queued item, empty when there is no such dead letter
   */
  Optional<WorkItem> replay(String target, String deadLetterId, Instant now);

  /**
   * Counts a target's queue.
   *
   * @param target the target connector's name
   * @param now the current time (separates ready from delayed)
   * @return the counts
   */
  QueueStats stats(String target, Instant now);

  /**
   * Whether no item of a target is ready, delayed or leased (what {@code awaitIdle} polls). The
   * default asks {@link #stats}; stores that can answer without counting should.
   *
   * @param target the target name
   * @param now the current time
   * @return true when idle
   */
  default boolean isIdle(String target, Instant now) {
    return stats(target, now).isIdle();
  }
}
