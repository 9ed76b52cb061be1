package io.ghlsync.sync.internal;

import io.ghlsync.sync.model.Trigger;
import java.util.Set;

/**
 * One contact to sync in one attempt of a batch.
 *
 * @param workItemId the work item, from which idempotency keys derive
 * @param locationId the GHL location
 * @param contactId the GHL contact
 * @param reads the parts of the contact to read from GHL
 * @param kind the kind of work its GHL requests are counted as
 */
record ContactJob(
    String workItemId, String locationId, String contactId, Set<GhlPart> reads, Trigger kind) {

  ContactJob {
    reads = Set.copyOf(reads);
  }

  /** A job that reads everything, counted as a webhook's work. */
  ContactJob(String workItemId, String locationId, String contactId) {
    this(workItemId, locationId, contactId, GhlPart.ALL, Trigger.WEBHOOK);
  }

  /** A job that reads everything (a dry run). */
  static ContactJob full(String workItemId, String locationId, String contactId, Trigger kind) {
    return new ContactJob(workItemId, locationId, contactId, GhlPart.ALL, kind);
  }
}
