package io.ghlsync.testkit;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes JSON as plain Java trees ({@code Map<String, Object>}, {@code List<Object>},
 * {@code String}, {@code Double} for numbers when read, {@code Boolean}). Fakes keep their state in
 * such trees because the services' shapes are loose. Writing keeps map order and writes explicit
 * {@code null} values.
 */
public final class JsonText {
  private static final JsonAdapter<Object> ADAPTER =
      new Moshi.Builder().build().adapter(Object.class).serializeNulls();

  private JsonText() {}

  /**
   * Parses a JSON object.
   *
   * @param json the text
   * @return the object as a map
   * @throws IllegalArgumentException when the text is not a JSON object
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> parseObject(String json) {
    Object value = parse(json);
    if (!(value instanceof Map)) {
      throw new IllegalArgumentException("JSON body must be an object");
    }
    return (Map<String, Object>) value;
  }

  /**
   * Parses any JSON value (objects keep their key order).
   *
   * @param json the text
   * @return the value, or {@code null} for JSON {@code null}
   * @throws IllegalArgumentException when the text is not JSON
   */
  public static @Nullable Object parse(String json) {
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json))) {
      Object value = read(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new JsonDataException("JSON document was not fully consumed.");
      }
      return value;
    } catch (IOException | JsonDataException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getMessage(), e);
    }
  }

  private static @Nullable Object read(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          String name = reader.nextName();
          if (map.containsKey(name)) {
            throw new JsonDataException(
                "Map key '" + name + "' has multiple values at path " + reader.getPath());
          }
          map.put(name, read(reader));
        }
        reader.endObject();
        return map;
      }
      case BEGIN_ARRAY -> {
        List<Object> list = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          list.add(read(reader));
        }
        reader.endArray();
        return list;
      }
      case STRING -> {
        return reader.nextString();
      }
      case NUMBER -> {
        return reader.nextDouble();
      }
      case BOOLEAN -> {
        return reader.nextBoolean();
      }
      case NULL -> {
        return reader.nextNull();
      }
      default ->
          throw new JsonDataException(
              "Expected a value but was " + reader.peek() + " at path " + reader.getPath());
    }
  }

  /**
   * Writes a value as compact JSON, the way Moshi writes it (numbers as Java prints them, {@code
   * null} values kept, control characters and U+2028/U+2029 escaped).
   *
   * @param value a tree of maps, lists, strings, numbers, booleans and nulls
   * @return the JSON text
   * @throws IllegalArgumentException for a non-finite number
   */
  public static String write(@Nullable Object value) {
    StringBuilder out = new StringBuilder(256);
    write(out, value);
    return out.toString();
  }

  private static void write(StringBuilder out, @Nullable Object value) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String text) {
      quote(out, text);
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        quote(out, String.valueOf(e.getKey()));
        out.append(':');
        write(out, e.getValue());
      }
      out.append('}');
    } else if (value instanceof Collection<?> list) {
      out.append('[');
      boolean first = true;
      for (Object item : list) {
        if (!first) {
          out.append(',');
        }
        first = false;
        write(out, item);
      }
      out.append(']');
    } else if (value instanceof Boolean flag) {
      out.append(flag.booleanValue());
    } else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
      out.append(((Number) value).longValue());
    } else if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new IllegalArgumentException("JSON forbids NaN and infinities: " + d);
      }
      out.append(value);
    } else {
      // Anything else (arrays, BigDecimal, ...) the way Moshi's own object adapter writes it.
      out.append(ADAPTER.toJson(value));
    }
  }

  private static void quote(StringBuilder out, String text) {
    out.append('"');
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String escaped = escape(c);
      if (escaped != null) {
        out.append(text, start, i).append(escaped);
        start = i + 1;
      }
    }
    out.append(text, start, text.length()).append('"');
  }

  private static @Nullable String escape(char c) {
    if (c >= 0x20 && c != '"' && c != '\\' && c != '\u2028' && c != '\u2029') {
      return null;
    }
    return switch (c) {
      case '"' -> "\\\"";
      case '\\' -> "\\\\";
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      case '\b' -> "\\b";
      case '\f' -> "\\f";
      default -> String.format(Locale.ROOT, "\\u%04x", (int) c);
    };
  }
}
