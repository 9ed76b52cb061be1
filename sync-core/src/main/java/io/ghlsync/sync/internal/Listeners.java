package io.ghlsync.sync.internal;

import io.ghlsync.sync.ContactSyncResult;
import io.ghlsync.sync.SyncListener;
import io.ghlsync.sync.store.AuditEntry;
import io.ghlsync.sync.store.DeadLetter;
import io.ghlsync.sync.store.WorkItem;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Fans events out to the host's listeners; a listener that throws is logged and skipped. */
public final class Listeners implements SyncListener {
  private static final Logger LOG = LoggerFactory.getLogger("io.ghlsync.sync");

  private final List<SyncListener> listeners;

  /**
   * Creates the fan-out.
   *
   * @param listeners the listeners, called in order
   */
  public Listeners(List<SyncListener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  private void each(String event, Consumer<SyncListener> call) {
    for (SyncListener listener : listeners) {
      try {
        call.accept(listener);
      } catch (RuntimeException e) {
        LOG.warn("sync listener {} failed in {}; ignored", listener.getClass().getName(), event, e);
      }
    }
  }

  @Override
  public void onQueued(WorkItem item) {
    each("onQueued", l -> l.onQueued(item));
  }

  @Override
  public void onDone(WorkItem item, ContactSyncResult result) {
    try (SyncMdc mdc = SyncMdc.of(item)) {
      LOG.debug("synced contact {} to {}", item.contactId(), item.targets());
      each("onDone", l -> l.onDone(item, result));
    }
  }

  @Override
  public void onFailed(WorkItem item, String error) {
    try (SyncMdc mdc = SyncMdc.of(item)) {
      LOG.debug(
          "sync of contact {} to {} failed (attempt {}); it is retried later",
          item.contactId(),
          item.targets(),
          item.attempts());
      each("onFailed", l -> l.onFailed(item, error));
    }
  }

  @Override
  public void onDeadLettered(DeadLetter letter) {
    WorkItem item = letter.item();
    try (SyncMdc mdc = SyncMdc.of(item.locationId(), item.contactId(), letter.target())) {
      // Ids and the reason only: reasons name records and errors, never field values.
      LOG.warn(
          "dead letter {}: contact {} of location {} could not be synced to {} after {}"
              + " attempt(s): {}",
          letter.id(),
          item.contactId(),
          item.locationId(),
          letter.target(),
          item.attempts(),
          letter.reason());
      each("onDeadLettered", l -> l.onDeadLettered(letter));
    }
  }

  @Override
  public void onRateLimitWait(String locationId, Duration wait) {
    each("onRateLimitWait", l -> l.onRateLimitWait(locationId, wait));
  }

  @Override
  public void onDecision(AuditEntry entry) {
    each("onDecision", l -> l.onDecision(entry));
  }

  @Override
  public void onEngineFailed(Throwable error) {
    each("onEngineFailed", l -> l.onEngineFailed(error));
  }
}
