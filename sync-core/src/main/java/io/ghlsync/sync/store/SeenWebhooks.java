package io.ghlsync.sync.store;

import java.time.Instant;

/** Webhook delivery ids already accepted, so that a redelivery is recognised. Thread safe. */
public interface SeenWebhooks {

  /**
   * Records a webhook id.
   *
   * @param webhookId the delivery id
   * @param at when it was received
   * @return true when the id is new, false when it was seen before
   */
  boolean markSeen(String webhookId, Instant at);

  /**
   * Forgets one id, so a redelivery is accepted again (used when queuing the event failed).
   *
   * @param webhookId the delivery id
   */
  void forget(String webhookId);

  /**
   * Forgets ids received before an instant (retention; GHL rejects replays older than minutes).
   *
   * @param cutoff ids before this instant are forgotten
   * @return how many were forgotten
   */
  int purgeBefore(Instant cutoff);
}
