package io.ghlsync.ghl.webhook;

import java.util.Objects;

/**
 * One custom field of a contact in a webhook payload.
 *
 * @param id the custom field id
 * @param value the value, of whatever JSON type GHL sent (string, number, array or object)
 */
public record CustomFieldValue(String id, JsonValue value) {
  /**
   * Validates the components.
   *
   * @param id the custom field id
   * @param value the value, of whatever JSON type GHL sent (string, number, array or object)
   */
  public CustomFieldValue {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(value, "value");
  }

  /** Names the field and the value's JSON type only; values may be personal data. */
  @Override
  public String toString() {
    return "CustomFieldValue[id=" + id + ", type=" + value.getClass().getSimpleName() + "]";
  }
}
