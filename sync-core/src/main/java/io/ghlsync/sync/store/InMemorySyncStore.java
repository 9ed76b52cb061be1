package io.ghlsync.sync.store;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link SyncStore} that keeps everything in memory: fast, thread safe, and gone when the JVM
 * stops. Right for tests, demos, benchmarks and hosts that rebuild links by duplicate search after
 * a restart; use a durable store where work items must survive a crash.
 *
 * <p>The audit trail keeps the newest {@value #DEFAULT_AUDIT_CAPACITY} entries unless another
 * capacity is given.
 */
public final class InMemorySyncStore implements SyncStore {
  /** Audit entries kept by default. */
  public static final int DEFAULT_AUDIT_CAPACITY = 1_000_000;

  private final LinkStore links = new InMemoryLinkStore();
  private final WorkQueue queue = new InMemoryWorkQueue();
  private final AuditLog audit;
  private final CursorStore cursors = new Cursors();
  private final SeenWebhooks seenWebhooks = new Seen();

  /** Creates an empty store with the default audit capacity. */
  public InMemorySyncStore() {
    this(DEFAULT_AUDIT_CAPACITY);
  }

  /**
   * Creates an empty store.
   *
   * @param auditCapacity the most audit entries kept (oldest dropped first)
   */
  public InMemorySyncStore(int auditCapacity) {
    if (auditCapacity < 1) {
      throw new IllegalArgumentException("auditCapacity must be at least 1: " + auditCapacity);
    }
    this.audit = new InMemoryAuditLog(auditCapacity);
  }

  @Override
  public LinkStore links() {
    return links;
  }

  @Override
  public WorkQueue queue() {
    return queue;
  }

  @Override
  public AuditLog audit() {
    return audit;
  }

  @Override
  public CursorStore cursors() {
    return cursors;
  }

  @Override
  public SeenWebhooks seenWebhooks() {
    return seenWebhooks;
  }

  private static final class Cursors implements CursorStore {
    private final Map<String, String> values = new ConcurrentHashMap<>();

    @Override
    public Optional<String> get(String target, String name) {
      return Optional.ofNullable(values.get(target + "\u0000" + name));
    }

    @Override
    public void put(String target, String name, String value) {
      values.put(target + "\u0000" + name, value);
    }

    @Override
    public void remove(String target, String name) {
      values.remove(target + "\u0000" + name);
    }
  }

  private static final class Seen implements SeenWebhooks {
    private final Map<String, Instant> ids = new ConcurrentHashMap<>();

    @Override
    public boolean markSeen(String target, String webhookId, Instant at) {
      return ids.putIfAbsent(target + "\u0000" + webhookId, at) == null;
    }

    @Override
    public void forget(String target, String webhookId) {
      ids.remove(target + "\u0000" + webhookId);
    }

    @Override
    public int purgeBefore(Instant cutoff) {
      int before = ids.size();
      ids.values().removeIf(at -> at.isBefore(cutoff));
      return before - ids.size();
    }
  }
}
