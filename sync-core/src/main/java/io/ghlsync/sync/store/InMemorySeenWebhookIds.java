package io.ghlsync.sync.store;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The in-memory {@link SeenWebhookIds} of one engine. */
final class InMemorySeenWebhookIds implements SeenWebhookIds {
  private final Map<String, Instant> ids = new ConcurrentHashMap<>();

  @Override
  public boolean markSeen(String webhookId, Instant receivedAt) {
    return ids.putIfAbsent(webhookId, receivedAt) == null;
  }

  @Override
  public void forget(String webhookId) {
    ids.remove(webhookId);
  }

  @Override
  public int purgeBefore(Instant cutoff) {
    int before = ids.size();
    ids.values().removeIf(at -> at.isBefore(cutoff));
    return before - ids.size();
  }
}
