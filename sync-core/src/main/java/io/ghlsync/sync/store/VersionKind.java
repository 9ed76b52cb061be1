package io.ghlsync.sync.store;

/** What a {@link RecordedVersion} is the content of: a mapping, a scoring file or a rules file. */
public enum VersionKind {
  /** A target's field mapping ({@code Mapping}). */
  MAPPING,
  /** A target's contact scorer ({@code ContactScorer}). */
  SCORING,
  /** A target's activity rules ({@code ActivityRules}). */
  RULES
}
