package io.ghlsync.sync.mapping;

/** What a rule does when its source has no value (after transforms and the default). */
public enum NullPolicy {
  /** Leave the target field alone: it is not written at all. */
  SKIP,
  /** Clear the target field. */
  CLEAR
}
