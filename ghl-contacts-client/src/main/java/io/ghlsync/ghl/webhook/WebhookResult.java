package io.ghlsync.ghl.webhook;

import java.util.List;
import java.util.Objects;

/**
 * The verdict on one webhook request. Answer the sender with {@link #httpStatus()}.
 *
 * <pre>{@code
 * if (result instanceof WebhookResult.Accepted a) { queue.add(a.event()); }
 * exchange.sendResponseHeaders(result.httpStatus(), -1);
 * }</pre>
 */
public sealed interface WebhookResult {

  /**
   * The HTTP status a receiver should answer with.
   *
   * @return 200 for accepted and duplicate events, 500 when a listener failed, otherwise the
   *     reason's status
   */
  int httpStatus();

  /**
   * The request was authentic, fresh and seen for the first time; listeners (if any) all succeeded.
   *
   * @param event the event
   */
  record Accepted(WebhookEvent event) implements WebhookResult {
    /**
     * Validates the component.
     *
     * @param event the event
     */
    public Accepted {
      Objects.requireNonNull(event, "event");
    }

    @Override
    public int httpStatus() {
      return 200;
    }
  }

  /**
   * The request was authentic but its {@code webhookId} was already accepted: a redelivery. Answer
   * 200 so the sender stops, and do not process it again.
   *
   * @param webhookId the repeated id
   */
  record Duplicate(String webhookId) implements WebhookResult {
    /**
     * Validates the component.
     *
     * @param webhookId the repeated id
     */
    public Duplicate {
      Objects.requireNonNull(webhookId, "webhookId");
    }

    @Override
    public int httpStatus() {
      return 200;
    }
  }

  /**
   * The request was refused. The message says what was wrong without quoting the body, headers or
   * keys.
   *
   * @param reason the typed reason
   * @param message a short explanation for logs
   */
  record Rejected(RejectionReason reason, String message) implements WebhookResult {
    /**
     * Validates the components.
     *
     * @param reason the typed reason
     * @param message a short explanation for logs
     */
    public Rejected {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(message, "message");
    }

    @Override
    public int httpStatus() {
      return reason.httpStatus();
    }
  }

  /**
   * The event was authentic and new, but at least one listener threw. Its {@code webhookId} was
   * released from the seen store, so a redelivery is processed again (answer 500 to ask for one).
   *
   * @param event the event
   * @param failures what the failing listeners threw, in listener order
   */
  record ListenerFailed(WebhookEvent event, List<RuntimeException> failures)
      implements WebhookResult {
    /**
     * Validates the components and copies the failures.
     *
     * @param event the event
     * @param failures what the failing listeners threw, in listener order
     */
    public ListenerFailed {
      Objects.requireNonNull(event, "event");
      failures = List.copyOf(failures);
    }

    @Override
    public int httpStatus() {
      return 500;
    }
  }
}
