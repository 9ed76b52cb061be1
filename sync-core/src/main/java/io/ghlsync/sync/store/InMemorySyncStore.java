package io.ghlsync.sync.store;

import io.ghlsync.sync.rules.InMemoryRuleMemory;
import io.ghlsync.sync.rules.RuleMemory;
import java.time.Clock;
import java.util.Map;
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

  private final Clock clock;
  private final AuditLog audit;
  private final RuleMemory ruleMemory = new InMemoryRuleMemory();
  private final VersionHistory versions = new InMemoryVersionHistory();
  private final Map<String, EngineStore> engines = new ConcurrentHashMap<>();
  private final Map<String, TargetStore> targets = new ConcurrentHashMap<>();

  /** Creates an empty store on the system clock with the default audit capacity. */
  public InMemorySyncStore() {
    this(Clock.systemUTC(), DEFAULT_AUDIT_CAPACITY);
  }

  /**
   * Creates an empty store on the system clock.
   *
   * @param auditCapacity the most audit entries kept (oldest dropped first)
   */
  public InMemorySyncStore(int auditCapacity) {
    this(Clock.systemUTC(), auditCapacity);
  }

  /**
   * Creates an empty store.
   *
   * @param clock decides lease deadlines and not-before times
   * @param auditCapacity the most audit entries kept (oldest dropped first)
   */
  public InMemorySyncStore(Clock clock, int auditCapacity) {
    if (auditCapacity < 1) {
      throw new IllegalArgumentException("auditCapacity must be at least 1: " + auditCapacity);
    }
    this.clock = clock;
    this.audit = new InMemoryAuditLog(auditCapacity);
  }

  @Override
  public EngineStore forEngine(String engineName) {
    LinkKey.requireText(engineName, "engineName");
    return engines.computeIfAbsent(
        engineName,
        n ->
            new Engine(
                n,
                new InMemoryWorkQueue(clock),
                new InMemorySeenWebhookIds(clock),
                new InMemoryCursorStore()));
  }

  @Override
  public TargetStore forTarget(String targetName) {
    LinkKey.requireText(targetName, "targetName");
    return targets.computeIfAbsent(targetName, n -> new Target(n, new InMemoryLinkStore(n)));
  }

  @Override
  public AuditLog audit() {
    return audit;
  }

  @Override
  public RuleMemory ruleMemory() {
    return ruleMemory;
  }

  @Override
  public VersionHistory versions() {
    return versions;
  }

  private record Engine(
      String engineName, WorkQueue queue, SeenWebhookIds seenWebhooks, CursorStore cursors)
      implements EngineStore {}

  private record Target(String targetName, LinkStore links, CursorStore cursors)
      implements TargetStore {
    Target(String targetName, LinkStore links) {
      this(targetName, links, new InMemoryCursorStore());
    }
  }
}
