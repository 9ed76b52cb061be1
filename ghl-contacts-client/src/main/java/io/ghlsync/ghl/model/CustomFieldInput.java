package io.ghlsync.ghl.model;

import com.squareup.moshi.Json;
import io.ghlsync.core.RedactedString;
import io.ghlsync.ghl.internal.Arguments;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A custom-field value to write, addressed by the field's id or key. Sent as {@code {id | key,
 * field_value}} with API version 2021-07-28 and {@code {id | key, fieldValue}} with v3.
 *
 * <p>Example: {@code CustomFieldInput.byId("6dvNaf7VhkQ9snc5vnjJ", "My Text")}
 *
 * @param id the field's id
 * @param key the field's key (e.g. {@code my_custom_field})
 * @param fieldValue a {@code String}, {@code Number}, {@code Boolean}, {@code List<String>} or
 *     {@code Map<String, Object>} (file fields)
 */
public record CustomFieldInput(
    Optional<String> id, Optional<String> key, @Json(name = "field_value") Object fieldValue) {

  /**
   * Validates the value.
   *
   * @param id the field's id
   * @param key the field's key (e.g. {@code my_custom_field})
   * @param fieldValue a {@code String}, {@code Number}, {@code Boolean}, {@code List<String>} or
   *     {@code Map<String, Object>} (file fields)
   * @throws IllegalArgumentException if neither id nor key is set, or the value has another type
   */
  public CustomFieldInput {
    if (id.isEmpty() && key.isEmpty()) {
      throw new IllegalArgumentException("customFields entries need an id or a key");
    }
    fieldValue = normalise(fieldValue);
  }

  /**
   * A value for the field with this id.
   *
   * @param id the field id
   * @param value text, number, boolean, list of strings or map (file fields)
   * @return the input
   */
  public static CustomFieldInput byId(String id, Object value) {
    return new CustomFieldInput(
        Optional.of(Arguments.notBlank(id, "customFields.id")), Optional.empty(), value);
  }

  /**
   * A value for the field with this key.
   *
   * @param key the field key
   * @param value text, number, boolean, list of strings or map (file fields)
   * @return the input
   */
  public static CustomFieldInput byKey(String key, Object value) {
    return new CustomFieldInput(
        Optional.empty(), Optional.of(Arguments.notBlank(key, "customFields.key")), value);
  }

  private static Object normalise(Object value) {
    if (value instanceof String || value instanceof Number || value instanceof Boolean) {
      return value;
    }
    if (value instanceof List<?> list) {
      for (Object item : list) {
        if (!(item instanceof String)) {
          throw new IllegalArgumentException(
              "customFields.field_value lists must hold only strings");
        }
      }
      return List.copyOf(list);
    }
    if (value instanceof Map<?, ?> map) {
      return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
    throw new IllegalArgumentException(
        "customFields.field_value must be a String, Number, Boolean, List<String> or Map, was "
            + (value == null ? "null" : value.getClass().getSimpleName()));
  }

  /** Shows ids, dates and status only; personal data and free text are redacted. */
  @Override
  public String toString() {
    return RedactedString.of("CustomFieldInput")
        .with("id", id)
        .with("key", key)
        .hidden("fieldValue")
        .toString();
  }
}
