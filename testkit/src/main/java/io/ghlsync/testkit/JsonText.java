package io.ghlsync.testkit;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.Map;
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
   * Parses any JSON value.
   *
   * @param json the text
   * @return the value, or {@code null} for JSON {@code null}
   * @throws IllegalArgumentException when the text is not JSON
   */
  public static @Nullable Object parse(String json) {
    try {
      return ADAPTER.fromJson(json);
    } catch (IOException | JsonDataException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getMessage(), e);
    }
  }

  /**
   * Writes a value as compact JSON.
   *
   * @param value a tree of maps, lists, strings, numbers, booleans and nulls
   * @return the JSON text
   */
  public static String write(@Nullable Object value) {
    return ADAPTER.toJson(value);
  }
}
