package io.ghlsync.sync;

import io.ghlsync.sync.model.Decision;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of syncing one contact with its tasks and notes.
 *
 * @param locationId the GHL location
 * @param contactId the GHL contact
 * @param status how it ended
 * @param changes what was decided for each record (empty unless synced)
 * @param error why it did not sync, or {@code ""}
 */
public record ContactSyncResult(
    String locationId, String contactId, Status status, List<PlannedChange> changes, String error) {

  /** How a sync of one contact ended. */
  public enum Status {
    /** Every record is aligned with GHL. */
    SYNCED,
    /** It failed and stays queued; it will be retried after a backoff. */
    QUEUED_FOR_RETRY,
    /** It failed for good; see the dead-letter list. */
    DEAD_LETTERED,
    /** Another worker is syncing this contact right now; the request was queued after it. */
    BUSY
  }

  /**
   * Validates and copies the components.
   *
   * @param locationId the GHL location
   * @param contactId the GHL contact
   * @param status how it ended
   * @param changes what was decided for each record (empty unless synced)
   * @param error why it did not sync, or {@code ""}
   */
  public ContactSyncResult {
    Objects.requireNonNull(locationId, "locationId");
    Objects.requireNonNull(contactId, "contactId");
    Objects.requireNonNull(status, "status");
    changes = List.copyOf(changes);
    Objects.requireNonNull(error, "error");
  }

  /**
   * Counts the target writes made.
   *
   * @return the number of changes that wrote to the target
   */
  public long writes() {
    return changes.stream().filter(PlannedChange::writes).count();
  }

  /**
   * Counts changes with a decision.
   *
   * @param decision the decision
   * @return how many changes have it
   */
  public long count(Decision decision) {
    return changes.stream().filter(c -> c.decision() == decision).count();
  }
}
