package io.ghlsync.sync;

import io.ghlsync.sync.model.Trigger;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The GHL requests an engine has sent since it was built, per location and kind of work: what GHL's
 * per-location budget (100 requests per 10 s, 200,000 per day by default) was spent on. A snapshot;
 * the counts only grow, so a metrics system can read them as monotonic counters.
 *
 * <p>The kind of work is the {@link Trigger}: scans count as {@code BACKFILL}, {@code POLL} or
 * {@code SWEEP} (search pages and task searches), and the reads and write-backs of a work item as
 * its most urgent trigger (webhook events first, then on-demand, replays, schedules, polls, sweeps,
 * backfills). Requests the GHL client repeats on its own (a 429 answered with a retry) count once;
 * calls a missing scope refuses before sending count zero; tasks that activity rules create in GHL
 * are not counted here.
 *
 * <pre>{@code
 * long spent = engine.ghlUsage().requests("locationId", Trigger.BACKFILL);
 * }</pre>
 *
 * @param requests requests per location, then per kind of work
 */
public record GhlUsage(Map<String, Map<Trigger, Long>> requests) {

  /**
   * Copies the counts.
   *
   * @param requests requests per location, then per kind of work
   */
  public GhlUsage {
    Objects.requireNonNull(requests, "requests");
    Map<String, Map<Trigger, Long>> copy = new LinkedHashMap<>();
    requests.forEach(
        (location, kinds) -> {
          Map<Trigger, Long> k = new EnumMap<>(Trigger.class);
          k.putAll(kinds);
          copy.put(location, Collections.unmodifiableMap(k));
        });
    requests = Collections.unmodifiableMap(copy);
  }

  /**
   * Requests spent on one kind of work in one location.
   *
   * @param locationId the GHL location
   * @param kind the kind of work
   * @return the count (0 when none)
   */
  public long requests(String locationId, Trigger kind) {
    return requests.getOrDefault(locationId, Map.of()).getOrDefault(kind, 0L);
  }

  /**
   * Requests spent in one location.
   *
   * @param locationId the GHL location
   * @return the count
   */
  public long requests(String locationId) {
    return requests.getOrDefault(locationId, Map.of()).values().stream()
        .mapToLong(Long::longValue)
        .sum();
  }

  /**
   * Requests spent in every location.
   *
   * @return the count
   */
  public long total() {
    return requests.keySet().stream().mapToLong(this::requests).sum();
  }
}
