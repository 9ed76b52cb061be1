package io.ghlsync.sync.store;

import java.util.List;
import java.util.Optional;

/**
 * Every version of every mapping, scoring and rules file an engine has used, with its full content
 * and hash, kept for good (a store facet: {@link SyncStore#versions()}). The engine records each
 * version the first time it runs with it; a file whose content changed while its version did not is
 * refused ({@link VersionChangedException}), so a version named in the audit always means one
 * content. This is the changelog of mapping changes a host (or {@code ghlsync mapping history})
 * shows.
 *
 * <p>Keyed by (target, kind, version): an audit entry names its target and versions, which is
 * enough to find the content.
 */
public interface VersionHistory {

  /**
   * Records a version unless one with the same target, kind and version is already recorded.
   * Atomic: when several engine instances record one version at once, one record wins and every
   * caller gets it back.
   *
   * @param candidate the version as the engine is about to use it
   * @return the recorded version: {@code candidate}, or the earlier one (whose hash may differ)
   */
  RecordedVersion recordIfAbsent(RecordedVersion candidate);

  /**
   * Records a version, refusing a content that differs from the one recorded earlier under the same
   * version.
   *
   * @param candidate the version as the engine is about to use it
   * @return the recorded version (same hash as {@code candidate})
   * @throws VersionChangedException when the version was recorded with another content
   */
  default RecordedVersion record(RecordedVersion candidate) {
    RecordedVersion recorded = recordIfAbsent(candidate);
    if (!recorded.hash().equals(candidate.hash())) {
      throw new VersionChangedException(recorded, candidate);
    }
    return recorded;
  }

  /**
   * One recorded version.
   *
   * @param target the target
   * @param kind mapping, scoring or rules
   * @param version the version
   * @return the version with its content, or empty when never used
   */
  Optional<RecordedVersion> get(String target, VersionKind kind, String version);

  /**
   * The versions of one kind for one target, oldest first (the order they were first used in).
   *
   * @param target the target
   * @param kind mapping, scoring or rules
   * @return the versions with their content
   */
  List<RecordedVersion> list(String target, VersionKind kind);

  /**
   * Every recorded version, oldest first.
   *
   * @return the versions with their content
   */
  List<RecordedVersion> list();
}
