package io.ghlsync.sync.internal;

/**
 * One contact to sync in one attempt of a batch.
 *
 * @param workItemId the work item, from which idempotency keys derive
 * @param locationId the GHL location
 * @param contactId the GHL contact
 */
record ContactJob(String workItemId, String locationId, String contactId) {}
