package io.ghlsync.sync.target;

import io.ghlsync.sync.model.DeletePolicy;
import io.ghlsync.sync.model.EntityKind;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * What a target can do, so the engine can reject an impossible configuration when it is built (for
 * example "delete contacts" on a target that can only archive) and skip updates the target cannot
 * take.
 *
 * @param removals per kind, which of {@link DeletePolicy#ARCHIVE} and {@link DeletePolicy#DELETE}
 *     the target supports ({@link DeletePolicy#IGNORE} always works)
 * @param updatable the kinds whose records can be changed after creation
 * @param findsChildren whether {@link TargetOperation.FindChild} can find tasks and notes (if not,
 *     a create whose outcome is unknown may be repeated for them)
 */
public record TargetCapabilities(
    Map<EntityKind, Set<DeletePolicy>> removals, Set<EntityKind> updatable, boolean findsChildren) {

  /**
   * Copies the components.
   *
   * @param removals per kind, which of {@link DeletePolicy#ARCHIVE} and {@link DeletePolicy#DELETE}
   *     the target supports ({@link DeletePolicy#IGNORE} always works)
   * @param updatable the kinds whose records can be changed after creation
   * @param findsChildren whether {@link TargetOperation.FindChild} can find tasks and notes (if
   *     not, a create whose outcome is unknown may be repeated for them)
   */
  public TargetCapabilities {
    Map<EntityKind, Set<DeletePolicy>> copy = new java.util.EnumMap<>(EntityKind.class);
    for (EntityKind kind : EntityKind.values()) {
      Set<DeletePolicy> set = EnumSet.of(DeletePolicy.IGNORE);
      set.addAll(removals.getOrDefault(kind, Set.of()));
      copy.put(kind, Collections.unmodifiableSet(set));
    }
    removals = Collections.unmodifiableMap(copy);
    updatable =
        Collections.unmodifiableSet(
            updatable.isEmpty() ? EnumSet.noneOf(EntityKind.class) : EnumSet.copyOf(updatable));
  }

  /**
   * Whether a delete policy is possible for a kind.
   *
   * @param kind the record kind
   * @param policy the policy
   * @return true when supported
   */
  public boolean supports(EntityKind kind, DeletePolicy policy) {
    return removals.getOrDefault(kind, Set.of()).contains(policy) || policy == DeletePolicy.IGNORE;
  }

  /**
   * Whether records of a kind can be updated.
   *
   * @param kind the record kind
   * @return true when updates are supported
   */
  public boolean canUpdate(EntityKind kind) {
    return updatable.contains(kind);
  }
}
