package io.ghlsync.ghl.model;

import io.ghlsync.core.RedactedString;
import io.ghlsync.ghl.internal.JsonAlias;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A custom-field value as GHL sends it on a contact. The value's JSON type depends on the field:
 * text, select and radio fields are strings, numeric and monetary fields numbers, checkbox and
 * multi-select fields arrays of strings, file fields objects. {@link #value()} keeps it raw ({@code
 * String}, {@code BigDecimal}, {@code Boolean}, {@code List<Object>} or {@code Map<String,
 * Object>}); the {@code as...} views convert without throwing.
 *
 * @param id the custom field's id
 * @param key the custom field's key (e.g. {@code contact.my_field}), when GHL includes it
 * @param value the raw JSON value, empty when absent or null
 */
public record CustomFieldValue(
    Optional<String> id,
    Optional<String> key,
    @JsonAlias({"fieldValue", "field_value"}) Optional<Object> value) {

  /**
   * The value as text: strings as they are, numbers in plain notation, booleans as words.
   *
   * @return the text, empty if the value is absent, an array or an object
   */
  public Optional<String> asString() {
    return value.flatMap(CustomFieldValue::scalarText);
  }

  /**
   * The value as a number, for numbers and numeric strings.
   *
   * @return the number, empty if the value is neither a number nor a numeric string
   */
  public Optional<BigDecimal> asNumber() {
    Optional<Object> v = value;
    if (v.isPresent() && v.get() instanceof BigDecimal d) {
      return Optional.of(d);
    }
    if (v.isPresent() && v.get() instanceof String s) {
      try {
        return Optional.of(new BigDecimal(s.trim()));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * The value as a boolean, for booleans and the strings {@code true}/{@code false}.
   *
   * @return the boolean, empty for any other value
   */
  public Optional<Boolean> asBoolean() {
    Optional<Object> v = value;
    if (v.isPresent() && v.get() instanceof Boolean b) {
      return Optional.of(b);
    }
    if (v.isPresent() && v.get() instanceof String s) {
      String t = s.trim().toLowerCase(Locale.ROOT);
      if (t.equals("true") || t.equals("false")) {
        return Optional.of(Boolean.valueOf(t));
      }
    }
    return Optional.empty();
  }

  /**
   * The value as a list of strings: arrays item by item (skipping non-scalars), a lone scalar as a
   * list of one, anything else as an empty list.
   *
   * @return the strings, never null
   */
  public List<String> asStringList() {
    if (value.isEmpty()) {
      return List.of();
    }
    Object v = value.get();
    if (v instanceof List<?> items) {
      List<String> out = new ArrayList<>();
      for (Object item : items) {
        if (item != null) {
          scalarText(item).ifPresent(out::add);
        }
      }
      return List.copyOf(out);
    }
    return scalarText(v).map(List::of).orElse(List.of());
  }

  /**
   * The value as a JSON object (file fields), if it is one.
   *
   * @return the members, empty if the value is not an object
   */
  @SuppressWarnings("unchecked")
  public Optional<Map<String, Object>> asMap() {
    Optional<Object> v = value;
    if (v.isPresent() && v.get() instanceof Map<?, ?> m) {
      return Optional.of((Map<String, Object>) m);
    }
    return Optional.empty();
  }

  private static Optional<String> scalarText(Object v) {
    if (v instanceof String s) {
      return Optional.of(s);
    } else if (v instanceof BigDecimal d) {
      return Optional.of(d.toPlainString());
    } else if (v instanceof Boolean || v instanceof Number) {
      return Optional.of(v.toString());
    }
    return Optional.empty();
  }

  /** Shows ids, dates and status only; personal data and free text are redacted. */
  @Override
  public String toString() {
    return RedactedString.of("CustomFieldValue")
        .with("id", id)
        .with("key", key)
        .hidden("value")
        .toString();
  }
}
