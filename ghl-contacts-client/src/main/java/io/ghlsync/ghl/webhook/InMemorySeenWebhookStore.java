package io.ghlsync.ghl.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@link SeenWebhookStore} in memory, bounded by entry count and retention time. Suits a single
 * receiver process; ids are lost on restart and not shared between instances.
 *
 * <p>When full, the oldest ids are dropped first, even if their retention has not passed; size the
 * store for the peak number of deliveries within the retention time.
 */
public final class InMemorySeenWebhookStore implements SeenWebhookStore {
  /** Default bound on remembered ids. */
  public static final int DEFAULT_MAX_ENTRIES = 100_000;

  private final int maxEntries;
  private final Duration retention;
  // Insertion order is arrival order, so expired entries are always at the head.
  private final LinkedHashMap<String, Instant> seen = new LinkedHashMap<>();

  /**
   * Creates a store.
   *
   * @param maxEntries the most ids kept; at least 1
   * @param retention how long an id is kept; positive
   * @throws IllegalArgumentException if a bound is out of range
   */
  public InMemorySeenWebhookStore(int maxEntries, Duration retention) {
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries must be at least 1, got " + maxEntries);
    }
    if (retention.isNegative() || retention.isZero()) {
      throw new IllegalArgumentException("retention must be positive, got " + retention);
    }
    this.maxEntries = maxEntries;
    this.retention = retention;
  }

  @Override
  public synchronized boolean markSeen(String webhookId, Instant receivedAt) {
    evictExpired(receivedAt);
    Instant previous = seen.get(webhookId);
    if (previous != null) {
      return false;
    }
    seen.put(webhookId, receivedAt);
    if (seen.size() > maxEntries) {
      Iterator<Map.Entry<String, Instant>> eldest = seen.entrySet().iterator();
      eldest.next();
      eldest.remove();
    }
    return true;
  }

  @Override
  public synchronized void forget(String webhookId) {
    seen.remove(webhookId);
  }

  /**
   * The number of ids currently remembered.
   *
   * @return the count
   */
  public synchronized int size() {
    return seen.size();
  }

  private void evictExpired(Instant now) {
    Iterator<Map.Entry<String, Instant>> it = seen.entrySet().iterator();
    while (it.hasNext()) {
      if (it.next().getValue().plus(retention).isAfter(now)) {
        return;
      }
      it.remove();
    }
  }
}
