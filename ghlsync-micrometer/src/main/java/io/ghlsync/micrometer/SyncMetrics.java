package io.ghlsync.micrometer;

import io.ghlsync.sync.ContactSyncResult;
import io.ghlsync.sync.SyncEngine;
import io.ghlsync.sync.SyncListener;
import io.ghlsync.sync.store.AuditEntry;
import io.ghlsync.sync.store.DeadLetter;
import io.ghlsync.sync.store.QueueStats;
import io.ghlsync.sync.store.WorkItem;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * Meters of a sync engine: a {@link SyncListener} to register with {@code
 * SyncEngine.builder().listener(metrics)}, plus queue gauges bound with {@link #bind(SyncEngine)}.
 *
 * <p>Meters: {@value #QUEUED} (counter), {@value #ITEMS} (counter; {@code outcome} = {@code
 * synced}, {@code failed} (retried later) or {@code dead_lettered}), {@value #DECISIONS} (counter;
 * {@code target}, {@code kind}, {@code decision}), {@value #DEAD_LETTERS} (counter; {@code
 * target}), {@value #LAG} (timer: from first queued to synced), {@value #RATE_LIMIT_WAITS} (timer;
 * {@code key}: the location id or target name whose limit postponed work), {@value
 * #ENGINE_FAILURES} (counter) and, per bound engine, {@value #QUEUE} (gauge; {@code engine}, {@code
 * state} = {@code ready}, {@code delayed}, {@code leased}) and {@value #DEAD_LETTERS_STORED}
 * (gauge; {@code engine}). No tag carries a contact id.
 */
public final class SyncMetrics implements SyncListener {
  /** Counter of contacts queued (or merged into a waiting item). */
  public static final String QUEUED = "ghlsync.sync.queued";

  /** Counter of finished attempts by outcome. */
  public static final String ITEMS = "ghlsync.sync.items";

  /** Counter of per-record decisions. */
  public static final String DECISIONS = "ghlsync.sync.decisions";

  /** Counter of dead letters. */
  public static final String DEAD_LETTERS = "ghlsync.sync.dead.letters";

  /** Timer from first queued to synced. */
  public static final String LAG = "ghlsync.sync.lag";

  /** Timer of work postponed by a rate limit. */
  public static final String RATE_LIMIT_WAITS = "ghlsync.sync.ratelimit.waits";

  /** Counter of fatal worker errors. */
  public static final String ENGINE_FAILURES = "ghlsync.sync.engine.failures";

  /** Gauge of queue items by state. */
  public static final String QUEUE = "ghlsync.sync.queue";

  /** Gauge of stored dead letters. */
  public static final String DEAD_LETTERS_STORED = "ghlsync.sync.dead.letters.stored";

  private final MeterRegistry registry;
  private final Clock clock;

  /**
   * Creates the listener; lag is measured with the system clock.
   *
   * @param registry where the meters go
   */
  public SyncMetrics(MeterRegistry registry) {
    this(registry, Clock.systemUTC());
  }

  /**
   * Creates the listener with the clock the engine uses (for the lag).
   *
   * @param registry where the meters go
   * @param clock the engine's clock
   */
  public SyncMetrics(MeterRegistry registry, Clock clock) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Registers the queue gauges of an engine. Each scrape reads {@link SyncEngine#queueStats()} (one
   * store query per gauge on a JDBC store). The gauges hold the engine weakly.
   *
   * @param engine the engine
   * @return this
   */
  public SyncMetrics bind(SyncEngine engine) {
    gauge(engine, QUEUE, "ready", s -> s.ready());
    gauge(engine, QUEUE, "delayed", s -> s.delayed());
    gauge(engine, QUEUE, "leased", s -> s.leased());
    Gauge.builder(DEAD_LETTERS_STORED, engine, e -> e.queueStats().deadLetters())
        .tag("engine", engine.name())
        .register(registry);
    return this;
  }

  private void gauge(
      SyncEngine engine, String name, String state, ToDoubleFunction<QueueStats> value) {
    Gauge.builder(name, engine, e -> value.applyAsDouble(e.queueStats()))
        .tags("engine", engine.name(), "state", state)
        .register(registry);
  }

  @Override
  public void onQueued(WorkItem item) {
    registry.counter(QUEUED).increment();
  }

  @Override
  public void onDone(WorkItem item, ContactSyncResult result) {
    registry.counter(ITEMS, "outcome", "synced").increment();
    Duration lag = Duration.between(item.enqueuedAt(), clock.instant());
    if (!lag.isNegative()) {
      registry.timer(LAG).record(lag);
    }
  }

  @Override
  public void onFailed(WorkItem item, String error) {
    registry.counter(ITEMS, "outcome", "failed").increment();
  }

  @Override
  public void onDeadLettered(DeadLetter letter) {
    registry.counter(ITEMS, "outcome", "dead_lettered").increment();
    registry.counter(DEAD_LETTERS, "target", letter.target()).increment();
  }

  @Override
  public void onRateLimitWait(String locationId, Duration wait) {
    registry.timer(RATE_LIMIT_WAITS, "key", locationId).record(wait);
  }

  @Override
  public void onDecision(AuditEntry entry) {
    registry
        .counter(
            DECISIONS,
            "target",
            entry.target(),
            "kind",
            entry.kind().name().toLowerCase(Locale.ROOT),
            "decision",
            entry.decision().name().toLowerCase(Locale.ROOT))
        .increment();
  }

  @Override
  public void onEngineFailed(Throwable error) {
    registry.counter(ENGINE_FAILURES).increment();
  }
}
