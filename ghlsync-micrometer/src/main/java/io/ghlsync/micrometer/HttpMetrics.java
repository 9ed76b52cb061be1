package io.ghlsync.micrometer;

import io.ghlsync.core.HttpCall;
import io.ghlsync.core.HttpCallObservation;
import io.ghlsync.core.HttpObserver;
import io.ghlsync.core.RateLimitBudget;
import io.micrometer.common.KeyValue;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/**
 * Meters (and, with an {@link ObservationRegistry}, an Observation per call for traces) of every
 * HTTP call of the clients it is given to:
 *
 * <pre>{@code
 * HttpMetrics http = new HttpMetrics(meterRegistry, observationRegistry);
 * GhlClient ghl = GhlClient.builder().config(c -> c.observer(http))...build();
 * }</pre>
 *
 * <p>Meters: {@value #REQUESTS} (timer; tags {@code service}, {@code operation}, {@code method},
 * {@code status}, {@code outcome}), {@value #RETRIES} (counter; {@code service}, {@code operation},
 * {@code cause}), {@value #RATE_LIMIT_WAITS} (timer; {@code service}, {@code key}), {@value
 * #WINDOW_REMAINING} and {@value #DAILY_REMAINING} (gauges; {@code service}, {@code key}; NaN until
 * the service reported a figure). The {@code key} tag is the rate-limit key: a GHL location id or a
 * configured name, never a contact id. The Observation is named {@value #OBSERVATION} with the same
 * low-cardinality keys; retries and waits are events on it.
 */
public final class HttpMetrics implements HttpObserver {
  /** Timer of calls (all attempts of one call together). */
  public static final String REQUESTS = "ghlsync.http.requests";

  /** Counter of repeated attempts. */
  public static final String RETRIES = "ghlsync.http.retries";

  /** Timer of waits for a rate-limit permit. */
  public static final String RATE_LIMIT_WAITS = "ghlsync.ratelimit.waits";

  /** Gauge of requests left in the current window, as last reported. */
  public static final String WINDOW_REMAINING = "ghlsync.ratelimit.window.remaining";

  /** Gauge of requests left today, as last reported. */
  public static final String DAILY_REMAINING = "ghlsync.ratelimit.daily.remaining";

  /** Name of the Observation of one call. */
  public static final String OBSERVATION = "ghlsync.http.call";

  private final MeterRegistry registry;
  private final ObservationRegistry observations;
  private final ConcurrentMap<String, Budget> budgets = new ConcurrentHashMap<>();

  /**
   * Meters only, no Observations.
   *
   * @param registry where the meters go
   */
  public HttpMetrics(MeterRegistry registry) {
    this(registry, ObservationRegistry.NOOP);
  }

  /**
   * Meters and an Observation per call (for tracing handlers the host registered).
   *
   * @param registry where the meters go
   * @param observations where the Observations go
   */
  public HttpMetrics(MeterRegistry registry, ObservationRegistry observations) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.observations = Objects.requireNonNull(observations, "observations");
  }

  @Override
  public HttpCallObservation callStarted(HttpCall call) {
    Observation observation =
        Observation.createNotStarted(OBSERVATION, observations)
            .contextualName(call.operation())
            .lowCardinalityKeyValue("service", call.service())
            .lowCardinalityKeyValue("operation", call.operation())
            .lowCardinalityKeyValue("method", call.method())
            .start();
    return new CallObservation(call, Timer.start(registry), observation, observation.openScope());
  }

  /** Outcome of a status, as Spring and Micrometer name it. */
  static String outcome(int status) {
    if (status == 0) {
      return "IO_ERROR";
    }
    return switch (status / 100) {
      case 1 -> "INFORMATIONAL";
      case 2 -> "SUCCESS";
      case 3 -> "REDIRECTION";
      case 4 -> "CLIENT_ERROR";
      case 5 -> "SERVER_ERROR";
      default -> "UNKNOWN";
    };
  }

  /** Last reported budget of one key; read by the gauges. */
  private static final class Budget {
    volatile double window = Double.NaN;
    volatile double daily = Double.NaN;
  }

  private Budget budget(String service, String key) {
    return budgets.computeIfAbsent(
        service + '\u0000' + key,
        k -> {
          Budget b = new Budget();
          Tags tags = Tags.of("service", service, "key", key);
          Gauge.builder(WINDOW_REMAINING, b, x -> x.window).tags(tags).register(registry);
          Gauge.builder(DAILY_REMAINING, b, x -> x.daily).tags(tags).register(registry);
          return b;
        });
  }

  private final class CallObservation implements HttpCallObservation {
    private final HttpCall call;
    private final Timer.Sample sample;
    private final Observation observation;
    private final Observation.Scope scope;

    CallObservation(
        HttpCall call, Timer.Sample sample, Observation observation, Observation.Scope scope) {
      this.call = call;
      this.sample = sample;
      this.observation = observation;
      this.scope = scope;
    }

    @Override
    public void rateLimitWaited(String key, Duration wait) {
      registry.timer(RATE_LIMIT_WAITS, "service", call.service(), "key", key).record(wait);
      observation.event(Observation.Event.of("ghlsync.ratelimit.wait"));
    }

    @Override
    public void retried(int attempt, Duration waited, String cause) {
      registry
          .counter(
              RETRIES, "service", call.service(), "operation", call.operation(), "cause", cause)
          .increment();
      observation.event(Observation.Event.of("ghlsync.http.retry", "retry after " + cause));
    }

    @Override
    public void budgetReported(String key, RateLimitBudget reported) {
      Budget b = budget(call.service(), key);
      reported.windowRemaining().ifPresent(v -> b.window = v);
      reported.dailyRemaining().ifPresent(v -> b.daily = v);
    }

    @Override
    public void finished(int status, @Nullable Throwable error) {
      String statusTag = status == 0 ? "NONE" : Integer.toString(status);
      String outcome = outcome(status);
      sample.stop(
          Timer.builder(REQUESTS)
              .description("HTTP calls of the ghlsync clients, all attempts of a call together")
              .tags(
                  "service",
                  call.service(),
                  "operation",
                  call.operation(),
                  "method",
                  call.method(),
                  "status",
                  statusTag,
                  "outcome",
                  outcome)
              .register(registry));
      observation.lowCardinalityKeyValue(KeyValue.of("status", statusTag));
      observation.lowCardinalityKeyValue(KeyValue.of("outcome", outcome));
      if (error != null) {
        observation.error(error);
      }
      scope.close();
      observation.stop();
    }
  }
}
