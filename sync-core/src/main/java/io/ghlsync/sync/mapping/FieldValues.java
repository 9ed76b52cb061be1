package io.ghlsync.sync.mapping;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The value model of mapped data: the one representation every value has from the moment a source
 * or mapped record is built until a connector writes it. Values are normalised once, here, and keep
 * their types: a number stays a number, a boolean a boolean, a multi-value a list, a date a date. A
 * connector converts them once, at its edge, to what its API takes, and decodes what it reads (for
 * example onOffice's pipe-encoded multiselects) into this model before anything is compared.
 *
 * <p>Allowed values, after {@link #normalize}:
 *
 * <ul>
 *   <li>{@link String} and {@link Boolean}, as they are;
 *   <li>numbers: integral values as {@link Long} (or {@link BigDecimal} beyond its range), others
 *       as {@link BigDecimal} without trailing zeros, so {@code 1}, {@code 1L} and {@code 1.0} are
 *       one value;
 *   <li>dates: {@link LocalDate}, {@link LocalDateTime} and {@link OffsetDateTime} ({@link
 *       ZonedDateTime} and {@link Instant} become an {@link OffsetDateTime});
 *   <li>multi-values: an unmodifiable {@link List} of allowed values;
 *   <li>an unmodifiable {@link Map} with string keys (null entries dropped).
 * </ul>
 *
 * <p>Example: {@code FieldValues.same("1", 1L)} is true: a target that reads a number back as text
 * holds the value that was written.
 */
public final class FieldValues {
  private FieldValues() {}

  /**
   * Normalises a value into the model: integral numbers become {@link Long} (or {@link BigDecimal}
   * when too large), other numbers {@link BigDecimal}; zoned dates and instants become {@link
   * OffsetDateTime}; lists and maps become unmodifiable copies.
   *
   * @param value the value
   * @param what names the value in the error message
   * @return the normalised value
   * @throws IllegalArgumentException for a type outside the allowed set
   */
  public static Object normalize(Object value, String what) {
    if (value instanceof String
        || value instanceof Boolean
        || value instanceof LocalDate
        || value instanceof LocalDateTime
        || value instanceof OffsetDateTime) {
      return value;
    }
    if (value instanceof ZonedDateTime z) {
      return z.toOffsetDateTime();
    }
    if (value instanceof Instant i) {
      return i.atOffset(ZoneOffset.UTC);
    }
    if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
      throw new IllegalArgumentException(what + " must be a finite number");
    }
    if (value instanceof Float f && (f.isNaN() || f.isInfinite())) {
      throw new IllegalArgumentException(what + " must be a finite number");
    }
    if (value instanceof Number n) {
      return normalizeNumber(n);
    }
    if (value instanceof Collection<?> c) {
      List<Object> out = new ArrayList<>(c.size());
      for (Object o : c) {
        if (o == null) {
          throw new IllegalArgumentException(what + " must not contain null elements");
        }
        out.add(normalize(o, what));
      }
      return Collections.unmodifiableList(out);
    }
    if (value instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        Object v = e.getValue();
        if (v != null) {
          out.put(String.valueOf(e.getKey()), normalize(v, what));
        }
      }
      return Collections.unmodifiableMap(out);
    }
    throw new IllegalArgumentException(
        what
            + " has unsupported type "
            + value.getClass().getName()
            + "; use String, Boolean, Number, LocalDate, LocalDateTime, OffsetDateTime, List or"
            + " Map");
  }

  private static Object normalizeNumber(Number n) {
    if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) {
      return n.longValue();
    }
    BigDecimal d =
        n instanceof BigDecimal b ? b : new BigDecimal(n.toString()).stripTrailingZeros();
    try {
      return d.longValueExact();
    } catch (ArithmeticException notIntegral) {
      return d.stripTrailingZeros();
    }
  }

  /**
   * Renders a normalised value as compact JSON with sorted map keys; dates are ISO-8601 strings.
   * Equal values render equally in every JVM, so the text is fit for fingerprints.
   *
   * @param value the value
   * @return the canonical text
   */
  public static String render(Object value) {
    StringBuilder sb = new StringBuilder();
    write(value, sb);
    return sb.toString();
  }

  /**
   * The value as text, for people and for targets that store text: strings as they are, dates in
   * ISO-8601, everything else as canonical JSON ({@code 3}, {@code true}, {@code ["a","b"]}).
   *
   * @param value the value
   * @return the text
   */
  public static String text(Object value) {
    if (value instanceof String s) {
      return s;
    }
    if (isDate(value)) {
      return dateText(value);
    }
    return render(value);
  }

  /**
   * Whether two values are the same for a target: equal as {@link #text}, so {@code "1"} read back
   * from a target equals the number {@code 1} that was written; two date/times with an offset are
   * the same when they are the same instant ({@code 10:00Z} and {@code 12:00+02:00}). Decode what a
   * target returns into the model first (a multiselect into a list, a date into a date), then
   * compare.
   *
   * @param a one value
   * @param b the other
   * @return true when equal as text
   */
  public static boolean same(Object a, Object b) {
    if (a instanceof OffsetDateTime x && b instanceof OffsetDateTime y) {
      return x.isEqual(y);
    }
    return text(a).equals(text(b));
  }

  /** ISO-8601 with seconds always present, so a date's text is stable. */
  private static String dateText(Object value) {
    if (value instanceof OffsetDateTime t) {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
    }
    if (value instanceof LocalDateTime t) {
      return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t);
    }
    return DateTimeFormatter.ISO_LOCAL_DATE.format((LocalDate) value);
  }

  private static boolean isDate(Object value) {
    return value instanceof LocalDate
        || value instanceof LocalDateTime
        || value instanceof OffsetDateTime;
  }

  private static void write(Object value, StringBuilder sb) {
    if (value instanceof String s) {
      quote(s, sb);
    } else if (isDate(value)) {
      quote(dateText(value), sb);
    } else if (value instanceof BigDecimal d) {
      sb.append(d.stripTrailingZeros().toPlainString());
    } else if (value instanceof Long l) {
      sb.append(l.longValue());
    } else if (value instanceof Number n) {
      Object normalized = normalizeNumber(n);
      sb.append(
          normalized instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : normalized);
    } else if (value instanceof Map<?, ?> m) {
      sb.append('{');
      boolean first = true;
      for (Map.Entry<String, Object> e : sorted(m).entrySet()) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        quote(e.getKey(), sb);
        sb.append(':');
        write(e.getValue(), sb);
      }
      sb.append('}');
    } else if (value instanceof List<?> l) {
      sb.append('[');
      for (int i = 0; i < l.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        Object o = l.get(i);
        write(o == null ? "" : o, sb);
      }
      sb.append(']');
    } else {
      sb.append(value);
    }
  }

  private static Map<String, Object> sorted(Map<?, ?> m) {
    Map<String, Object> out = new TreeMap<>();
    m.forEach(
        (k, v) -> {
          if (v != null) {
            out.put(String.valueOf(k), v);
          }
        });
    return out;
  }

  private static void quote(String s, StringBuilder sb) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }

  /** SHA-256 of a text, as lower-case hex. */
  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
