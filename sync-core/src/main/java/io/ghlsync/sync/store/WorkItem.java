package io.ghlsync.sync.store;

import io.ghlsync.sync.model.Trigger;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A persisted request to sync one contact (with its tasks and notes) to one target. Items for the
 * same contact that wait at the same time are merged, so repeated triggers cost one sync.
 *
 * @param id stable id; retries and replays keep it, so target idempotency keys derived from it stay
 *     the same
 * @param target the target connector's name
 * @param locationId the GHL location
 * @param contactId the GHL contact
 * @param triggers why it was queued (merged items collect all reasons)
 * @param attempts failed attempts so far
 * @param lastError the last failure, or {@code ""}
 * @param enqueuedAt when it was first queued
 * @param notBefore it is not leased before this instant (backoff)
 */
public record WorkItem(
    String id,
    String target,
    String locationId,
    String contactId,
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
   * @param target the target connector's name
   * @param locationId the GHL location
   * @param contactId the GHL contact
   * @param triggers why it was queued (merged items collect all reasons)
   * @param attempts failed attempts so far
   * @param lastError the last failure, or {@code ""}
   * @param enqueuedAt when it was first queued
   * @param notBefore it is not leased before this instant (backoff)
   */
  public WorkItem {
    LinkKey.requireText(id, "id");
    LinkKey.requireText(target, "target");
    LinkKey.requireText(locationId, "locationId");
    LinkKey.requireText(contactId, "contactId");
    triggers = Collections.unmodifiableSet(EnumSet.copyOf(triggers));
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts must not be negative");
    }
    Objects.requireNonNull(lastError, "lastError");
    Objects.requireNonNull(enqueuedAt, "enqueuedAt");
    Objects.requireNonNull(notBefore, "notBefore");
  }
}
