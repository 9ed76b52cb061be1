package io.ghlsync.sync.store;

import io.ghlsync.ghl.webhook.SeenWebhookStore;
import java.time.Duration;
import java.time.Instant;

/**
 * The webhook ids one engine accepted: {@link SeenWebhookStore#markSeen} inserts an id if it is
 * absent (atomically, also across engine instances sharing a durable store) and says whether it was
 * new; {@link SeenWebhookStore#forget} removes it again when queuing failed. This is the one
 * seen-id interface: the GHL webhook handler can use it directly, and the engine then does not
 * check a delivery a second time.
 *
 * <p>Ids are kept at least {@link #RETENTION} (24 hours; GHL retries a delivery for about an hour).
 * Implementations forget older ones by themselves, at most once an hour, when a new id is marked
 * ({@link #purgeExpired()}), so the ids stay bounded without a scheduled job.
 */
public interface SeenWebhookIds extends SeenWebhookStore {
  /** How long an accepted id is kept at least: 24 hours. */
  Duration RETENTION = Duration.ofHours(24);

  /**
   * Forgets the ids received more than {@link #RETENTION} before now (the store's clock).
   *
   * @return how many were forgotten
   */
  int purgeExpired();

  /**
   * Forgets ids received before an instant, whatever their age (a host's own retention; prefer
   * {@link #purgeExpired()}, which never forgets an id younger than {@link #RETENTION}).
   *
   * @param cutoff ids received before this instant are forgotten
   * @return how many were forgotten
   */
  int purgeBefore(Instant cutoff);
}
