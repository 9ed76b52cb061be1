package io.ghlsync.sync.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A work item that failed for good in one target: it ran out of attempts or hit an error that
 * retrying cannot fix. It stays here until it is replayed; the item's other targets are not
 * affected.
 *
 * @param id the dead letter id
 * @param target the target it failed for
 * @param item the item as it was when it failed (attempts and last error included; its targets are
 *     just {@code target})
 * @param reason why it failed, naming the record and the fix where known
 * @param at when it was dead-lettered
 */
public record DeadLetter(String id, String target, WorkItem item, String reason, Instant at) {
  /**
   * Validates the components.
   *
   * @param id the dead letter id
   * @param target the target it failed for
   * @param item the item as it was when it failed
   * @param reason why it failed, naming the record and the fix where known
   * @param at when it was dead-lettered
   */
  public DeadLetter {
    LinkKey.requireText(id, "id");
    LinkKey.requireText(target, "target");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(at, "at");
  }
}
