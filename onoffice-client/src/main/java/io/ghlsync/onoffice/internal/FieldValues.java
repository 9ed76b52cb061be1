package io.ghlsync.onoffice.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/** Converts onOffice element values, which mostly arrive as strings, to typed values. */
public final class FieldValues {
  private FieldValues() {}

  /**
   * A scalar as text.
   *
   * @param value the raw value
   * @return the text; empty for null, blank strings, lists and maps
   */
  public static Optional<String> text(@Nullable Object value) {
    if (value instanceof String s) {
      return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
    if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Optional.of(Long.toString(d.longValue()));
    }
    if (value instanceof Number || value instanceof Boolean) {
      return Optional.of(String.valueOf(value));
    }
    return Optional.empty();
  }

  /**
   * A list as texts: arrays item by item, {@code "|a||b|"} split, a scalar as one item.
   *
   * @param value the raw value
   * @return the texts (never null)
   */
  public static List<String> texts(@Nullable Object value) {
    List<String> out = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object item : list) {
        text(item).ifPresent(out::add);
      }
    } else if (value instanceof String s
        && s.length() > 1
        && s.startsWith("|")
        && s.endsWith("|")) {
      for (String part : s.substring(1, s.length() - 1).split("\\|\\|", -1)) {
        if (!part.isEmpty()) {
          out.add(part);
        }
      }
    } else {
      text(value).ifPresent(out::add);
    }
    return List.copyOf(out);
  }

  /**
   * An integer from a number or numeric string.
   *
   * @param value the raw value
   * @return the integer, or empty
   */
  public static OptionalLong longValue(@Nullable Object value) {
    if (value instanceof Long l) {
      return OptionalLong.of(l);
    }
    if (value instanceof Number n) {
      double d = n.doubleValue();
      return d == Math.rint(d) ? OptionalLong.of(n.longValue()) : OptionalLong.empty();
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
   * A decimal from a number or numeric string.
   *
   * @param value the raw value
   * @return the decimal, or empty
   */
  public static Optional<BigDecimal> decimal(@Nullable Object value) {
    if (value instanceof Long l) {
      return Optional.of(BigDecimal.valueOf(l));
    }
    if (value instanceof Number n) {
      return Optional.of(new BigDecimal(String.valueOf(n.doubleValue())));
    }
    if (value instanceof String s && !s.isBlank()) {
      try {
        return Optional.of(new BigDecimal(s.trim()));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * A flag from a boolean, 0/1 or "0"/"1" (also "true"/"false").
   *
   * @param value the raw value
   * @return the flag, or empty
   */
  public static Optional<Boolean> flag(@Nullable Object value) {
    if (value instanceof Boolean b) {
      return Optional.of(b);
    }
    OptionalLong n = longValue(value);
    if (n.isPresent() && (n.getAsLong() == 0 || n.getAsLong() == 1)) {
      return Optional.of(n.getAsLong() == 1);
    }
    if (value instanceof String s) {
      String t = s.trim().toLowerCase(Locale.ROOT);
      if (t.equals("true") || t.equals("false")) {
        return Optional.of(t.equals("true"));
      }
    }
    return Optional.empty();
  }

  /**
   * A date-time from {@code "yyyy-MM-dd HH:mm:ss"} or {@code "yyyy-MM-dd"}.
   *
   * @param value the raw value
   * @return the date-time, or empty (also for {@code 0000-00-00})
   */
  public static Optional<LocalDateTime> dateTime(@Nullable Object value) {
    if (!(value instanceof String s) || s.isBlank() || s.startsWith("0000-00-00")) {
      return Optional.empty();
    }
    String t = s.trim();
    try {
      if (t.length() == 10) {
        return Optional.of(LocalDate.parse(t, JsonValues.DATE).atStartOfDay());
      }
      return Optional.of(LocalDateTime.parse(t.replace('T', ' '), JsonValues.DATE_TIME));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
