package io.ghlsync.sync;

import io.ghlsync.sync.model.Decision;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of one sync of a contact with its tasks and notes, over every target the work item
 * still had to reach. One engine serves several targets, so the outcome is the worst of theirs:
 * {@code SYNCED} only when every target synced; {@code DEAD_LETTERED} when at least one target was
 * dead-lettered (the others may have synced: their changes are in {@link #changes()} and the
 * listener's {@code onDone} names them); {@code QUEUED_FOR_RETRY} when a target must try again.
 *
 * @param locationId the GHL location
 * @param contactId the GHL contact
 * @param status how it ended
 * @param changes what was decided for each record in this attempt, for every target, including the
 *     targets that synced when another failed (empty for {@code BUSY})
 * @param error the last failure's description (no personal data) when not {@code SYNCED}, or {@code
 *     ""}
 */
public record ContactSyncResult(
    String locationId, String contactId, Status status, List<PlannedChange> changes, String error) {

  /** How a sync of one contact ended. */
  public enum Status {
    /** Every record is aligned with GHL in every target of the item. */
    SYNCED,
    /**
     * A target failed (or a rate limit postponed the work) and the item waits in the queue for a
     * later attempt: after a backoff, or after the wait the rate limit asked for.
     */
    QUEUED_FOR_RETRY,
    /** At least one target failed for good; see the dead-letter list (one letter per target). */
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
   * @param changes what was decided for each record in this attempt, for every target
   * @param error the last failure's description when not {@code SYNCED}, or {@code ""}
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
