package io.ghlsync.sync.enrich;

import io.ghlsync.sync.mapping.SourceRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * When the contact was last active, from every date the sync fetched (notes and appointments count
 * when something else made the engine fetch them): the contact's {@code lastActivity}, {@code
 * dateUpdated} and {@code dateAdded}, its notes' {@code dateAdded}, its appointments' {@code
 * startTime} (past ones) and {@code dateUpdated}. Dates after the sync time are ignored (an
 * appointment next week is not activity yet).
 *
 * <ul>
 *   <li>{@code lastActivityAt}: the latest such instant, ISO-8601 UTC.
 *   <li>{@code daysSinceLastActivity}: whole days between it and the sync time.
 * </ul>
 */
public final class ActivityEnricher implements Enricher {

  /** Creates the enricher. */
  public ActivityEnricher() {}

  @Override
  public Set<String> fields() {
    return Set.of("lastActivityAt", "daysSinceLastActivity");
  }

  @Override
  public Map<String, Object> enrich(ContactActivity activity) {
    Instant now = activity.now();
    Latest latest = new Latest(now);
    SourceRecord c = activity.contact();
    latest.offer(SourceValues.instant(c, "lastActivity"));
    latest.offer(SourceValues.instant(c, "dateUpdated"));
    latest.offer(SourceValues.instant(c, "dateAdded"));
    activity.notes().forEach(n -> latest.offer(SourceValues.instant(n, "dateAdded")));
    for (SourceRecord a : activity.appointments()) {
      latest.offer(SourceValues.instant(a, "startTime"));
      latest.offer(SourceValues.instant(a, "dateUpdated"));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    if (latest.value != null) {
      out.put("lastActivityAt", latest.value.toString());
      out.put("daysSinceLastActivity", Duration.between(latest.value, now).toDays());
    }
    return out;
  }

  private static final class Latest {
    private final Instant now;
    private @org.jspecify.annotations.Nullable Instant value;

    Latest(Instant now) {
      this.now = now;
    }

    void offer(Optional<Instant> candidate) {
      candidate
          .filter(i -> !i.isAfter(now))
          .filter(i -> value == null || i.isAfter(value))
          .ifPresent(i -> value = i);
    }
  }
}
