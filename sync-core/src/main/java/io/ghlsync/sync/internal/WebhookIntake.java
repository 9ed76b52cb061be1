package io.ghlsync.sync.internal;

import io.ghlsync.ghl.webhook.WebhookEvent;
import io.ghlsync.sync.SubmitResult;
import io.ghlsync.sync.model.Trigger;
import io.ghlsync.sync.store.SeenWebhookIds;
import io.ghlsync.sync.store.WorkItem;
import java.util.Optional;

/**
 * Turns a webhook event into queued work: contact, task and note events queue their contact, a
 * webhook id this engine's target saw before is a duplicate, anything else is ignored. The event's
 * payload is not used; the work fetches the latest record.
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

  private WebhookIntake() {}

  /**
   * Handles one event.
   *
   * @param event the verified event
   * @param config the engine configuration
   * @param enqueue queues the contact
   * @param checkSeen false when the webhook handler checked the id against this engine's store
   * @return what happened
   */
  public static SubmitResult submit(
      WebhookEvent event, EngineConfig config, Enqueue enqueue, boolean checkSeen) {
    String contactId;
    if (event instanceof WebhookEvent.ContactEvent e) {
      contactId = e.contact().id();
    } else if (event instanceof WebhookEvent.TaskEvent e) {
      contactId = e.task().contactId();
    } else if (event instanceof WebhookEvent.NoteEvent e) {
      contactId = e.note().contactId();
    } else {
      return new SubmitResult(
          SubmitResult.Status.IGNORED, Optional.empty(), event.type() + " is not synced");
    }
    if (contactId.isBlank() || event.locationId().isBlank()) {
      return new SubmitResult(
          SubmitResult.Status.IGNORED,
          Optional.empty(),
          event.type() + " carries no locationId or contact id");
    }
    SeenWebhookIds seen = config.engineStore().seenWebhooks();
    String webhookId = event.webhookId();
    if (checkSeen && !webhookId.isBlank() && !seen.markSeen(webhookId, config.clock().instant())) {
      return new SubmitResult(
          SubmitResult.Status.DUPLICATE, Optional.empty(), "webhook " + webhookId + " seen before");
    }
    try {
      WorkItem item = enqueue.enqueue(event.locationId(), contactId, Trigger.WEBHOOK);
      return new SubmitResult(SubmitResult.Status.QUEUED, Optional.of(item), "");
    } catch (RuntimeException e) {
      if (checkSeen && !webhookId.isBlank()) {
        seen.forget(webhookId);
      }
      throw e;
    }
  }
}
