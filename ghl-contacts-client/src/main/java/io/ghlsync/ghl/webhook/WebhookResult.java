package io.ghlsync.ghl.webhook;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The verdict on one webhook request. Answer the sender with {@link #httpStatus()} and, with a 429,
 * a {@code Retry-After} header of {@link #retryAfterSeconds()}.
 *
 * <p>GHL delivers a webhook again only when the receiver answers 429 (up to 6 times, about 10
 * minutes apart); any other status, 5xx and timeouts included, ends the delivery. So everything
 * that may succeed later (a listener that could not queue the event, a failing seen-id store) is
 * answered 429.
 *
 * <pre>{@code
 * if (result instanceof WebhookResult.Accepted a) { queue.add(a.event()); }
 * result.retryAfterSeconds().ifPresent(s -> headers.set("Retry-After", String.valueOf(s)));
 * exchange.sendResponseHeaders(result.httpStatus(), -1);
 * }</pre>
 */
public sealed interface WebhookResult {

  /** The {@code Retry-After} sent with a 429: one minute (GHL spaces its retries itself). */
  long RETRY_AFTER_SECONDS = 60;

  /**
   * The HTTP status a receiver should answer with.
   *
   * @return 200 for accepted and duplicate events, 429 when a listener failed (so GHL delivers
   *     again), otherwise the reason's status
   */
  int httpStatus();

  /**
   * The {@code Retry-After} header to send with the answer.
   *
   * @return {@value #RETRY_AFTER_SECONDS} seconds for a 429, empty otherwise
   */
  default OptionalLong retryAfterSeconds() {
    return httpStatus() == 429 ? OptionalLong.of(RETRY_AFTER_SECONDS) : OptionalLong.empty();
  }

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
   * released from the seen store, so a redelivery is processed again (answer 429 to ask for one:
   * GHL redelivers after no other status).
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
      return 429;
    }
  }
}
