package io.ghlsync.sync;

import io.ghlsync.sync.model.Decision;
import java.util.List;
import java.util.Map;

/**
 * The result of a dry run ({@link SyncEngine#plan}): exactly what a sync would change in the
 * target, with nothing written anywhere (no target writes, no links, no audit). Unlinked contacts
 * are looked up in the target, so "create" versus "link duplicate" is decided as for real.
 *
 * <p>Field values in a plan are not masked: the plan goes to the caller, not to a log.
 *
 * @param changes one entry per record, in processing order
 * @param failures contacts that could not be planned, with the reason (e.g. a mapping error)
 */
public record SyncPlan(List<PlannedChange> changes, Map<String, String> failures) {

  /**
   * Copies the components.
   *
   * @param changes one entry per record, in processing order
   * @param failures contacts that could not be planned, with the reason (e.g. a mapping error)
   */
  public SyncPlan {
    changes = List.copyOf(changes);
    failures = Map.copyOf(failures);
  }

  /**
   * The changes that would write to the target.
   *
   * @return the writing changes
   */
  public List<PlannedChange> writes() {
    return changes.stream().filter(PlannedChange::writes).toList();
  }

  /**
   * Counts changes with a decision.
   *
   * @param decision the decision
   * @return how many changes have it
   */
  public long count(Decision decision) {
    return changes.stream().filter(c -> c.decision() == decision).count();
  }
}
