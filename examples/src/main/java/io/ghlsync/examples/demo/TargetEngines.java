package io.ghlsync.examples.demo;

import io.ghlsync.examples.cli.ExampleFailure;
import io.ghlsync.examples.cli.ServiceFailures;
import io.ghlsync.ghl.GhlClient;
import io.ghlsync.ghl.webhook.WebhookEvent;
import io.ghlsync.sync.SubmitResult;
import io.ghlsync.sync.SyncEngine;
import io.ghlsync.sync.SyncEngineBuilder;
import io.ghlsync.sync.SyncListener;
import io.ghlsync.sync.mapping.Mapping;
import io.ghlsync.sync.store.AuditEntry;
import io.ghlsync.sync.store.DeadLetter;
import io.ghlsync.sync.store.Link;
import io.ghlsync.sync.store.SyncStore;
import io.ghlsync.sync.target.TargetConnector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One {@link SyncEngine} per target, sharing one GHL client, one store and the same listeners. A
 * webhook event goes to every engine; the store remembers its {@code webhookId} per target, so each
 * engine queues it once and recognises a redelivery.
 */
final class TargetEngines implements AutoCloseable {
  private final Map<String, SyncEngine> engines;
  private final SyncStore store;

  /**
   * A target with the mapping the demo uses for it.
   *
   * @param connector the target connector
   * @param mapping the field mapping
   */
  record TargetSetup(TargetConnector connector, Mapping mapping) {}

  /**
   * Builds the engines (not started).
   *
   * @param ghl the GHL client the engines read with
   * @param targets the targets
   * @param store the shared store
   * @param listeners progress and summary listeners
   * @param tuning extra engine settings, applied to every engine
   */
  TargetEngines(
      GhlClient ghl,
      List<TargetSetup> targets,
      SyncStore store,
      List<SyncListener> listeners,
      UnaryOperator<SyncEngineBuilder> tuning) {
    this.store = store;
    Map<String, SyncEngine> built = new LinkedHashMap<>();
    for (TargetSetup t : targets) {
      SyncEngineBuilder b =
          SyncEngine.builder().ghl(ghl).target(t.connector()).mapping(t.mapping()).store(store);
      listeners.forEach(b::listener);
      SyncEngine engine = tuning.apply(b).build();
      built.put(engine.targetName(), engine);
    }
    this.engines = built;
  }

  /**
   * The target names, in order.
   *
   * @return the names
   */
  List<String> targetNames() {
    return List.copyOf(engines.keySet());
  }

  /**
   * Queues every contact of a location for every target (nothing is synced before {@link
   * #start()}).
   *
   * @param locationId the GHL location
   * @param maxPages the most search pages to read per target
   * @return contacts queued per target name
   */
  Map<String, Integer> backfill(String locationId, int maxPages) {
    Map<String, Integer> queued = new LinkedHashMap<>();
    engines.forEach(
        (name, engine) -> {
          try {
            queued.put(name, engine.backfill(locationId, maxPages).queued());
          } catch (RuntimeException e) {
            throw ServiceFailures.explain(
                "reading the contacts of location " + locationId + " from GHL", e);
          }
        });
    return queued;
  }

  /** Starts every engine's workers. */
  void start() {
    engines.values().forEach(SyncEngine::start);
  }

  /**
   * Waits until every engine has nothing left to do.
   *
   * @param timeout the longest wait for all engines together
   * @throws ExampleFailure when the work does not finish in time
   */
  void awaitIdle(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      for (SyncEngine engine : engines.values()) {
        Duration left = Duration.ofNanos(Math.max(1, deadline - System.nanoTime()));
        if (!engine.awaitIdle(left)) {
          throw ExampleFailure.run(
              "the sync to "
                  + engine.targetName()
                  + " did not finish within "
                  + timeout
                  + " ("
                  + engine.queueStats()
                  + "); the service may be slow or rate limiting",
              null);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ExampleFailure.run("interrupted while waiting for the sync to finish", e);
    }
  }

  /**
   * Hands a verified webhook event to every engine.
   *
   * @param event the event
   * @return what the first engine did with it (the others decide the same way for their target)
   */
  SubmitResult submit(WebhookEvent event) {
    SubmitResult first = null;
    for (SyncEngine engine : engines.values()) {
      SubmitResult result = engine.submit(event);
      if (first == null) {
        first = result;
      }
    }
    return Objects.requireNonNull(first, "no target engine");
  }

  /**
   * The audit trail of one contact in every target, oldest first.
   *
   * @param locationId the GHL location
   * @param contactId the GHL contact
   * @return the entries
   */
  List<AuditEntry> audit(String locationId, String contactId) {
    return store.audit().forContact(locationId, contactId);
  }

  /**
   * The links of one contact (its own, its tasks' and notes') in one target.
   *
   * @param target the target name
   * @param locationId the GHL location
   * @param contactId the GHL contact
   * @return the links
   */
  List<Link> links(String target, String locationId, String contactId) {
    return store.forTarget(target).links().forContact(locationId, contactId);
  }

  /**
   * The dead letters of every target.
   *
   * @return the dead letters
   */
  List<DeadLetter> deadLetters() {
    List<DeadLetter> out = new ArrayList<>();
    engines.values().forEach(e -> out.addAll(e.deadLetters()));
    return out;
  }

  /**
   * The shared store.
   *
   * @return the store
   */
  SyncStore store() {
    return store;
  }

  @Override
  public void close() {
    engines.values().forEach(SyncEngine::close);
  }
}
