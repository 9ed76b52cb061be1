package io.ghlsync.sync.store;

import java.time.Instant;

/**
 * Webhook delivery ids already accepted, per target, so that a redelivery is recognised while
 * several engines (one per target) sharing one store each accept the first delivery. Thread safe.
 */
public interface SeenWebhooks {

  /**
   * Records a webhook id for a target.
   *
   * @param target the target name
   * @param webhookId the delivery id
   * @param at when it was received
   * @return true when the id is new for this target, false when it was seen before
   */
  boolean markSeen(String target, String webhookId, Instant at);

  /**
   * Forgets one id of a target, so a redelivery is accepted again (used when queuing the event
   * failed).
   *
   * @param target the target name
   * @param webhookId the delivery id
   */
  void forget(String target, String webhookId);

  /**
   * Forgets ids received before an instant, for every target (retention; GHL rejects replays older
   * than minutes).
   *
   * @param cutoff ids before this instant are forgotten
   * @return how many were forgotten
   */
  int purgeBefore(Instant cutoff);
}
