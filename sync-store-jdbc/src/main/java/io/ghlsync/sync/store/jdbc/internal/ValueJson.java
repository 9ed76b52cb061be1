package io.ghlsync.sync.store.jdbc.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON for the values of the mapping value model ({@code FieldValues}): strings, booleans, {@link
 * Long}, {@link BigDecimal}, lists, maps and the three date types. JSON has no date type, so a date
 * is an object with one key: {@code {"$date":"2025-01-31"}}, {@code {"$localDateTime":"..."}} or
 * {@code {"$offsetDateTime":"..."}}; a map whose keys start with {@code $} is wrapped as {@code
 * {"$map":{...}}}. Numbers read back as {@link Long} when integral and in range, else {@link
 * BigDecimal}: what the model normalises them to, so a snapshot compares equal after a round trip.
 */
public final class ValueJson {
  private ValueJson() {}

  /**
   * Writes a value.
   *
   * @param value the value
   * @return its JSON text
   */
  public static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  private static void write(Object value, StringBuilder out) {
    if (value instanceof String s) {
      string(s, out);
    } else if (value instanceof Boolean || value instanceof Long || value instanceof Integer) {
      out.append(value);
    } else if (value instanceof BigDecimal d) {
      out.append(d.toString());
    } else if (value instanceof Number n) {
      out.append(new BigDecimal(n.toString()).toString());
    } else if (value instanceof LocalDate d) {
      tagged("$date", d.toString(), out);
    } else if (value instanceof LocalDateTime d) {
      tagged("$localDateTime", d.toString(), out);
    } else if (value instanceof OffsetDateTime d) {
      tagged("$offsetDateTime", d.toString(), out);
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(list.get(i), out);
      }
      out.append(']');
    } else if (value instanceof Map<?, ?> map) {
      boolean wrap = map.keySet().stream().anyMatch(k -> String.valueOf(k).startsWith("$"));
      if (wrap) {
        out.append("{\"$map\":");
      }
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        string(String.valueOf(e.getKey()), out);
        out.append(':');
        write(e.getValue(), out);
      }
      out.append('}');
      if (wrap) {
        out.append('}');
      }
    } else {
      throw new IllegalArgumentException(
          "cannot store a value of type " + value.getClass().getName());
    }
  }

  private static void tagged(String tag, String text, StringBuilder out) {
    out.append("{\"").append(tag).append("\":");
    string(text, out);
    out.append('}');
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /**
   * Reads a value written by {@link #write}.
   *
   * @param json the JSON text
   * @return the value
   * @throws IllegalArgumentException if the text is not valid
   */
  public static Object read(String json) {
    Reader r = new Reader(json);
    Object v = r.value();
    r.skipSpace();
    if (r.pos != json.length()) {
      throw r.error("trailing text");
    }
    return v;
  }

  private static final class Reader {
    private final String s;
    private int pos;

    Reader(String s) {
      this.s = s;
    }

    IllegalArgumentException error(String what) {
      return new IllegalArgumentException("stored JSON is invalid at " + pos + ": " + what);
    }

    void skipSpace() {
      while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
        pos++;
      }
    }

    char peek() {
      skipSpace();
      if (pos >= s.length()) {
        throw error("unexpected end");
      }
      return s.charAt(pos);
    }

    void expect(char c) {
      if (peek() != c) {
        throw error("expected " + c);
      }
      pos++;
    }

    Object value() {
      char c = peek();
      if (c == '"') {
        return string();
      }
      if (c == '{') {
        return object();
      }
      if (c == '[') {
        List<Object> list = new ArrayList<>();
        pos++;
        if (peek() == ']') {
          pos++;
          return list;
        }
        while (true) {
          list.add(value());
          if (peek() == ',') {
            pos++;
          } else {
            expect(']');
            return list;
          }
        }
      }
      if (s.startsWith("true", pos)) {
        pos += 4;
        return Boolean.TRUE;
      }
      if (s.startsWith("false", pos)) {
        pos += 5;
        return Boolean.FALSE;
      }
      return number();
    }

    Object object() {
      expect('{');
      Map<String, Object> map = new LinkedHashMap<>();
      if (peek() == '}') {
        pos++;
        return map;
      }
      while (true) {
        String key = string();
        expect(':');
        map.put(key, value());
        if (peek() == ',') {
          pos++;
        } else {
          expect('}');
          break;
        }
      }
      if (map.size() == 1) {
        Map.Entry<String, Object> e = map.entrySet().iterator().next();
        switch (e.getKey()) {
          case "$date":
            return LocalDate.parse((String) e.getValue());
          case "$localDateTime":
            return LocalDateTime.parse((String) e.getValue());
          case "$offsetDateTime":
            return OffsetDateTime.parse((String) e.getValue());
          case "$map":
            return e.getValue();
          default:
            break;
        }
      }
      return map;
    }

    Object number() {
      int start = pos;
      while (pos < s.length() && "+-0123456789.eE".indexOf(s.charAt(pos)) >= 0) {
        pos++;
      }
      String text = s.substring(start, pos);
      if (text.isEmpty()) {
        throw error("expected a value");
      }
      BigDecimal d = new BigDecimal(text);
      if (text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0) {
        try {
          return d.longValueExact();
        } catch (ArithmeticException tooLarge) {
          return d;
        }
      }
      return d;
    }

    String string() {
      expect('"');
      StringBuilder out = new StringBuilder();
      while (true) {
        if (pos >= s.length()) {
          throw error("unterminated string");
        }
        char c = s.charAt(pos++);
        if (c == '"') {
          return out.toString();
        }
        if (c != '\\') {
          out.append(c);
          continue;
        }
        char e = s.charAt(pos++);
        switch (e) {
          case 'n' -> out.append('\n');
          case 'r' -> out.append('\r');
          case 't' -> out.append('\t');
          case 'u' -> {
            out.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
            pos += 4;
          }
          default -> out.append(e);
        }
      }
    }
  }
}
