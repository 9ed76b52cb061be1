package io.ghlsync.sync.internal;

import io.ghlsync.core.RetryConfig;
import io.ghlsync.ghl.GhlClient;
import io.ghlsync.sync.SyncListener;
import io.ghlsync.sync.mapping.Mapping;
import io.ghlsync.sync.model.DeletePolicy;
import io.ghlsync.sync.model.EntityKind;
import io.ghlsync.sync.store.EngineStore;
import io.ghlsync.sync.store.LinkStore;
import io.ghlsync.sync.store.SyncStore;
import io.ghlsync.sync.store.WorkQueue;
import io.ghlsync.sync.target.TargetConnector;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Everything an engine was built with; validated by the builder.
 *
 * @param target the target connector
 * @param mapping the mapping
 * @param store the store
 * @param ghl the GHL client of each location
 * @param deletes the delete policy per kind
 * @param retry attempts and backoff per work item
 * @param workers worker threads
 * @param batchSize contacts per batch
 * @param leaseDuration how long a worker holds a lease
 * @param defaultCallingCode calling code for national phone numbers in duplicate searches
 * @param idField the GHL custom field id that receives the target id, if any
 * @param revealPersonalData whether audit diffs show personal values
 * @param clock the clock
 * @param listener the (composite) listener
 * @param idlePoll how long an idle worker waits before looking at the queue again
 * @param searchPageSize page size of polling and backfill searches
 * @param ghlConcurrency how many contacts of one batch are fetched from GHL at once
 * @param engineName the engine's name (scope of its queue, seen webhook ids and GHL cursors)
 * @param ghlChildren the child kinds some target syncs, so GHL reads them once for all targets
 * @param insights enrichment, this target's scorer and activity rules, what GHL reads for them
 */
public record EngineConfig(
    TargetConnector target,
    Mapping mapping,
    SyncStore store,
    Function<String, GhlClient> ghl,
    Map<EntityKind, DeletePolicy> deletes,
    RetryConfig retry,
    int workers,
    int batchSize,
    Duration leaseDuration,
    String defaultCallingCode,
    Optional<String> idField,
    boolean revealPersonalData,
    Clock clock,
    SyncListener listener,
    Duration idlePoll,
    int searchPageSize,
    int ghlConcurrency,
    String engineName,
    Set<EntityKind> ghlChildren,
    Insights insights) {

  /**
   * The target's name.
   *
   * @return the name used in store keys
   */
  public String targetName() {
    return target.name();
  }

  /**
   * The engine-scoped store view.
   *
   * @return queue, seen webhook ids and cursors of this engine
   */
  public EngineStore engineStore() {
    return store.forEngine(engineName());
  }

  /**
   * The engine's work queue.
   *
   * @return the queue
   */
  public WorkQueue queue() {
    return engineStore().queue();
  }

  /**
   * The target's links.
   *
   * @return the link store of this target
   */
  public LinkStore links() {
    return store.forTarget(targetName()).links();
  }

  /**
   * The delete policy of a kind.
   *
   * @param kind the record kind
   * @return the policy (IGNORE unless configured)
   */
  public DeletePolicy deletePolicy(EntityKind kind) {
    return deletes.getOrDefault(kind, DeletePolicy.IGNORE);
  }
}
