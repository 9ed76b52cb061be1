package io.ghlsync.testkit;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
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
   * Writes a value as compact JSON.
   *
   * @param value a tree of maps, lists, strings, numbers, booleans and nulls
   * @return the JSON text
   */
  public static String write(@Nullable Object value) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.setSerializeNulls(true);
      write(writer, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readUtf8();
  }

  private static void write(JsonWriter writer, @Nullable Object value) throws IOException {
    if (value == null) {
      writer.nullValue();
    } else if (value instanceof String text) {
      writer.value(text);
    } else if (value instanceof Map<?, ?> map) {
      writer.beginObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        writer.name(String.valueOf(e.getKey()));
        write(writer, e.getValue());
      }
      writer.endObject();
    } else if (value instanceof Collection<?> list) {
      writer.beginArray();
      for (Object item : list) {
        write(writer, item);
      }
      writer.endArray();
    } else if (value instanceof Boolean flag) {
      writer.value(flag);
    } else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
      writer.value(((Number) value).longValue());
    } else if (value instanceof Double || value instanceof Float) {
      writer.value(((Number) value).doubleValue());
    } else {
      // Anything else (arrays, BigDecimal, ...) the way Moshi's own object adapter writes it.
      ADAPTER.toJson(writer, value);
    }
  }
}
