package io.ghlsync.ghl.webhook;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A JSON value of any type, as found in webhook payloads where GHL sends values of varying shape
 * (custom field values: string, number, array or object; attachments; install details).
 *
 * <p>Numbers keep their exact decimal value ({@link BigDecimal}); objects keep the order of their
 * members.
 */
public sealed interface JsonValue {

  /**
   * The text of a JSON string, or the literal of a JSON number or boolean.
   *
   * @return the text, empty for {@code null}, arrays and objects
   */
  default Optional<String> asText() {
    return Optional.empty();
  }

  /**
   * This value serialised as compact JSON.
   *
   * @return the JSON text
   */
  default String toJson() {
    return JsonTree.ADAPTER.toJson(this);
  }

  /**
   * A JSON string.
   *
   * @param value the string
   */
  record JsonString(String value) implements JsonValue {
    /**
     * Validates the component.
     *
     * @param value the string
     */
    public JsonString {
      Objects.requireNonNull(value, "value");
    }

    /** Payload text may be personal data; only its length is shown. */
    @Override
    public String toString() {
      return "JsonString[" + value.length() + " chars, redacted]";
    }

    @Override
    public Optional<String> asText() {
      return Optional.of(value);
    }
  }

  /**
   * A JSON number with its exact value.
   *
   * @param value the number
   */
  record JsonNumber(BigDecimal value) implements JsonValue {
    /**
     * Validates the component.
     *
     * @param value the number
     */
    public JsonNumber {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public Optional<String> asText() {
      return Optional.of(value.toString());
    }
  }

  /**
   * A JSON {@code true} or {@code false}.
   *
   * @param value the boolean
   */
  record JsonBoolean(boolean value) implements JsonValue {
    @Override
    public Optional<String> asText() {
      return Optional.of(Boolean.toString(value));
    }
  }

  /** The JSON {@code null}. */
  enum JsonNull implements JsonValue {
    /** The only instance. */
    INSTANCE
  }

  /**
   * A JSON array.
   *
   * @param values the elements, in order
   */
  record JsonArray(List<JsonValue> values) implements JsonValue {
    /**
     * Copies the elements.
     *
     * @param values the elements, in order
     */
    public JsonArray {
      values = List.copyOf(values);
    }
  }

  /**
   * A JSON object.
   *
   * @param members the members, in document order
   */
  record JsonObject(Map<String, JsonValue> members) implements JsonValue {
    /**
     * Copies the members, keeping their order.
     *
     * @param members the members, in document order
     */
    public JsonObject {
      members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }

    /**
     * The member with this name.
     *
     * @param name the member name (case-sensitive)
     * @return the value, empty if absent
     */
    public Optional<JsonValue> get(String name) {
      return Optional.ofNullable(members.get(name));
    }
  }
}
