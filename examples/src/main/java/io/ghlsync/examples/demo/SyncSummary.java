package io.ghlsync.examples.demo;

import io.ghlsync.sync.SyncListener;
import io.ghlsync.sync.model.Decision;
import io.ghlsync.sync.model.EntityKind;
import io.ghlsync.sync.store.AuditEntry;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Counts the engine's decisions per target and record kind, from the {@link
 * SyncListener#onDecision} callback, and renders them as the demo's summary table. Thread safe.
 */
final class SyncSummary implements SyncListener {
  private final Map<String, Map<EntityKind, DecisionCounts>> counts = new ConcurrentHashMap<>();
  private final AtomicLong retries = new AtomicLong();
  private final AtomicReference<@Nullable String> firstWrittenContact = new AtomicReference<>();

  @Override
  public void onDecision(AuditEntry entry) {
    DecisionCounts one = classify(entry.decision());
    if (entry.decision() == Decision.FAILED) {
      retries.incrementAndGet();
      return;
    }
    counts
        .computeIfAbsent(entry.target(), t -> new ConcurrentHashMap<>())
        .merge(entry.kind(), one, DecisionCounts::plus);
    if (entry.kind() == EntityKind.CONTACT && (one.created() + one.updated() + one.linked()) > 0) {
      firstWrittenContact.compareAndSet(null, entry.contactId());
    }
  }

  private static DecisionCounts classify(Decision decision) {
    return switch (decision) {
      case CREATED -> new DecisionCounts(1, 0, 0, 0, 0);
      case UPDATED, DELETED, ARCHIVED -> new DecisionCounts(0, 1, 0, 0, 0);
      case LINKED_DUPLICATE -> new DecisionCounts(0, 0, 1, 0, 0);
      case SKIPPED_UNCHANGED, DELETE_IGNORED -> new DecisionCounts(0, 0, 0, 1, 0);
      case DEAD_LETTERED -> new DecisionCounts(0, 0, 0, 0, 1);
      case FAILED -> DecisionCounts.NONE;
    };
  }

  /**
   * The counts of one target and kind.
   *
   * @param target the target name
   * @param kind the record kind
   * @return the counts (zero when nothing was decided)
   */
  DecisionCounts counts(String target, EntityKind kind) {
    return counts.getOrDefault(target, Map.of()).getOrDefault(kind, DecisionCounts.NONE);
  }

  /**
   * All counts, by target and kind.
   *
   * @return a copy
   */
  Map<String, Map<EntityKind, DecisionCounts>> snapshot() {
    Map<String, Map<EntityKind, DecisionCounts>> out = new TreeMap<>();
    counts.forEach((target, byKind) -> out.put(target, new EnumMap<>(byKind)));
    return out;
  }

  /**
   * Failed attempts that were retried.
   *
   * @return the number
   */
  long retries() {
    return retries.get();
  }

  /**
   * The first contact that was written to a target, to show its audit trail.
   *
   * @return the GHL contact id, empty when nothing was written
   */
  Optional<String> firstWrittenContact() {
    return Optional.ofNullable(firstWrittenContact.get());
  }

  /**
   * The summary table.
   *
   * @param targets the target names, in display order
   * @return the rendered lines
   */
  List<String> table(List<String> targets) {
    List<String> lines = new ArrayList<>();
    lines.add(row("target", "records", "created", "updated", "linked", "skipped", "failed"));
    for (String target : targets) {
      boolean first = true;
      for (EntityKind kind : EntityKind.values()) {
        DecisionCounts c = counts(target, kind);
        lines.add(
            row(
                first ? target : "",
                kind.name().toLowerCase(Locale.ROOT) + "s",
                String.valueOf(c.created()),
                String.valueOf(c.updated()),
                String.valueOf(c.linked()),
                String.valueOf(c.skipped()),
                String.valueOf(c.failed())));
        first = false;
      }
    }
    if (retries.get() > 0) {
      lines.add(retries.get() + " failed attempts were retried.");
    }
    return lines;
  }

  private static String row(String... cells) {
    return String.format(Locale.ROOT, "  %-10s %-9s %8s %8s %8s %8s %8s", (Object[]) cells);
  }
}
