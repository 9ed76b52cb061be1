package io.ghlsync.sync.internal;

import io.ghlsync.ghl.webhook.TaskSnapshot;
import io.ghlsync.ghl.webhook.WebhookEvent;
import io.ghlsync.sync.SubmitResult;
import io.ghlsync.sync.model.Trigger;
import io.ghlsync.sync.store.QueueStats;
import io.ghlsync.sync.store.SeenWebhookIds;
import io.ghlsync.sync.store.WorkItem;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a webhook event into queued work: contact, task and note events queue their contact with a
 * trigger naming what changed (so the work re-reads only that, {@link GhlPart#named}), a webhook id
 * this engine saw before is a duplicate, anything else is ignored. The event's payload is a hint;
 * the work fetches the latest record. A {@code TaskCreate} without {@code contactId} is resolved
 * through the location task search (one request, when the token has the scope).
 */
public final class WebhookIntake {
  /** Queues one contact of a location. */
  @FunctionalInterface
  public interface Enqueue {
    /**
     * Queues a contact.
     *
     * @param locationId the GHL location
     * @param contactId the GHL contact
     * @param trigger why
     * @return the waiting item
     */
    WorkItem enqueue(String locationId, String contactId, Trigger trigger);
  }

  /** The contact an event concerns and what changed. */
  private record Target(String contactId, Trigger trigger) {}

  private static final Logger LOG = LoggerFactory.getLogger("io.ghlsync.sync");

  private WebhookIntake() {}

  /**
   * Handles one event.
   *
   * @param event the verified event
   * @param config the engine configuration
   * @param reader the engine's GHL reads (what a scan read of the changed part is dropped)
   * @param enqueue queues the contact
   * @param checkSeen false when the webhook handler checked the id against this engine's store
   * @param maxQueued the most items that may wait before events are refused (0: no bound)
   * @return what happened; {@code RETRY_LATER} (answer 429) when the work could not be queued
   */
  public static SubmitResult submit(
      WebhookEvent event,
      EngineConfig config,
      GhlReader reader,
      Enqueue enqueue,
      boolean checkSeen,
      int maxQueued) {
    Optional<Target> target = targetOf(event, reader);
    if (target.isEmpty()) {
      return new SubmitResult(
          SubmitResult.Status.IGNORED, Optional.empty(), event.type() + " is not synced");
    }
    String contactId = target.get().contactId();
    if (contactId.isBlank() || event.locationId().isBlank()) {
      return new SubmitResult(
          SubmitResult.Status.IGNORED,
          Optional.empty(),
          event.type()
              + " carries no locationId or contact id"
              + (event instanceof WebhookEvent.TaskCreate
                  ? " (a task's contact is looked up by task search, which needs the scope"
                      + " locations/tasks.readonly)"
                  : ""));
    }
    SeenWebhookIds seen = config.engineStore().seenWebhooks();
    String webhookId = event.webhookId();
    try {
      if (checkSeen
          && !webhookId.isBlank()
          && !seen.markSeen(webhookId, config.clock().instant())) {
        return new SubmitResult(
            SubmitResult.Status.DUPLICATE,
            Optional.empty(),
            "webhook " + webhookId + " seen before");
      }
    } catch (RuntimeException e) {
      return retryLater(event, "the store failed: " + Failures.describe(e));
    }
    Trigger trigger = target.get().trigger();
    try {
      if (maxQueued > 0) {
        QueueStats stats = config.queue().stats();
        int waiting = stats.ready() + stats.delayed();
        if (waiting >= maxQueued) {
          forget(seen, webhookId, checkSeen);
          return retryLater(
              event,
              "the queue is full: " + waiting + " item(s) wait (maxQueued " + maxQueued + ")");
        }
      }
      // Before queuing, so no worker takes the scan's now stale read of the changed part.
      reader.changed(event.locationId(), contactId, GhlPart.named(Set.of(trigger)));
      WorkItem item = enqueue.enqueue(event.locationId(), contactId, trigger);
      return new SubmitResult(SubmitResult.Status.QUEUED, Optional.of(item), "");
    } catch (RuntimeException e) {
      forget(seen, webhookId, checkSeen);
      return retryLater(event, "the store failed: " + Failures.describe(e));
    }
  }

  private static void forget(SeenWebhookIds seen, String webhookId, boolean checkSeen) {
    if (checkSeen && !webhookId.isBlank()) {
      try {
        seen.forget(webhookId);
      } catch (RuntimeException e) {
        LOG.warn("could not release webhook id {} after a failed queuing", webhookId, e);
      }
    }
  }

  private static SubmitResult retryLater(WebhookEvent event, String why) {
    LOG.warn(
        "webhook {} ({}) of location {} not queued, answering 429 so GHL delivers it again: {}",
        event.webhookId(),
        event.type(),
        event.locationId(),
        why);
    return new SubmitResult(SubmitResult.Status.RETRY_LATER, Optional.empty(), why);
  }

  private static Optional<Target> targetOf(WebhookEvent event, GhlReader reader) {
    if (event instanceof WebhookEvent.ContactCreate
        || event instanceof WebhookEvent.ContactDelete) {
      return Optional.of(
          new Target(((WebhookEvent.ContactEvent) event).contact().id(), Trigger.WEBHOOK));
    }
    if (event instanceof WebhookEvent.ContactEvent e) {
      return Optional.of(new Target(e.contact().id(), Trigger.CONTACT_EVENT));
    }
    if (event instanceof WebhookEvent.TaskEvent e) {
      String contactId = e.task().contactId();
      if (contactId.isBlank() && event instanceof WebhookEvent.TaskCreate) {
        contactId = contactOf(event.locationId(), e.task(), reader);
      }
      return Optional.of(new Target(contactId, Trigger.TASK_EVENT));
    }
    if (event instanceof WebhookEvent.NoteEvent e) {
      return Optional.of(new Target(e.note().contactId(), Trigger.NOTE_EVENT));
    }
    return Optional.empty();
  }

  private static String contactOf(String locationId, TaskSnapshot task, GhlReader reader) {
    if (locationId.isBlank()) {
      return "";
    }
    return reader.contactOfTask(locationId, task.id(), task.title(), task.assignedTo()).orElse("");
  }
}
