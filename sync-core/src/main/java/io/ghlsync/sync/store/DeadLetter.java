package io.ghlsync.sync.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A work item that failed for good: it ran out of attempts or hit an error that retrying cannot
 * fix. It stays here until it is replayed.
 *
 * @param id the dead letter id
 * @param item the item as it was when it failed (attempts and last error included)
 * @param reason why it failed, naming the record and the fix where known
 * @param at when it was dead-lettered
 */
public record DeadLetter(String id, WorkItem item, String reason, Instant at) {
  /**
   * Validates the components.
   *
   * @param id the dead letter id
   * @param item the item as it was when it failed (attempts and last error included)
   * @param reason why it failed, naming the record and the fix where known
   * @param at when it was dead-lettered
   */
  public DeadLetter {
    LinkKey.requireText(id, "id");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(at, "at");
  }
}
