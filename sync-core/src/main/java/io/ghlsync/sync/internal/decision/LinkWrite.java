package io.ghlsync.sync.internal.decision;

import io.ghlsync.sync.internal.Diffs;
import io.ghlsync.sync.store.Link;
import io.ghlsync.sync.store.LinkKey;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** What the store keeps of a record once its step was applied. */
public sealed interface LinkWrite {

  /** The link stays as it is. */
  record Keep() implements LinkWrite {}

  /**
   * The link is written (created, replaced or tombstoned).
   *
   * @param link the new link
   */
  record Put(Link link) implements LinkWrite {
    /**
     * Validates the link.
     *
     * @param link the new link
     */
    public Put {
      Objects.requireNonNull(link, "link");
    }
  }

  /**
   * The link is removed (the target record was deleted).
   *
   * @param key the link's key
   */
  record Delete(LinkKey key) implements LinkWrite {
    /**
     * Validates the key.
     *
     * @param key the link's key
     */
    public Delete {
      Objects.requireNonNull(key, "key");
    }
  }

  /**
   * The link write after an applied step: a create or update keeps the written values as the
   * snapshot, a link-only step keeps the values it was compared with, a delete removes the link, an
   * archive or an ignored delete keeps a tombstone.
   *
   * @param applied the applied step
   * @param key the link key of a subject
   * @param mappingVersion the mapping version the values were mapped with
   * @param at when the step was applied
   * @return the write
   * @throws IllegalStateException for a step that cannot have been applied (still waiting for its
   *     search, or a create without the new id)
   */
  static LinkWrite after(
      Written.Applied applied, Function<Subject, LinkKey> key, String mappingVersion, Instant at) {
    Step step = applied.step();
    Subject s = step.subject();
    if (step instanceof Step.Unchanged) {
      return new Keep();
    }
    if (step instanceof Step.Remove r) {
      return switch (r.policy()) {
        case DELETE -> new Delete(key.apply(s));
        case ARCHIVE, IGNORE -> new Put(r.link().asTombstone(at));
      };
    }
    if (step instanceof Step.NeedsFind) {
      throw new IllegalStateException("a step waiting for its duplicate search was not applied");
    }
    String fingerprint;
    Map<String, Object> snapshot;
    if (step instanceof Step.LinkOnly l) {
      fingerprint = l.fingerprint();
      snapshot = l.snapshot();
    } else if (step instanceof Step.Update u) {
      fingerprint = u.fingerprint();
      snapshot = Diffs.apply(u.before(), u.changes());
    } else {
      Step.Create c = (Step.Create) step;
      fingerprint = c.fingerprint();
      snapshot = Diffs.apply(Map.of(), c.record());
    }
    String targetId =
        applied
            .targetId()
            .orElseThrow(
                () -> new IllegalStateException("a create was applied without its new id"));
    return new Put(
        new Link(
            key.apply(s),
            s.contactId(),
            targetId,
            fingerprint,
            snapshot,
            mappingVersion,
            at,
            false));
  }
}
