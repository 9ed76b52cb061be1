package io.ghlsync.sync.internal.decision;

import io.ghlsync.sync.internal.Diffs;
import io.ghlsync.sync.mapping.MappedRecord;
import io.ghlsync.sync.model.Decision;
import io.ghlsync.sync.model.DeletePolicy;
import io.ghlsync.sync.model.EntityKind;
import io.ghlsync.sync.store.Link;
import io.ghlsync.sync.target.TargetCapabilities;
import io.ghlsync.sync.target.TargetMatch;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Decides each record of one target: skip when the fingerprint matches the link, write only the
 * fields that differ, link a duplicate instead of creating, create only when nothing was found, and
 * apply the delete policy to records that are gone. Never sends an operation the target's
 * capabilities exclude. Pure: the same inputs always give the same step.
 */
public final class Decider {
  private final String targetName;
  private final TargetCapabilities capabilities;
  private final Function<EntityKind, DeletePolicy> deletePolicy;

  /**
   * Creates a decider for one target.
   *
   * @param targetName the target's name, used in remarks
   * @param capabilities what the target can do
   * @param deletePolicy the delete policy of each kind
   */
  public Decider(
      String targetName,
      TargetCapabilities capabilities,
      Function<EntityKind, DeletePolicy> deletePolicy) {
    this.targetName = Objects.requireNonNull(targetName, "targetName");
    this.capabilities = Objects.requireNonNull(capabilities, "capabilities");
    this.deletePolicy = Objects.requireNonNull(deletePolicy, "deletePolicy");
  }

  /**
   * Decides a record that GHL has.
   *
   * @param subject the record
   * @param mapped its mapped record
   * @param link its link, if any
   * @param found the duplicate search's matches (best first) once it ran; empty before it ran. A
   *     task or note of a contact created in this attempt passes an empty list: it cannot exist.
   * @return the step; {@link Step.NeedsFind} when an unlinked record still needs its search
   */
  public Step present(
      Subject subject,
      MappedRecord mapped,
      Optional<Link> link,
      Optional<List<TargetMatch>> found) {
    String fingerprint = mapped.fingerprint();
    if (link.isPresent()) {
      Link l = link.get();
      if (l.fingerprint().equals(fingerprint)) {
        return l.tombstone()
            ? new Step.LinkOnly(
                subject, l.targetId(), l.snapshot(), fingerprint, Decision.SKIPPED_UNCHANGED, "")
            : new Step.Unchanged(subject, l);
      }
      return compare(subject, mapped, fingerprint, l.targetId(), l.snapshot(), false, "");
    }
    if (found.isEmpty()) {
      boolean searchable = subject.kind() == EntityKind.CONTACT || capabilities.findsChildren();
      return searchable
          ? new Step.NeedsFind(subject, mapped, fingerprint)
          : new Step.Create(subject, mapped, fingerprint);
    }
    List<TargetMatch> matches = found.get();
    if (matches.isEmpty()) {
      return new Step.Create(subject, mapped, fingerprint);
    }
    TargetMatch first = matches.get(0);
    String detail =
        matches.size() > 1
            ? matches.size() + " duplicates found; linked the first, " + first.targetId()
            : "";
    return compare(subject, mapped, fingerprint, first.targetId(), first.fields(), true, detail);
  }

  private Step compare(
      Subject subject,
      MappedRecord mapped,
      String fingerprint,
      String targetId,
      Map<String, Object> before,
      boolean matched,
      String detail) {
    MappedRecord changes = Diffs.changes(before, mapped);
    Decision unchanged = matched ? Decision.LINKED_DUPLICATE : Decision.SKIPPED_UNCHANGED;
    if (changes.isEmpty()) {
      return new Step.LinkOnly(subject, targetId, before, fingerprint, unchanged, detail);
    }
    if (!capabilities.canUpdate(subject.kind())) {
      String why =
          detail.isEmpty()
              ? targetName
                  + " cannot update "
                  + name(subject.kind())
                  + "s; the change is not written"
              : detail;
      return new Step.LinkOnly(subject, targetId, before, fingerprint, unchanged, why);
    }
    return new Step.Update(subject, targetId, before, changes, fingerprint, matched, detail);
  }

  /**
   * Decides a record that is gone in GHL while its link still stands: the kind's delete policy, or
   * leaving the target record alone when the target cannot carry the policy out.
   *
   * @param subject the record
   * @param link its link (not a tombstone)
   * @return a {@link Step.Remove}
   */
  public Step gone(Subject subject, Link link) {
    DeletePolicy policy = deletePolicy.apply(subject.kind());
    if (!capabilities.supports(subject.kind(), policy)) {
      return new Step.Remove(
          subject,
          link,
          DeletePolicy.IGNORE,
          targetName
              + " cannot "
              + name(policy)
              + " "
              + name(subject.kind())
              + "s; the record is left as is");
    }
    return new Step.Remove(subject, link, policy, "");
  }

  private static String name(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
