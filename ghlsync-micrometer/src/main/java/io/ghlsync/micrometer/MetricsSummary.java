package io.ghlsync.micrometer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A few lines of text from the {@code ghlsync.*} meters of a registry, sorted, for the end of a run
 * or a status command: counters as a count, timers as count, mean and max, gauges as their value.
 * Meters that only differ in tags the summary drops are added up. Scrape the registry for anything
 * finer.
 *
 * <pre>{@code
 * MetricsSummary.brief(registry).forEach(System.out::println);
 * }</pre>
 */
public final class MetricsSummary {
  /**
   * The tags {@link #brief} keeps; meters that differ only in others (operation, method, status,
   * key, engine, kind, type) are added up.
   */
  public static final Set<String> BRIEF_TAGS =
      Set.of("service", "outcome", "cause", "verdict", "reason", "target", "decision");

  private MetricsSummary() {}

  /**
   * One line per ghlsync meter and tag set that counted something.
   *
   * @param registry the registry
   * @return the lines
   */
  public static List<String> of(MeterRegistry registry) {
    return summarize(registry, null);
  }

  /**
   * One line per ghlsync meter name and {@link #BRIEF_TAGS} values that counted something; a
   * handful of lines for a whole run.
   *
   * @param registry the registry
   * @return the lines
   */
  public static List<String> brief(MeterRegistry registry) {
    return summarize(registry, BRIEF_TAGS);
  }

  private static List<String> summarize(MeterRegistry registry, @Nullable Set<String> keep) {
    Map<String, Sum> sums = new TreeMap<>();
    for (Meter meter : registry.getMeters()) {
      String name = meter.getId().getName();
      if (!name.startsWith("ghlsync.")) {
        continue;
      }
      String key = name + tags(meter.getId().getTags(), keep);
      sums.computeIfAbsent(key, k -> new Sum()).add(meter);
    }
    List<String> out = new ArrayList<>();
    sums.forEach(
        (k, sum) -> {
          String value = sum.describe();
          if (value != null) {
            out.add(k + " " + value);
          }
        });
    return out;
  }

  private static String tags(List<Tag> tags, @Nullable Set<String> keep) {
    String joined =
        tags.stream()
            .filter(t -> keep == null || keep.contains(t.getKey()))
            .map(t -> t.getKey() + "=" + t.getValue())
            .collect(Collectors.joining(","));
    return joined.isEmpty() ? "" : "{" + joined + "}";
  }

  /** What meters of one line add up to. */
  private static final class Sum {
    private double count;
    private long timed;
    private double totalMillis;
    private double maxMillis;
    private double gauge = Double.NaN;

    void add(Meter meter) {
      if (meter instanceof Counter c) {
        count += c.count();
      } else if (meter instanceof FunctionCounter c) {
        count += c.count();
      } else if (meter instanceof Timer t) {
        timed += t.count();
        totalMillis += t.totalTime(TimeUnit.MILLISECONDS);
        maxMillis = Math.max(maxMillis, t.max(TimeUnit.MILLISECONDS));
      } else if (meter instanceof Gauge g && !Double.isNaN(g.value())) {
        gauge = Double.isNaN(gauge) ? g.value() : gauge + g.value();
      }
    }

    @Nullable String describe() {
      if (timed > 0) {
        return String.format(
            Locale.ROOT, "count=%d mean=%.1fms max=%.1fms", timed, totalMillis / timed, maxMillis);
      }
      if (count > 0) {
        return "count=" + (long) count;
      }
      if (!Double.isNaN(gauge)) {
        return "value=" + (gauge == Math.rint(gauge) ? Long.toString((long) gauge) : gauge);
      }
      return null;
    }
  }
}
