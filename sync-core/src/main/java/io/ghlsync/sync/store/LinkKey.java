package io.ghlsync.sync.store;

import io.ghlsync.sync.model.EntityKind;
import java.util.Objects;

/**
 * Identifies a GHL record in one target: which target, which location, which kind and which GHL id.
 * Several engines (e.g. one per target) can share one store because the target is part of the key.
 *
 * @param target the target connector's name, e.g. {@code onoffice}
 * @param locationId the GHL location (sub-account)
 * @param kind the record kind
 * @param ghlId the GHL record id
 */
public record LinkKey(String target, String locationId, EntityKind kind, String ghlId) {
  /**
   * Validates the components.
   *
   * @param target the target connector's name, e.g. {@code onoffice}
   * @param locationId the GHL location (sub-account)
   * @param kind the record kind
   * @param ghlId the GHL record id
   */
  public LinkKey {
    requireText(target, "target");
    requireText(locationId, "locationId");
    Objects.requireNonNull(kind, "kind");
    requireText(ghlId, "ghlId");
  }

  static void requireText(String value, String name) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
