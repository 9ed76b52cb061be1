package io.ghlsync.sync;

import io.ghlsync.sync.store.AuditEntry;
import io.ghlsync.sync.store.DeadLetter;
import io.ghlsync.sync.store.WorkItem;
import java.time.Duration;

/**
 * Progress and metrics callbacks, e.g. for a progress bar ({@link SyncCounters} is a ready-made
 * one). Every method has an empty default; they are called from worker threads, must be quick and
 * thread safe, and exceptions they throw are logged and ignored.
 */
public interface SyncListener {

  /**
   * A contact was queued (or a trigger merged into its waiting item).
   *
   * @param item the waiting item
   */
  default void onQueued(WorkItem item) {}

  /**
   * A contact was synced to the targets {@code item.targets()} names. Usually that is every target
   * of the item; when another target of the same contact was dead-lettered in the same attempt, the
   * item names only the targets that synced and {@code result} holds only their changes (the
   * dead-lettered target is reported through {@link #onDeadLettered}).
   *
   * @param item the finished item, narrowed to the targets that synced
   * @param result what was decided for each record of those targets
   */
  default void onDone(WorkItem item, ContactSyncResult result) {}

  /**
   * An attempt failed; the item is retried after a backoff.
   *
   * @param item the item (attempts counts this failure)
   * @param error what failed (no personal data)
   */
  default void onFailed(WorkItem item, String error) {}

  /**
   * An item failed for good and moved to the dead-letter list.
   *
   * @param letter the dead letter
   */
  default void onDeadLettered(DeadLetter letter) {}

  /**
   * A rate limit made the engine wait or postpone work.
   *
   * @param locationId the GHL location (or target name) whose limit was hit
   * @param wait how long
   */
  default void onRateLimitWait(String locationId, Duration wait) {}

  /**
   * One decision was recorded in the audit trail.
   *
   * @param entry the entry (personal values masked unless the host opted in)
   */
  default void onDecision(AuditEntry entry) {}

  /**
   * A worker died of a fatal JVM error (e.g. {@link OutOfMemoryError}): the engine stopped its
   * workers, returned their items to the queue, and reports {@link SyncEngineFailedException} from
   * {@code start} and {@code awaitIdle}.
   *
   * @param error the fatal error
   */
  default void onEngineFailed(Throwable error) {}
}
