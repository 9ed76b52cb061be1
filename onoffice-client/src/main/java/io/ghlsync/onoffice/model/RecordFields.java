package io.ghlsync.onoffice.model;

import io.ghlsync.onoffice.internal.FieldValues;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The {@code elements} of one onOffice record, with typed readers. onOffice sends most values as
 * strings ({@code "Kosten":"179.99"}, {@code "Status":"1"}), some as arrays ({@code
 * "relatedAddressId":["247"]}) and multiselects pipe-encoded ({@code "|a||b|"}); the readers
 * convert them. Fields that arrived as {@code null} are left out, so absent and null read the same.
 */
public final class RecordFields {
  private static final RecordFields EMPTY = new RecordFields(Map.of());

  private final Map<String, Object> values;

  private RecordFields(Map<String, Object> values) {
    this.values = values;
  }

  /**
   * Wraps element values (null values are dropped).
   *
   * @param values field name to value as parsed from JSON
   * @return the fields
   */
  public static RecordFields of(Map<String, ?> values) {
    Map<String, Object> copy = new LinkedHashMap<>();
    values.forEach(
        (k, v) -> {
          if (v != null) {
            copy.put(k, v);
          }
        });
    return copy.isEmpty() ? EMPTY : new RecordFields(Collections.unmodifiableMap(copy));
  }

  /**
   * No fields.
   *
   * @return the shared empty instance
   */
  public static RecordFields empty() {
    return EMPTY;
  }

  /**
   * All values as parsed (strings, longs, doubles, booleans, lists, maps), in response order.
   *
   * @return field name to value (unmodifiable)
   */
  public Map<String, Object> asMap() {
    return values;
  }

  /**
   * Whether the field is present with a non-null value.
   *
   * @param field the field name, e.g. {@code Vorname}
   * @return true if present
   */
  public boolean has(String field) {
    return values.containsKey(field);
  }

  /**
   * A scalar value as text; numbers are written without a trailing {@code .0}.
   *
   * @param field the field name
   * @return the text, or empty if absent, an empty string, or not a scalar
   */
  public Optional<String> string(String field) {
    return FieldValues.text(values.get(field));
  }

  /**
   * A list value: JSON arrays element-wise, pipe-encoded multiselects split, a scalar as one item.
   *
   * @param field the field name
   * @return the items (empty if absent)
   */
  public List<String> strings(String field) {
    return FieldValues.texts(values.get(field));
  }

  /**
   * An integer value that may arrive as a number or a numeric string.
   *
   * @param field the field name
   * @return the value, or empty if absent or not an integer
   */
  public OptionalLong longValue(String field) {
    return FieldValues.longValue(values.get(field));
  }

  /**
   * An int value that may arrive as a number or a numeric string.
   *
   * @param field the field name
   * @return the value, or empty if absent or not an int
   */
  public OptionalInt intValue(String field) {
    OptionalLong v = longValue(field);
    return v.isPresent() && v.getAsLong() == (int) v.getAsLong()
        ? OptionalInt.of((int) v.getAsLong())
        : OptionalInt.empty();
  }

  /**
   * A decimal value that may arrive as a number or a string such as {@code "179.99"}.
   *
   * @param field the field name
   * @return the value, or empty if absent or not a number
   */
  public Optional<BigDecimal> decimal(String field) {
    return FieldValues.decimal(values.get(field));
  }

  /**
   * A flag sent as {@code true}/{@code false}, {@code 1}/{@code 0} or {@code "1"}/{@code "0"}.
   *
   * @param field the field name
   * @return the flag, or empty if absent or not a flag
   */
  public Optional<Boolean> flag(String field) {
    return FieldValues.flag(values.get(field));
  }

  /**
   * A date-time sent as {@code "yyyy-MM-dd HH:mm:ss"} (a date alone means midnight). onOffice's
   * empty date {@code 0000-00-00} reads as empty.
   *
   * @param field the field name
   * @return the local date-time as onOffice stores it, or empty
   */
  public Optional<LocalDateTime> dateTime(String field) {
    return FieldValues.dateTime(values.get(field));
  }

  /**
   * A date sent as {@code "yyyy-MM-dd"} (a time part is ignored).
   *
   * @param field the field name
   * @return the date, or empty
   */
  public Optional<LocalDate> date(String field) {
    return dateTime(field).map(LocalDateTime::toLocalDate);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RecordFields f && f.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  /** Names only: values may hold personal data and are not printed. */
  @Override
  public String toString() {
    return "RecordFields" + values.keySet();
  }
}
