package io.ghlsync.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.ghl.webhook.RejectionReason;
import io.ghlsync.ghl.webhook.WebhookResult;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class WebhookMetricsTest {

  @Test
  void verdictsAreCountedByKindAndReason() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    WebhookMetrics metrics = new WebhookMetrics(registry);

    metrics.handled(new WebhookResult.Duplicate("w1"));
    metrics.handled(new WebhookResult.Duplicate("w2"));
    metrics.handled(new WebhookResult.Rejected(RejectionReason.BAD_SIGNATURE, "bad"));

    assertThat(registry.get(WebhookMetrics.WEBHOOKS).tag("verdict", "duplicate").counter().count())
        .isEqualTo(2);
    assertThat(
            registry
                .get(WebhookMetrics.WEBHOOKS)
                .tag("verdict", "rejected")
                .tag("reason", "bad_signature")
                .counter()
                .count())
        .isEqualTo(1);
    assertThat(registry.getMeters()).hasSize(2);
  }
}
