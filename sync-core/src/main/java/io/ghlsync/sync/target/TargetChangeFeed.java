package io.ghlsync.sync.target;

import java.time.Instant;
import java.util.List;

/**
 * Optional part of a target: which records changed there since an instant. It is the read side of
 * two-way sync; the engine does not call it yet (one-way sync needs no target reads beyond the
 * duplicate search). The contract a caller, such as a future two-way poller, relies on:
 *
 * <ul>
 *   <li>Every record created or modified at or after {@code since} is listed at least once, with
 *       the change time as the target reports it; listing more (a whole day, records the engine
 *       wrote itself) is allowed. The caller tells its own writes apart through the links: a linked
 *       record whose fields equal the link's snapshot was last written by the engine.
 *   <li>Oldest first, so a caller can store the newest {@code changedAt} it processed as a cursor
 *       (in the target's scope of the store, {@code store.forTarget(name).cursors()}, advanced with
 *       compare-and-set) and ask again from there; equal times may repeat on the next call.
 *   <li>Deletes are not listed (neither CRM reports them); a caller that must see them compares the
 *       links with the target.
 *   <li>Failures are thrown as client-core {@code ApiException}s (a read, safe to retry).
 * </ul>
 */
@FunctionalInterface
public interface TargetChangeFeed {

  /**
   * Lists changes.
   *
   * @param since the earliest change time of interest
   * @return the changes, oldest first
   */
  List<TargetChange> changesSince(Instant since);
}
