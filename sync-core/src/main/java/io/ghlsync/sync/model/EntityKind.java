package io.ghlsync.sync.model;

/** The GHL record kinds the engine keeps aligned with a target. */
public enum EntityKind {
  /** A GHL contact. */
  CONTACT,
  /** A task of a contact. */
  TASK,
  /** A note of a contact. */
  NOTE
}
