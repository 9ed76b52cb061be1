package io.ghlsync.ghl.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Any JSON value as plain Java: {@code String}, {@code BigDecimal} (numbers keep every digit),
 * {@code Boolean}, {@code List<Object>}, {@code Map<String, Object>} or {@code null}. Used for
 * custom-field values and search cursors, whose type GHL does not fix.
 */
public final class JsonValueAdapter extends JsonAdapter<Object> {

  @Override
  public @Nullable Object fromJson(JsonReader reader) throws IOException {
    return read(reader);
  }

  /**
   * Reads the next value.
   *
   * @param reader the reader
   * @return the value, or null for JSON null
   * @throws IOException on malformed JSON
   */
  public static @Nullable Object read(JsonReader reader) throws IOException {
    return switch (reader.peek()) {
      case BEGIN_ARRAY -> readArray(reader);
      case BEGIN_OBJECT -> readObject(reader);
      case STRING -> reader.nextString();
      case NUMBER -> new BigDecimal(reader.nextString());
      case BOOLEAN -> reader.nextBoolean();
      default -> {
        reader.skipValue();
        yield null;
      }
    };
  }

  private static List<@Nullable Object> readArray(JsonReader reader) throws IOException {
    List<@Nullable Object> list = new ArrayList<>();
    reader.beginArray();
    while (reader.hasNext()) {
      list.add(read(reader));
    }
    reader.endArray();
    return Collections.unmodifiableList(list);
  }

  private static Map<String, @Nullable Object> readObject(JsonReader reader) throws IOException {
    Map<String, @Nullable Object> map = new LinkedHashMap<>();
    reader.beginObject();
    while (reader.hasNext()) {
      map.put(reader.nextName(), read(reader));
    }
    reader.endObject();
    return Collections.unmodifiableMap(map);
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable Object value) throws IOException {
    write(writer, value);
  }

  /**
   * Writes a plain Java value as JSON.
   *
   * @param writer the writer
   * @param value a string, number, boolean, map, iterable or null
   * @throws IOException on write failure
   * @throws IllegalArgumentException for any other type
   */
  public static void write(JsonWriter writer, @Nullable Object value) throws IOException {
    if (value == null) {
      writer.nullValue();
    } else if (value instanceof CharSequence s) {
      writer.value(s.toString());
    } else if (value instanceof Boolean b) {
      writer.value(b);
    } else if (value instanceof Number n) {
      writer.value(n);
    } else if (value instanceof Map<?, ?> map) {
      writer.beginObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        writer.name(String.valueOf(e.getKey()));
        write(writer, e.getValue());
      }
      writer.endObject();
    } else if (value instanceof Iterable<?> items) {
      writer.beginArray();
      for (Object item : items) {
        write(writer, item);
      }
      writer.endArray();
    } else {
      throw new IllegalArgumentException(
          "cannot send a " + value.getClass().getSimpleName() + " as a JSON value");
    }
  }
}
