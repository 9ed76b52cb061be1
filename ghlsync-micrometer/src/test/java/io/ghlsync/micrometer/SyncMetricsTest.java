package io.ghlsync.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.sync.model.Trigger;
import io.ghlsync.sync.store.DeadLetter;
import io.ghlsync.sync.store.WorkItem;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyncMetricsTest {
  private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");
  private static final WorkItem ITEM =
      new WorkItem(
          "w1",
          "loc1",
          "contact-secret-1",
          Set.of("onoffice"),
          Set.of(Trigger.WEBHOOK),
          3,
          "",
          T0,
          T0);

  @Test
  void failuresDeadLettersWaitsAndEngineFailuresAreCountedWithoutTheContact() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    SyncMetrics metrics = new SyncMetrics(registry);

    metrics.onFailed(ITEM, "HTTP 503");
    metrics.onFailed(ITEM, "HTTP 503");
    metrics.onDeadLettered(new DeadLetter("d1", "onoffice", ITEM, "contact failed", T0));
    metrics.onRateLimitWait("loc1", Duration.ofMillis(1500));
    metrics.onEngineFailed(new OutOfMemoryError("test"));

    assertThat(registry.get(SyncMetrics.ITEMS).tag("outcome", "failed").counter().count())
        .isEqualTo(2);
    assertThat(registry.get(SyncMetrics.ITEMS).tag("outcome", "dead_lettered").counter().count())
        .isEqualTo(1);
    assertThat(registry.get(SyncMetrics.DEAD_LETTERS).tag("target", "onoffice").counter().count())
        .isEqualTo(1);
    assertThat(
            registry
                .get(SyncMetrics.RATE_LIMIT_WAITS)
                .tag("key", "loc1")
                .timer()
                .totalTime(java.util.concurrent.TimeUnit.MILLISECONDS))
        .isEqualTo(1500);
    assertThat(registry.get(SyncMetrics.ENGINE_FAILURES).counter().count()).isEqualTo(1);
    assertThat(registry.getMeters())
        .allSatisfy(m -> assertThat(m.getId().toString()).doesNotContain("contact-secret-1"));
    assertThat(MetricsSummary.of(registry))
        .contains(
            "ghlsync.sync.items{outcome=failed} count=2",
            "ghlsync.sync.ratelimit.waits{key=loc1} count=1 mean=1500.0ms max=1500.0ms");
  }

  @Test
  void aLagIsNotRecordedWhenTheEngineClockIsBehindTheItem() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    SyncMetrics metrics =
        new SyncMetrics(
            registry, java.time.Clock.fixed(T0.minusSeconds(5), java.time.ZoneOffset.UTC));

    metrics.onDone(
        ITEM,
        new io.ghlsync.sync.ContactSyncResult(
            "loc1",
            "contact-secret-1",
            io.ghlsync.sync.ContactSyncResult.Status.SYNCED,
            java.util.List.of(),
            ""));

    assertThat(registry.get(SyncMetrics.ITEMS).tag("outcome", "synced").counter().count())
        .isEqualTo(1);
    assertThat(registry.find(SyncMetrics.LAG).timer()).isNull();
  }

  @Test
  void statusesBecomeTheUsualOutcomes() {
    assertThat(HttpMetrics.outcome(0)).isEqualTo("IO_ERROR");
    assertThat(HttpMetrics.outcome(101)).isEqualTo("INFORMATIONAL");
    assertThat(HttpMetrics.outcome(204)).isEqualTo("SUCCESS");
    assertThat(HttpMetrics.outcome(304)).isEqualTo("REDIRECTION");
    assertThat(HttpMetrics.outcome(429)).isEqualTo("CLIENT_ERROR");
    assertThat(HttpMetrics.outcome(503)).isEqualTo("SERVER_ERROR");
    assertThat(HttpMetrics.outcome(999)).isEqualTo("UNKNOWN");
  }
}
