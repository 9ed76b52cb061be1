package io.ghlsync.sync.store;

/**
 * The part of a {@link SyncStore} that belongs to one target: its links and its own cursors.
 * Obtained with {@link SyncStore#forTarget(String)}.
 */
public interface TargetStore {
  /**
   * The target's name.
   *
   * @return the name this view is scoped to
   */
  String targetName();

  /**
   * The target's links, with fingerprints and snapshots of what was written.
   *
   * @return the links
   */
  LinkStore links();

  /**
   * The target's own cursors (e.g. a change-feed position for two-way sync).
   *
   * @return the cursors
   */
  CursorStore cursors();
}
