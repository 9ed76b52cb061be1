package io.ghlsync.sync.store;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The in-memory {@link SeenWebhookIds} of one engine. */
final class InMemorySeenWebhookIds implements SeenWebhookIds {
  private final Map<String, Instant> ids = new ConcurrentHashMap<>();
  private final ExpiryTimer expiry;

  InMemorySeenWebhookIds(Clock clock) {
    this.expiry = new ExpiryTimer(clock);
  }

  @Override
  public boolean markSeen(String webhookId, Instant receivedAt) {
    if (expiry.due()) {
      purgeExpired();
    }
    return ids.putIfAbsent(webhookId, receivedAt) == null;
  }

  @Override
  public void forget(String webhookId) {
    ids.remove(webhookId);
  }

  @Override
  public int purgeExpired() {
    return purgeBefore(expiry.cutoff());
  }

  @Override
  public int purgeBefore(Instant cutoff) {
    int before = ids.size();
    ids.values().removeIf(at -> at.isBefore(cutoff));
    return before - ids.size();
  }
}
