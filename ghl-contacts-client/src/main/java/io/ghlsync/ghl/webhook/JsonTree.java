package io.ghlsync.ghl.webhook;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes {@link JsonValue} trees with Moshi's strict streaming reader. Numbers are read
 * from their literal text so no precision is lost; duplicate member names are refused.
 */
final class JsonTree extends JsonAdapter<JsonValue> {
  static final JsonTree ADAPTER = new JsonTree();

  private static final Pattern PATH = Pattern.compile("at path (\\$\\S*)");

  private JsonTree() {}

  /**
   * Parses a complete JSON document.
   *
   * @param json the document
   * @return the tree
   * @throws MalformedJsonException if the text is not one complete, valid JSON value
   */
  static JsonValue parse(String json) {
    try {
      JsonValue value = ADAPTER.fromJson(json);
      if (value == null) {
        throw new MalformedJsonException("body is empty");
      }
      return value;
    } catch (IOException | JsonDataException e) {
      throw new MalformedJsonException("body is not valid JSON" + location(e.getMessage()));
    }
  }

  // Moshi's messages may quote offending input; only the location is safe to repeat.
  private static String location(@Nullable String message) {
    if (message == null) {
      return "";
    }
    Matcher m = PATH.matcher(message);
    return m.find() ? " (at " + m.group(1) + ")" : "";
  }

  @Override
  public JsonValue fromJson(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT:
        return readObject(reader);
      case BEGIN_ARRAY:
        List<JsonValue> values = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          values.add(fromJson(reader));
        }
        reader.endArray();
        return new JsonValue.JsonArray(values);
      case STRING:
        return new JsonValue.JsonString(reader.nextString());
      case NUMBER:
        return number(reader, reader.nextString());
      case BOOLEAN:
        return new JsonValue.JsonBoolean(reader.nextBoolean());
      case NULL:
        reader.nextNull();
        return JsonValue.JsonNull.INSTANCE;
      default:
        throw new JsonDataException("unexpected token at path " + reader.getPath());
    }
  }

  private JsonValue readObject(JsonReader reader) throws IOException {
    Map<String, JsonValue> members = new LinkedHashMap<>();
    reader.beginObject();
    while (reader.hasNext()) {
      String name = reader.nextName();
      String path = reader.getPath();
      if (members.put(name, fromJson(reader)) != null) {
        throw new JsonDataException("duplicate member name at path " + path);
      }
    }
    reader.endObject();
    return new JsonValue.JsonObject(members);
  }

  private static JsonValue number(JsonReader reader, String literal) {
    try {
      return new JsonValue.JsonNumber(new BigDecimal(literal));
    } catch (NumberFormatException e) {
      throw new JsonDataException("number out of range at path " + reader.getPath(), e);
    }
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable JsonValue value) throws IOException {
    if (value == null || value instanceof JsonValue.JsonNull) {
      writer.nullValue();
    } else if (value instanceof JsonValue.JsonString s) {
      writer.value(s.value());
    } else if (value instanceof JsonValue.JsonNumber n) {
      writer.value(n.value());
    } else if (value instanceof JsonValue.JsonBoolean b) {
      writer.value(b.value());
    } else if (value instanceof JsonValue.JsonArray a) {
      writer.beginArray();
      for (JsonValue v : a.values()) {
        toJson(writer, v);
      }
      writer.endArray();
    } else if (value instanceof JsonValue.JsonObject o) {
      writer.beginObject();
      for (Map.Entry<String, JsonValue> e : o.members().entrySet()) {
        writer.name(e.getKey());
        toJson(writer, e.getValue());
      }
      writer.endObject();
    }
  }

  /** The body is not a valid JSON document; the message names only a location, never content. */
  static final class MalformedJsonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String detail;

    MalformedJsonException(String detail) {
      super(detail);
      this.detail = detail;
    }

    /** The message, never null. */
    String detail() {
      return detail;
    }
  }
}
