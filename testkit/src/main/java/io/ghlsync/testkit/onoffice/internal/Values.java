package io.ghlsync.testkit.onoffice.internal;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/** Reads request parameters (numbers arrive as doubles) and renders values as onOffice does. */
public final class Values {
  /** onOffice's date-time format. */
  public static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private Values() {}

  /**
   * A parsed JSON tree with whole-number doubles turned into longs, as a PHP server sees them.
   *
   * @param value the parsed value
   * @return the converted value (maps keep their order)
   */
  public static @Nullable Object plain(@Nullable Object value) {
    if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 9.0e15) {
      return d.longValue();
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      for (Object item : list) {
        out.add(plain(item));
      }
      return out;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new java.util.LinkedHashMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
      return out;
    }
    return value;
  }

  /**
   * A whole number from a JSON number or numeric string.
   *
   * @param value the raw value
   * @return the number, or empty
   */
  public static OptionalLong longOf(@Nullable Object value) {
    if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      return OptionalLong.of(n.longValue());
    }
    if (value instanceof String s) {
      try {
        return OptionalLong.of(Long.parseLong(s.trim()));
      } catch (NumberFormatException e) {
        return OptionalLong.empty();
      }
    }
    return OptionalLong.empty();
  }

  /**
   * A list of whole numbers; a single number counts as a list of one.
   *
   * @param value the raw value
   * @param parameter the parameter name for the error
   * @return the numbers
   * @throws ActionError 255 when an item is not a whole number
   */
  public static List<Long> longs(@Nullable Object value, String parameter) {
    List<Long> out = new ArrayList<>();
    List<?> items = value instanceof List<?> l ? l : value == null ? List.of() : List.of(value);
    for (Object item : items) {
      OptionalLong n = longOf(item);
      if (n.isEmpty()) {
        throw new ActionError(255, "Invalid value for parameter " + parameter);
      }
      out.add(n.getAsLong());
    }
    return out;
  }

  /**
   * A text parameter.
   *
   * @param parameters the parameters
   * @param name the name
   * @return the text, or empty when absent or blank
   */
  public static Optional<String> text(Map<String, Object> parameters, String name) {
    Object value = parameters.get(name);
    if (value instanceof String s && !s.isBlank()) {
      return Optional.of(s);
    }
    if (value instanceof Number) {
      return Optional.of(render(value));
    }
    return Optional.empty();
  }

  /**
   * A flag parameter: {@code true}, {@code 1} or {@code "1"}.
   *
   * @param value the raw value
   * @return whether it is set
   */
  public static boolean flag(@Nullable Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    OptionalLong n = longOf(value);
    return n.isPresent() && n.getAsLong() == 1;
  }

  /**
   * Renders a stored value the way onOffice returns it: numbers and booleans as strings, lists
   * (multiselects) pipe-encoded {@code "|a||b|"}, absent as {@code ""}.
   *
   * @param value the stored value
   * @return the rendered value
   */
  public static String render(@Nullable Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double d && d == Math.rint(d)) {
      return Long.toString(d.longValue());
    }
    if (value instanceof Boolean b) {
      return b ? "1" : "0";
    }
    if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        return "";
      }
      StringBuilder sb = new StringBuilder();
      for (Object item : list) {
        sb.append('|').append(render(item)).append('|');
      }
      return sb.toString();
    }
    return String.valueOf(value);
  }

  /**
   * Formats a date-time as onOffice does.
   *
   * @param value the date-time
   * @return {@code yyyy-MM-dd HH:mm:ss}
   */
  public static String format(LocalDateTime value) {
    return DATE_TIME.format(value);
  }
}
