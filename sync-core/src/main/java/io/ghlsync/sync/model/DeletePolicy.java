package io.ghlsync.sync.model;

/** What the engine does in the target when a record is deleted in GHL; set per entity kind. */
public enum DeletePolicy {
  /** Leave the target record alone and keep the link. */
  IGNORE,
  /** Archive (deactivate) the target record where the target supports it. */
  ARCHIVE,
  /** Delete the target record where the target supports it. */
  DELETE
}
