package io.ghlsync.ghl.model;

import io.ghlsync.core.RedactedString;
import io.ghlsync.ghl.internal.Arguments;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A condition on one contact field, e.g. {@code Filter.eq("email", "ada@example.com")} or {@code
 * Filter.range("dateAdded", Range.gte("2024-01-01").lt("2024-02-01"))}. Text values may have at
 * most 75 characters.
 *
 * @param field the field, e.g. {@code email}, {@code tags}, {@code customFields.<id>}
 * @param operator the operator
 * @param value the value: a String, Number, Boolean, a list of those, or (range) a map of bounds;
 *     empty for {@code exists}/{@code not_exists}
 */
public record Filter(String field, FilterOperator operator, Optional<Object> value)
    implements SearchFilter {

  /** The longest text value GHL accepts. */
  public static final int MAX_VALUE_LENGTH = 75;

  /**
   * Validates the filter.
   *
   * @param field the field, e.g. {@code email}, {@code tags}, {@code customFields.<id>}
   * @param operator the operator
   * @param value the value: a String, Number, Boolean, a list of those, or (range) a map of bounds;
   *     empty for {@code exists}/{@code not_exists}
   * @throws IllegalArgumentException if the field is blank or the value is missing, too long or of
   *     another type
   */
  public Filter {
    Arguments.notBlank(field, "filters.field");
    boolean needsValue = operator != FilterOperator.EXISTS && operator != FilterOperator.NOT_EXISTS;
    if (needsValue && value.isEmpty()) {
      throw new IllegalArgumentException("filters.value is required for operator " + operator);
    }
    if (!needsValue && value.isPresent()) {
      throw new IllegalArgumentException("filters.value must be empty for operator " + operator);
    }
    value.ifPresent(v -> checkValue(v, "filters.value"));
  }

  /**
   * Field equals value.
   *
   * @param field the field
   * @param value a String, Number, Boolean or a list of those
   * @return the filter
   */
  public static Filter eq(String field, Object value) {
    return new Filter(field, FilterOperator.EQ, Optional.of(value));
  }

  /**
   * Field does not equal value.
   *
   * @param field the field
   * @param value a String, Number, Boolean or a list of those
   * @return the filter
   */
  public static Filter notEq(String field, Object value) {
    return new Filter(field, FilterOperator.NOT_EQ, Optional.of(value));
  }

  /**
   * Field contains the text.
   *
   * @param field the field
   * @param value the text
   * @return the filter
   */
  public static Filter contains(String field, String value) {
    return new Filter(field, FilterOperator.CONTAINS, Optional.of(value));
  }

  /**
   * Field does not contain the text.
   *
   * @param field the field
   * @param value the text
   * @return the filter
   */
  public static Filter notContains(String field, String value) {
    return new Filter(field, FilterOperator.NOT_CONTAINS, Optional.of(value));
  }

  /**
   * Field has a value.
   *
   * @param field the field
   * @return the filter
   */
  public static Filter exists(String field) {
    return new Filter(field, FilterOperator.EXISTS, Optional.empty());
  }

  /**
   * Field has no value.
   *
   * @param field the field
   * @return the filter
   */
  public static Filter notExists(String field) {
    return new Filter(field, FilterOperator.NOT_EXISTS, Optional.empty());
  }

  /**
   * Field lies within the range.
   *
   * @param field the field
   * @param range the bounds
   * @return the filter
   */
  public static Filter range(String field, Range range) {
    return new Filter(field, FilterOperator.RANGE, Optional.of(range.toMap()));
  }

  static void checkValue(Object v, String name) {
    if (v instanceof String s) {
      Arguments.maxLength(s, name, MAX_VALUE_LENGTH);
    } else if (v instanceof List<?> list) {
      for (Object item : list) {
        if (item instanceof List<?> || item instanceof Map<?, ?> || item == null) {
          throw new IllegalArgumentException(
              name + " lists must hold strings, numbers or booleans");
        }
        checkValue(item, name);
      }
    } else if (v instanceof Map<?, ?> map) {
      for (Object bound : map.values()) {
        checkValue(bound, name);
      }
    } else if (!(v instanceof Number) && !(v instanceof Boolean)) {
      throw new IllegalArgumentException(
          name + " must be a String, Number, Boolean or a list of those");
    }
  }

  /** Shows the field and operator; the value may be personal data and is redacted. */
  @Override
  public String toString() {
    return RedactedString.of("Filter")
        .with("field", field)
        .with("operator", operator)
        .hidden("value")
        .toString();
  }
}
