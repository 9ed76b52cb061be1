package io.ghlsync.sync.target;

import io.ghlsync.sync.model.EntityKind;
import java.time.Instant;
import java.util.Objects;

/**
 * A record that changed in the target.
 *
 * @param kind the record kind
 * @param targetId the target record id
 * @param changedAt when it changed, as the target reports it
 */
public record TargetChange(EntityKind kind, String targetId, Instant changedAt) {
  /**
   * Validates the components.
   *
   * @param kind the record kind
   * @param targetId the target record id
   * @param changedAt when it changed, as the target reports it
   */
  public TargetChange {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(targetId, "targetId");
    Objects.requireNonNull(changedAt, "changedAt");
  }
}
