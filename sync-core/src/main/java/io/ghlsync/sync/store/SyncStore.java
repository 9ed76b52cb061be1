package io.ghlsync.sync.store;

import io.ghlsync.sync.rules.RuleMemory;

/**
 * Everything the engine persists. Implementations must be thread safe (several workers, and with a
 * durable store several engine instances, call it at once) and take their clock once, at
 * construction: no method takes the current time.
 *
 * <h2>Scopes</h2>
 *
 * <p>One engine reads a contact from GHL once per work item and fans it out to each of its targets
 * (see {@code SyncEngineBuilder#addTarget}). The store's state therefore has two scopes:
 *
 * <ul>
 *   <li><b>Engine scope</b>, {@link #forEngine(String)}: the work queue (one item per waiting
 *       contact, keyed by location and contact, naming the targets it still has to reach), the seen
 *       webhook ids (a delivery is checked once, for every target) and the GHL-side cursors
 *       (polling and backfill positions). An engine's name defaults to its target's name, or to the
 *       target names joined with {@code +}; two engines sharing one store keep their queues apart
 *       by name.
 *   <li><b>Target scope</b>, {@link #forTarget(String)}: the links between GHL records and target
 *       records (with fingerprints and snapshots of what was written) and the target's own cursors
 *       (e.g. a change-feed position for two-way sync).
 * </ul>
 *
 * <p>Outcomes are per target: a work item that fails for good in one target becomes a {@link
 * DeadLetter} naming that target, while its other targets complete or retry. The {@link #audit()
 * audit trail} is one append-only log for the whole store; each entry names its target. The {@link
 * #versions() version history} keeps the content of every mapping, scoring and rules version the
 * audit names, and the {@link #ruleMemory() rule memory} what activity rules have fired, so that a
 * durable store makes rules fire once across restarts too.
 *
 * <p>The contract every implementation must meet is written as an abstract JUnit 5 suite, {@code
 * io.ghlsync.sync.testing.SyncStoreContract} in sync-core's test-jar: extend it with a factory of
 * fresh stores on a given clock.
 */
public interface SyncStore {
  /**
   * The engine-scoped view: work queue, seen webhook ids, GHL-side cursors.
   *
   * @param engineName the engine's name (non-blank)
   * @return the view; cheap, may be called often
   */
  EngineStore forEngine(String engineName);

  /**
   * The target-scoped view: links and the target's cursors.
   *
   * @param targetName the target connector's name (non-blank)
   * @return the view; cheap, may be called often
   */
  TargetStore forTarget(String targetName);

  /**
   * The audit trail of every engine and target in this store.
   *
   * @return the audit facet
   */
  AuditLog audit();

  /**
   * What activity rules remember between runs (facts, claimed firings, round-robin turns). The
   * engine uses it unless the host gives another with {@code SyncEngineBuilder#ruleMemory}; a
   * durable store keeps it durable, so rules do not fire again after a restart.
   *
   * @return the rule memory of this store
   */
  RuleMemory ruleMemory();

  /**
   * Every mapping, scoring and rules version the engines of this store have used, with content.
   *
   * @return the version history
   */
  VersionHistory versions();
}
