package io.ghlsync.sync.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON-like values in one canonical form, so that fingerprints and diffs do not depend on map order
 * or on whether a number arrived as {@code 1}, {@code 1L} or {@code 1.0}.
 *
 * <p>Allowed values: {@link String}, {@link Boolean}, {@link Number}, {@link List} and {@link Map}
 * (string keys) of allowed values.
 */
public final class Canonical {
  private Canonical() {}

  /**
   * Normalises a value: integral numbers become {@link Long} (or {@link BigDecimal} when too
   * large), other numbers {@link BigDecimal}; lists and maps become unmodifiable copies.
   *
   * @param value the value
   * @param what names the value in the error message
   * @return the normalised value
   * @throws IllegalArgumentException for a type outside the allowed set
   */
  public static Object normalize(Object value, String what) {
    if (value instanceof String || value instanceof Boolean) {
      return value;
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
            + "; use String, Boolean, Number, List or Map");
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
   * Renders a normalised value as compact JSON with sorted map keys.
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
   * Renders a value for people: strings without quotes, everything else as canonical JSON.
   *
   * @param value the value
   * @return the text
   */
  public static String display(Object value) {
    return value instanceof String s ? s : render(value);
  }

  private static void write(Object value, StringBuilder sb) {
    if (value instanceof String s) {
      quote(s, sb);
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

  /**
   * SHA-256 of a text, as lower-case hex.
   *
   * @param text the text
   * @return 64 hex characters
   */
  public static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
