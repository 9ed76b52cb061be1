package io.ghlsync.micrometer;

import io.ghlsync.ghl.webhook.WebhookObserver;
import io.ghlsync.ghl.webhook.WebhookResult;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import java.util.Objects;

/**
 * Counts the verdicts of a webhook handler in {@value #WEBHOOKS} with tags {@code verdict} ({@code
 * accepted}, {@code duplicate}, {@code rejected}, {@code listener_failed}), {@code reason} (the
 * {@link io.ghlsync.ghl.webhook.RejectionReason} of a rejection, else {@code none}) and {@code
 * type} (the event type of an accepted or failed event, else {@code unknown}: a rejected body is
 * not trusted enough to name a tag).
 *
 * <pre>{@code
 * WebhookHandler handler = WebhookHandler.builder().observer(new WebhookMetrics(registry)).build();
 * }</pre>
 */
public final class WebhookMetrics implements WebhookObserver {
  /** Counter of handled webhook requests. */
  public static final String WEBHOOKS = "ghlsync.webhooks";

  private final MeterRegistry registry;

  /**
   * Creates the binding.
   *
   * @param registry where the counter goes
   */
  public WebhookMetrics(MeterRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  @Override
  public void handled(WebhookResult result) {
    String verdict;
    String reason = "none";
    String type = "unknown";
    if (result instanceof WebhookResult.Accepted a) {
      verdict = "accepted";
      type = a.event().type();
    } else if (result instanceof WebhookResult.Duplicate) {
      verdict = "duplicate";
    } else if (result instanceof WebhookResult.Rejected r) {
      verdict = "rejected";
      reason = r.reason().name().toLowerCase(Locale.ROOT);
    } else if (result instanceof WebhookResult.ListenerFailed f) {
      verdict = "listener_failed";
      type = f.event().type();
    } else {
      verdict = "unknown";
    }
    registry.counter(WEBHOOKS, "verdict", verdict, "reason", reason, "type", type).increment();
  }
}
