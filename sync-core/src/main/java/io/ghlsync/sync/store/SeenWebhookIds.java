package io.ghlsync.sync.store;

import io.ghlsync.ghl.webhook.SeenWebhookStore;
import java.time.Instant;

/**
 * The webhook ids one engine accepted: {@link SeenWebhookStore#markSeen} inserts an id if it is
 * absent (atomically, also across engine instances sharing a durable store) and says whether it was
 * new; {@link SeenWebhookStore#forget} removes it again when queuing failed. This is the one
 * seen-id interface: the GHL webhook handler can use it directly, and the engine then does not
 * check a delivery a second time.
 *
 * <p>Keep ids at least 24 hours: GHL retries a delivery for about an hour.
 */
public interface SeenWebhookIds extends SeenWebhookStore {
  /**
   * Forgets ids received before an instant (retention).
   *
   * @param cutoff ids received before this instant are forgotten
   * @return how many were forgotten
   */
  int purgeBefore(Instant cutoff);
}
