package io.ghlsync.onoffice.model;

import io.ghlsync.onoffice.internal.JsonValues;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An immutable read filter: {@code {"<field>": [{"op": "<op>", "val": <v>}, ...]}}. Every condition
 * is ANDed (onOffice has no OR); several conditions on one field are allowed.
 *
 * <p>Example: {@code Filter.where("Aenderung", FilterOperator.GE, "2025-01-01 00:00:00")
 * .and("Status", FilterOperator.EQ, 1)}
 */
public final class Filter {
  private static final Filter NONE = new Filter(Map.of());

  private final Map<String, List<Map<String, Object>>> conditions;

  private Filter(Map<String, List<Map<String, Object>>> conditions) {
    this.conditions = conditions;
  }

  /**
   * A filter without conditions.
   *
   * @return the shared empty filter
   */
  public static Filter none() {
    return NONE;
  }

  /**
   * A filter with one condition.
   *
   * @param field the field name, e.g. {@code email} (all entries) or {@code Email} (main only)
   * @param op the operator
   * @param value a scalar (String, Number, Boolean, date), or a list for {@code in}, {@code not in}
   *     and {@code between}
   * @return the filter
   * @throws IllegalArgumentException naming the field when the value does not fit the operator
   */
  public static Filter where(String field, FilterOperator op, Object value) {
    return NONE.and(field, op, value);
  }

  /**
   * This filter plus one condition.
   *
   * @param field the field name
   * @param op the operator
   * @param value the value (see {@link #where})
   * @return a new filter
   * @throws IllegalArgumentException naming the field when the value does not fit the operator
   */
  public Filter and(String field, FilterOperator op, Object value) {
    if (field == null || field.isBlank()) {
      throw new IllegalArgumentException("filter field must not be blank");
    }
    if (op == null) {
      throw new IllegalArgumentException("filter." + field + " operator must not be null");
    }
    String path = "filter." + field;
    if (op.takesList()) {
      if (!(value instanceof Collection<?> list) || list.isEmpty()) {
        throw new IllegalArgumentException(
            path + " with operator '" + op.symbol() + "' needs a non-empty list value");
      }
      if (op == FilterOperator.BETWEEN && list.size() != 2) {
        throw new IllegalArgumentException(
            path + " with operator 'between' needs exactly two bounds, got " + list.size());
      }
    } else if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
      throw new IllegalArgumentException(
          path + " with operator '" + op.symbol() + "' needs a single value, not a list");
    }
    Map<String, Object> condition = new LinkedHashMap<>();
    condition.put("op", op.symbol());
    condition.put("val", JsonValues.normalize(value, path));
    Map<String, List<Map<String, Object>>> copy = new LinkedHashMap<>(conditions);
    List<Map<String, Object>> list = new ArrayList<>(copy.getOrDefault(field, List.of()));
    list.add(Collections.unmodifiableMap(condition));
    copy.put(field, List.copyOf(list));
    return new Filter(Collections.unmodifiableMap(copy));
  }

  /**
   * Whether there are no conditions.
   *
   * @return {@code true} for a filter without conditions
   */
  public boolean isEmpty() {
    return conditions.isEmpty();
  }

  /**
   * The filtered field names.
   *
   * @return the field names, in the order first added
   */
  public Set<String> fields() {
    return conditions.keySet();
  }

  /**
   * The {@code filter} parameter as sent.
   *
   * @return field name to its conditions, each an {@code op}/{@code val} map (unmodifiable)
   */
  public Map<String, List<Map<String, Object>>> toParameter() {
    return conditions;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Filter f && f.conditions.equals(conditions);
  }

  @Override
  public int hashCode() {
    return conditions.hashCode();
  }

  /** Field names and operators only: values may be personal data. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Filter[");
    conditions.forEach(
        (field, list) ->
            list.forEach(c -> sb.append(field).append(' ').append(c.get("op")).append("; ")));
    return sb.append(']').toString();
  }
}
