package io.ghlsync.micrometer;

import static io.ghlsync.sync.testing.GhlSandbox.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.core.RateLimitConfig;
import io.ghlsync.core.RetryConfig;
import io.ghlsync.ghl.GhlClient;
import io.ghlsync.sync.SyncEngine;
import io.ghlsync.sync.mapping.FieldRule;
import io.ghlsync.sync.mapping.Mapping;
import io.ghlsync.sync.testing.GhlSandbox;
import io.ghlsync.sync.testing.MapCrm;
import io.ghlsync.testkit.Fault;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.lang.ref.Reference;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** A whole sync against the fake GHL with every hook bound to one registry. */
class SyncAndHttpMetricsTest {
  private static final Mapping MAPPING =
      Mapping.builder("ghl-to-mapcrm", "1")
          .contact(FieldRule.to("email").from("email").trim().lowerCase().build())
          .build();

  /** Records every Observation that stopped, like a tracer would see it. */
  static final class Recorded implements ObservationHandler<Observation.Context> {
    final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();
    final List<String> events = new CopyOnWriteArrayList<>();

    @Override
    public boolean supportsContext(Observation.Context context) {
      return true;
    }

    @Override
    public void onEvent(Observation.Event event, Observation.Context context) {
      events.add(event.getName());
    }

    @Override
    public void onStop(Observation.Context context) {
      stopped.add(context);
    }
  }

  @Test
  void aBackfillIsCountedPerCallRetryDecisionAndItemWithoutContactIdsInAnyTag() throws Exception {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    ObservationRegistry observations = ObservationRegistry.create();
    Recorded traces = new Recorded();
    observations.observationConfig().observationHandler(traces);
    HttpMetrics http = new HttpMetrics(registry, observations);
    SyncMetrics sync = new SyncMetrics(registry);
    MapCrm crm = new MapCrm();
    List<String> contacts;
    long ghlRequests;
    SyncEngine bound; // the queue gauges hold the engine weakly: keep it until the summary is read
    try (GhlSandbox s = new GhlSandbox(4, 1_000_000);
        GhlClient observed =
            GhlClient.builder()
                .baseUrl(s.ghl.baseUrl())
                .privateIntegrationToken(
                    s.location.privateToken("contacts.readonly", "contacts.write"))
                .locationId(LOCATION)
                .grantedScopes("contacts.readonly", "contacts.write")
                .rateLimit(RateLimitConfig.perWindow(1_000_000, Duration.ofSeconds(10)))
                .retry(new RetryConfig(3, Duration.ofMillis(1), Duration.ofMillis(5), 0))
                .config(c -> c.observer(http))
                .build();
        SyncEngine engine =
            s.engine().ghl(observed).target(crm).mapping(MAPPING).listener(sync).build()) {
      sync.bind(engine);
      bound = engine;
      contacts = s.contactIds(4);
      s.ghl.faults().script(Fault.status(503));
      engine.backfill(LOCATION);
      assertThat(registry.get(SyncMetrics.QUEUE).tag("state", "ready").gauge().value())
          .isEqualTo(4);
      assertThat(engine.runPending()).isEqualTo(4);
      ghlRequests = s.ghl.journal().total();
      assertThat(registry.get(SyncMetrics.QUEUE).tag("state", "ready").gauge().value()).isZero();
    }

    long calls =
        registry.get(HttpMetrics.REQUESTS).tag("service", "ghl").timers().stream()
            .mapToLong(Timer::count)
            .sum();
    assertThat(calls + 1).isEqualTo(ghlRequests); // the 503 attempt is part of its call
    assertThat(registry.get(HttpMetrics.RETRIES).tag("cause", "HTTP 503").counter().count())
        .isEqualTo(1);
    assertThat(
            registry
                .get(HttpMetrics.REQUESTS)
                .tag("operation", "POST /contacts/search")
                .tag("status", "200")
                .tag("outcome", "SUCCESS")
                .timer()
                .count())
        .isEqualTo(1);
    assertThat(registry.get(SyncMetrics.ITEMS).tag("outcome", "synced").counter().count())
        .isEqualTo(4);
    assertThat(registry.get(SyncMetrics.QUEUED).counter().count()).isEqualTo(4);
    assertThat(
            registry
                .get(SyncMetrics.DECISIONS)
                .tag("target", crm.name())
                .tag("kind", "contact")
                .tag("decision", "created")
                .counter()
                .count())
        .isEqualTo(4);
    assertThat(registry.get(SyncMetrics.LAG).timer().count()).isEqualTo(4);

    assertThat(traces.stopped).hasSize((int) calls);
    Observation.Context search =
        traces.stopped.stream()
            .filter(c -> "POST /contacts/search".equals(c.getContextualName()))
            .findFirst()
            .orElseThrow();
    assertThat(search.getName()).isEqualTo(HttpMetrics.OBSERVATION);
    assertThat(search.getLowCardinalityKeyValue("status").getValue()).isEqualTo("200");
    assertThat(traces.events).contains("ghlsync.http.retry");

    for (Meter meter : registry.getMeters()) {
      String id = meter.getId().toString();
      for (String contact : contacts) {
        assertThat(id).doesNotContain(contact);
      }
    }
    assertThat(MetricsSummary.of(registry))
        .anyMatch(l -> l.startsWith("ghlsync.sync.items{outcome=synced} count=4"))
        .anyMatch(l -> l.startsWith("ghlsync.http.retries{") && l.endsWith("count=1"))
        .noneMatch(l -> l.contains("NaN"));
    assertThat(MetricsSummary.brief(registry))
        .contains(
            "ghlsync.sync.decisions{decision=created,target=" + crm.name() + "} count=4",
            "ghlsync.sync.queue value=0")
        .anyMatch(l -> l.startsWith("ghlsync.http.requests{outcome=SUCCESS,service=ghl} count="));
    Reference.reachabilityFence(bound);
  }

  @Test
  void anIoFailureIsTimedAsIoErrorAndAGaugeShowsTheReportedBudget() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    HttpMetrics http = new HttpMetrics(registry);
    try (GhlSandbox s = new GhlSandbox(1, 1_000_000);
        GhlClient observed =
            GhlClient.builder()
                .baseUrl(s.ghl.baseUrl())
                .privateIntegrationToken(s.location.privateToken("contacts.readonly"))
                .locationId(LOCATION)
                .rateLimit(RateLimitConfig.perWindow(1_000_000, Duration.ofSeconds(10)))
                .retry(RetryConfig.disabled())
                .config(c -> c.observer(http))
                .build()) {
      String id = s.contactIds(1).get(0);
      observed.contacts().get(id);
      s.ghl.faults().script(Fault.connectionReset());
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> observed.contacts().get(id))
          .isInstanceOf(io.ghlsync.core.NetworkException.class);
    }

    assertThat(
            registry
                .get(HttpMetrics.REQUESTS)
                .tag("outcome", "IO_ERROR")
                .tag("status", "NONE")
                .timer()
                .count())
        .isEqualTo(1);
    assertThat(registry.get(HttpMetrics.REQUESTS).tag("status", "200").timer().count())
        .isEqualTo(1);
    assertThat(
            registry
                .get(HttpMetrics.DAILY_REMAINING)
                .tag("service", "ghl")
                .tag("key", LOCATION)
                .gauge()
                .value())
        .isPositive();
  }
}
