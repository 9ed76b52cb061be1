package io.ghlsync.onoffice.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns parameter values into immutable JSON structures (strings, numbers, booleans, lists and
 * string-keyed maps), rejecting anything else before it is sent. Dates become onOffice's {@code
 * "yyyy-MM-dd HH:mm:ss"} and {@code "yyyy-MM-dd"} strings.
 */
public final class JsonValues {
  /** onOffice's date-time format, e.g. {@code 2025-03-01 12:00:00}. */
  public static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /** onOffice's date format, e.g. {@code 2025-03-01}. */
  public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

  private JsonValues() {}

  /**
   * Validates and copies a value.
   *
   * @param value the value
   * @param path the parameter path used in errors, e.g. {@code "parameters.data"}
   * @return an immutable JSON-compatible copy
   * @throws IllegalArgumentException naming the path if the value is null or not representable
   */
  public static Object normalize(Object value, String path) {
    if (value == null) {
      throw new IllegalArgumentException(
          path + " must not be null; send \"\" to clear a field or leave the field out");
    }
    if (value instanceof String || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
      throw new IllegalArgumentException(path + " must be a finite number, was " + d);
    }
    if (value instanceof Number) {
      return value;
    }
    if (value instanceof LocalDateTime dt) {
      return DATE_TIME.format(dt);
    }
    if (value instanceof LocalDate d) {
      return DATE.format(d);
    }
    if (value instanceof Collection<?> items) {
      List<Object> out = new ArrayList<>(items.size());
      int i = 0;
      for (Object item : items) {
        out.add(normalize(item, path + "[" + i++ + "]"));
      }
      return Collections.unmodifiableList(out);
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (!(entry.getKey() instanceof String key) || key.isBlank()) {
          throw new IllegalArgumentException(path + " has a blank or non-string key");
        }
        out.put(key, normalize(entry.getValue(), path + "." + key));
      }
      return Collections.unmodifiableMap(out);
    }
    throw new IllegalArgumentException(
        path
            + " has unsupported type "
            + value.getClass().getName()
            + "; use a String, Number, Boolean, date, List or Map");
  }
}
