package io.ghlsync.sync.store;

import io.ghlsync.sync.model.Trigger;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A persisted request to sync one contact (with its tasks and notes) to some targets. Items for the
 * same contact that wait at the same time are merged, so repeated triggers cost one GHL read.
 *
 * @param id stable id; retries and replays keep it, so target idempotency keys derived from it stay
 *     the same
 * @param locationId the GHL location
 * @param contactId the GHL contact
 * @param targets the targets it still has to reach (non-empty, sorted)
 * @param triggers why it was queued (merged items collect all reasons)
 * @param attempts failed attempts so far
 * @param lastError the last failure, or {@code ""}
 * @param enqueuedAt when it was first queued
 * @param notBefore it is not leased before this instant (retry delay)
 */
public record WorkItem(
    String id,
    String locationId,
    String contactId,
    Set<String> targets,
    Set<Trigger> triggers,
    int attempts,
    String lastError,
    Instant enqueuedAt,
    Instant notBefore) {
  /**
   * Validates and copies the components.
   *
   * @param id stable id; retries and replays keep it, so target idempotency keys derived from it
   *     stay the same
   * @param locationId the GHL location
   * @param contactId the GHL contact
   * @param targets the targets it still has to reach (non-empty)
   * @param triggers why it was queued (merged items collect all reasons)
   * @param attempts failed attempts so far
   * @param lastError the last failure, or {@code ""}
   * @param enqueuedAt when it was first queued
   * @param notBefore it is not leased before this instant (retry delay)
   */
  public WorkItem {
    LinkKey.requireText(id, "id");
    LinkKey.requireText(locationId, "locationId");
    LinkKey.requireText(contactId, "contactId");
    targets = Collections.unmodifiableSet(new TreeSet<>(targets));
    if (targets.isEmpty()) {
      throw new IllegalArgumentException("targets must name at least one target");
    }
    targets.forEach(t -> LinkKey.requireText(t, "target"));
    triggers = Collections.unmodifiableSet(EnumSet.copyOf(triggers));
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts must not be negative");
    }
    Objects.requireNonNull(lastError, "lastError");
    Objects.requireNonNull(enqueuedAt, "enqueuedAt");
    Objects.requireNonNull(notBefore, "notBefore");
  }

  /**
   * A copy with other targets.
   *
   * @param newTargets the targets (non-empty)
   * @return the copy
   */
  public WorkItem withTargets(Set<String> newTargets) {
    return new WorkItem(
        id,
        locationId,
        contactId,
        newTargets,
        triggers,
        attempts,
        lastError,
        enqueuedAt,
        notBefore);
  }

  /**
   * The merge rule of every queue: what one waiting item of a contact becomes when another trigger
   * (or a replayed or expired item) of the same contact joins it. A pure function, so the in-memory
   * and the JDBC queues merge identically.
   *
   * <ul>
   *   <li>the id of {@code this} (the item already waiting) is kept, so idempotency keys derived
   *       from it stay stable;
   *   <li>triggers and targets add up;
   *   <li>the larger attempt count and the first non-empty error are kept;
   *   <li>the earlier enqueue time is kept;
   *   <li>the earlier not-before time wins, unless this item is waiting for a retry (attempts &gt;
   *       0): a new trigger never pulls a retry forward.
   * </ul>
   *
   * @param other the item that joins (same location and contact)
   * @return the merged item
   * @throws IllegalArgumentException when {@code other} is of another contact
   */
  public WorkItem mergedWith(WorkItem other) {
    if (!locationId.equals(other.locationId) || !contactId.equals(other.contactId)) {
      throw new IllegalArgumentException(
          "only items of one contact merge: "
              + locationId
              + "/"
              + contactId
              + " vs "
              + other.locationId
              + "/"
              + other.contactId);
    }
    Set<Trigger> mergedTriggers = EnumSet.copyOf(triggers);
    mergedTriggers.addAll(other.triggers);
    Set<String> mergedTargets = new TreeSet<>(targets);
    mergedTargets.addAll(other.targets);
    Instant earlier = notBefore.isBefore(other.notBefore) ? notBefore : other.notBefore;
    return new WorkItem(
        id,
        locationId,
        contactId,
        mergedTargets,
        mergedTriggers,
        Math.max(attempts, other.attempts),
        lastError.isEmpty() ? other.lastError : lastError,
        enqueuedAt.isBefore(other.enqueuedAt) ? enqueuedAt : other.enqueuedAt,
        attempts > 0 ? notBefore : earlier);
  }
}
