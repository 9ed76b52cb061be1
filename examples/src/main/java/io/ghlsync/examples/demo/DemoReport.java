package io.ghlsync.examples.demo;

import io.ghlsync.sync.model.EntityKind;
import io.ghlsync.sync.store.AuditEntry;
import java.util.List;
import java.util.Map;

/**
 * What one demo run did, for callers that want more than the printed text (the tests).
 *
 * @param sandbox true for the embedded sandbox, false for real services
 * @param backfilled contacts queued by the backfill, per target
 * @param decisions decision counts per target and record kind, over the whole run
 * @param webhooksAccepted webhook deliveries accepted
 * @param webhookDuplicates webhook deliveries recognised as duplicates
 * @param webhooksRejected webhook deliveries rejected
 * @param storyContact the GHL contact whose audit trail was shown, or {@code ""}
 * @param storyTrail that contact's audit trail
 * @param scored the contacts the scoring part scored, per target (empty with real services)
 */
record DemoReport(
    boolean sandbox,
    Map<String, Integer> backfilled,
    Map<String, Map<EntityKind, DecisionCounts>> decisions,
    long webhooksAccepted,
    long webhookDuplicates,
    long webhooksRejected,
    String storyContact,
    List<AuditEntry> storyTrail,
    List<ScoringPhase.Scored> scored) {

  /** Copies the components. */
  DemoReport {
    backfilled = Map.copyOf(backfilled);
    decisions = Map.copyOf(decisions);
    storyTrail = List.copyOf(storyTrail);
    scored = List.copyOf(scored);
  }

  /**
   * The counts of one target and kind.
   *
   * @param target the target name
   * @param kind the record kind
   * @return the counts (zero when nothing was decided)
   */
  DecisionCounts counts(String target, EntityKind kind) {
    return decisions.getOrDefault(target, Map.of()).getOrDefault(kind, DecisionCounts.NONE);
  }
}
