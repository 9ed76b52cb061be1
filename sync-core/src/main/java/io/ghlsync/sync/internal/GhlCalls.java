package io.ghlsync.sync.internal;

import io.ghlsync.core.ApiException;
import io.ghlsync.core.PermissionException;
import io.ghlsync.ghl.GhlClient;
import io.ghlsync.sync.GhlUsage;
import io.ghlsync.sync.model.Trigger;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * Every GHL request the engine makes goes through here, so it is counted per location and kind of
 * work ({@link GhlUsage}).
 */
public final class GhlCalls {
  /** Which trigger names the work when an item has several: the most urgent first. */
  private static final List<Trigger> URGENCY =
      List.of(
          Trigger.WEBHOOK,
          Trigger.CONTACT_EVENT,
          Trigger.TASK_EVENT,
          Trigger.NOTE_EVENT,
          Trigger.ON_DEMAND,
          Trigger.REPLAY,
          Trigger.SCHEDULED,
          Trigger.POLL,
          Trigger.SWEEP,
          Trigger.BACKFILL);

  private final Function<String, GhlClient> clients;
  private final Map<String, Map<Trigger, LongAdder>> counts = new ConcurrentHashMap<>();

  /**
   * Creates the counter.
   *
   * @param clients the GHL client of each location
   */
  public GhlCalls(Function<String, GhlClient> clients) {
    this.clients = clients;
  }

  /**
   * Makes one GHL request and counts it.
   *
   * @param locationId the location whose budget it spends
   * @param kind the kind of work
   * @param call the request
   * @param <T> what it returns
   * @return what the request returned
   */
  public <T> T call(String locationId, Trigger kind, Function<GhlClient, T> call) {
    try {
      T result = call.apply(clients.apply(locationId));
      count(locationId, kind);
      return result;
    } catch (PermissionException e) {
      if (e.statusCode() != 0) {
        count(locationId, kind);
      }
      throw e;
    } catch (ApiException e) {
      count(locationId, kind);
      throw e;
    }
  }

  /**
   * The kind of work an item with these triggers does.
   *
   * @param triggers the item's triggers
   * @return the most urgent one
   */
  public static Trigger kindOf(Set<Trigger> triggers) {
    for (Trigger t : URGENCY) {
      if (triggers.contains(t)) {
        return t;
      }
    }
    return Trigger.WEBHOOK;
  }

  private void count(String locationId, Trigger kind) {
    counts
        .computeIfAbsent(locationId, k -> new ConcurrentHashMap<>())
        .computeIfAbsent(kind, k -> new LongAdder())
        .increment();
  }

  /**
   * The counts so far.
   *
   * @return a snapshot
   */
  public GhlUsage usage() {
    Map<String, Map<Trigger, Long>> out = new LinkedHashMap<>();
    counts.forEach(
        (location, kinds) -> {
          Map<Trigger, Long> k = new EnumMap<>(Trigger.class);
          kinds.forEach((kind, n) -> k.put(kind, n.sum()));
          out.put(location, k);
        });
    return new GhlUsage(out);
  }
}
