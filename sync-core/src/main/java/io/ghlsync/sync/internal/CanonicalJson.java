package io.ghlsync.sync.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Renders a value built of records (a {@code Mapping}, {@code ActivityRules}, score rules) as JSON
 * text that depends only on the rules it holds: record components in declaration order, map keys
 * and set elements sorted, {@link Optional} as its value or {@code null}. Two loads of one file
 * give the same text in any JVM; a changed rule gives another. Objects that are neither records,
 * collections nor JDK values (a custom transform's function) are rendered as {@code "<code>"}:
 * their registered name, a sibling component, identifies them.
 */
public final class CanonicalJson {
  private CanonicalJson() {}

  /**
   * Renders a value.
   *
   * @param value the value (records, collections, optionals, JDK values)
   * @return its canonical JSON text
   */
  public static String of(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  private static void write(@org.jspecify.annotations.Nullable Object value, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof Optional<?> o) {
      write(o.orElse(null), out);
    } else if (value instanceof Boolean || value instanceof Number) {
      out.append(value);
    } else if (value instanceof CharSequence || value instanceof Enum<?>) {
      string(value.toString(), out);
    } else if (value instanceof Record r) {
      record(r, out);
    } else if (value instanceof Map<?, ?> map) {
      Map<String, @org.jspecify.annotations.Nullable Object> sorted = new TreeMap<>();
      map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
      out.append('{');
      boolean first = true;
      for (Map.Entry<String, @org.jspecify.annotations.Nullable Object> e : sorted.entrySet()) {
        first = comma(first, out);
        string(e.getKey(), out);
        out.append(':');
        write(e.getValue(), out);
      }
      out.append('}');
    } else if (value instanceof List<?> list) {
      array(list, out);
    } else if (value instanceof Collection<?> set) {
      List<String> items = new ArrayList<>();
      set.forEach(v -> items.add(of(v)));
      items.sort(null);
      out.append('[').append(String.join(",", items)).append(']');
    } else if (value.getClass().getName().startsWith("java.")) {
      string(value.toString(), out);
    } else {
      string("<code>", out);
    }
  }

  private static void record(Record r, StringBuilder out) {
    out.append('{');
    string("@type", out);
    out.append(':');
    string(r.getClass().getSimpleName(), out);
    for (RecordComponent c : r.getClass().getRecordComponents()) {
      out.append(',');
      string(c.getName(), out);
      out.append(':');
      write(component(r, c), out);
    }
    out.append('}');
  }

  private static @org.jspecify.annotations.Nullable Object component(Record r, RecordComponent c) {
    Method accessor = c.getAccessor();
    try {
      accessor.trySetAccessible();
      return accessor.invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(
          "cannot read " + r.getClass().getSimpleName() + "." + c.getName(), e);
    }
  }

  private static void array(List<?> list, StringBuilder out) {
    out.append('[');
    boolean first = true;
    for (Object v : list) {
      first = comma(first, out);
      write(v, out);
    }
    out.append(']');
  }

  private static boolean comma(boolean first, StringBuilder out) {
    if (!first) {
      out.append(',');
    }
    return false;
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (ch < 0x20) {
            out.append(String.format("\\u%04x", (int) ch));
          } else {
            out.append(ch);
          }
        }
      }
    }
    out.append('"');
  }
}
