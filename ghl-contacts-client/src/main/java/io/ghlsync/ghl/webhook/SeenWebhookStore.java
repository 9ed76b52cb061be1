package io.ghlsync.ghl.webhook;

import java.time.Instant;

/**
 * Remembers which {@code webhookId}s were accepted, so redeliveries are reported as {@link
 * WebhookResult.Duplicate}. The default is {@link InMemorySeenWebhookStore}; a durable store (e.g.
 * the sync engine's) implements the same interface so several receiver instances share it.
 *
 * <p>Implementations must be thread-safe, and should retain ids at least as long as the handler's
 * replay window plus clock skew: an event older than that is refused as stale anyway.
 */
public interface SeenWebhookStore {

  /**
   * Records an id, atomically with the check whether it was already recorded.
   *
   * @param webhookId the id from the payload, never empty
   * @param receivedAt when the request arrived (from the handler's clock)
   * @return true if the id was not recorded before (or its record has expired), false for a
   *     duplicate
   */
  boolean markSeen(String webhookId, Instant receivedAt);

  /**
   * Removes an id, so that a redelivery of it is processed again. Called when a listener failed.
   *
   * @param webhookId the id
   */
  void forget(String webhookId);
}
