package io.ghlsync.ghl.webhook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lenient typed reads from one JSON object of a payload: absent or oddly typed fields become the
 * documented empty value instead of failing the whole event (events are hints; the engine fetches
 * the record anyway).
 */
final class PayloadFields {
  private final JsonValue.JsonObject json;

  PayloadFields(JsonValue.JsonObject json) {
    this.json = json;
  }

  /** Text of a string field; numbers and booleans as their literal; otherwise empty string. */
  String text(String name) {
    return json.get(name).flatMap(JsonValue::asText).orElse("");
  }

  /** A JSON boolean, or the strings {@code "true"}/{@code "false"}; false otherwise. */
  boolean bool(String name) {
    Optional<JsonValue> v = json.get(name);
    if (v.isPresent() && v.get() instanceof JsonValue.JsonBoolean b) {
      return b.value();
    }
    return v.flatMap(JsonValue::asText).map("true"::equalsIgnoreCase).orElse(false);
  }

  EventTime time(String name) {
    String raw = text(name);
    return raw.isEmpty() ? EventTime.absent() : new EventTime(raw);
  }

  /** The value as sent, {@link JsonValue.JsonNull} when absent. */
  JsonValue value(String name) {
    return json.get(name).orElse(JsonValue.JsonNull.INSTANCE);
  }

  /** Elements of an array field; a single non-array value counts as one element. */
  List<JsonValue> values(String name) {
    Optional<JsonValue> v = json.get(name);
    if (v.isEmpty() || v.get() instanceof JsonValue.JsonNull) {
      return List.of();
    }
    return v.get() instanceof JsonValue.JsonArray a ? a.values() : List.of(v.get());
  }

  /** Text elements of an array field, skipping elements that are not scalars. */
  List<String> texts(String name) {
    List<String> out = new ArrayList<>();
    for (JsonValue v : values(name)) {
      v.asText().ifPresent(out::add);
    }
    return out;
  }

  /** A nested object; an empty object when absent or not an object. */
  PayloadFields object(String name) {
    Optional<JsonValue> v = json.get(name);
    if (v.isPresent() && v.get() instanceof JsonValue.JsonObject o) {
      return new PayloadFields(o);
    }
    return new PayloadFields(new JsonValue.JsonObject(Map.of()));
  }

  /** The nested objects of an object field, keyed by member name. */
  Map<String, PayloadFields> objects(String name) {
    Map<String, PayloadFields> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonValue> e : object(name).json.members().entrySet()) {
      if (e.getValue() instanceof JsonValue.JsonObject o) {
        out.put(e.getKey(), new PayloadFields(o));
      }
    }
    return out;
  }

  /** The nested objects of an array field, skipping other elements. */
  List<PayloadFields> objectList(String name) {
    List<PayloadFields> out = new ArrayList<>();
    for (JsonValue v : values(name)) {
      if (v instanceof JsonValue.JsonObject o) {
        out.add(new PayloadFields(o));
      }
    }
    return out;
  }
}
