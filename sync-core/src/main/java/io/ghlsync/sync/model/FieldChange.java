package io.ghlsync.sync.model;

import java.util.Objects;

/**
 * One field of a field-level diff, rendered for people: the value last written to the target and
 * the value now mapped. Values of personal fields are masked unless the host opted in.
 *
 * @param field the target field name
 * @param before the value last written, or {@code ""} when the field was not written before
 * @param after the value now mapped, or {@code ""} when the field is cleared
 * @param kind whether the field is added, changed or cleared
 */
public record FieldChange(String field, String before, String after, Kind kind) {

  /** How a field changes. */
  public enum Kind {
    /** The field had no value before. */
    ADDED,
    /** The field had another value before. */
    CHANGED,
    /** The field is cleared in the target. */
    CLEARED
  }

  /**
   * Validates the components.
   *
   * @param field the target field name
   * @param before the value last written, or {@code ""} when the field was not written before
   * @param after the value now mapped, or {@code ""} when the field is cleared
   * @param kind whether the field is added, changed or cleared
   */
  public FieldChange {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(kind, "kind");
  }
}
