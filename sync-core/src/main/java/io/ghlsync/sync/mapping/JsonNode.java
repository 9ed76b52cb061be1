package io.ghlsync.sync.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** A parsed JSON value plus where it sits in the mapping, so that errors can name the rule. */
final class JsonNode {
  private final @Nullable Object value;
  private final String context;

  private JsonNode(@Nullable Object value, String context) {
    this.value = value;
    this.context = context;
  }

  static JsonNode root(@Nullable Object value, String context) {
    JsonNode node = new JsonNode(value, context);
    node.map();
    return node;
  }

  @Nullable Object value() {
    return value;
  }

  String context() {
    return context;
  }

  JsonNode renamed(String newContext) {
    return new JsonNode(value, newContext);
  }

  MappingException error(@Nullable String message) {
    return new MappingException(context + ": " + message);
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> map() {
    if (value instanceof Map<?, ?> m) {
      return (Map<String, Object>) m;
    }
    throw error("must be a JSON object");
  }

  void onlyKeys(Set<String> allowed) {
    for (String key : map().keySet()) {
      if (!allowed.contains(key)) {
        throw error("unknown key '" + key + "'; allowed keys are " + new TreeSet<>(allowed));
      }
    }
  }

  boolean has(String key) {
    return map().get(key) != null;
  }

  Optional<Object> raw(String key) {
    return Optional.ofNullable(map().get(key));
  }

  String string(String key) {
    return optionalString(key).orElseThrow(() -> error("'" + key + "' is required"));
  }

  Optional<String> optionalString(String key) {
    Object v = map().get(key);
    if (v == null) {
      return Optional.empty();
    }
    if (v instanceof String s && !s.isBlank()) {
      return Optional.of(s);
    }
    throw error("'" + key + "' must be a non-blank string");
  }

  Optional<Integer> optionalInt(String key) {
    Object v = map().get(key);
    if (v == null) {
      return Optional.empty();
    }
    if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      return Optional.of(n.intValue());
    }
    throw error("'" + key + "' must be a whole number");
  }

  Optional<Boolean> optionalBoolean(String key) {
    Object v = map().get(key);
    if (v == null) {
      return Optional.empty();
    }
    if (v instanceof Boolean b) {
      return Optional.of(b);
    }
    throw error("'" + key + "' must be true or false");
  }

  Optional<JsonNode> optionalObject(String key) {
    Object v = map().get(key);
    if (v == null) {
      return Optional.empty();
    }
    JsonNode node = new JsonNode(v, context + " " + key);
    node.map();
    return Optional.of(node);
  }

  List<JsonNode> optionalArray(String key) {
    Object v = map().get(key);
    if (v == null) {
      return List.of();
    }
    if (!(v instanceof List<?> list)) {
      throw error("'" + key + "' must be a JSON array");
    }
    List<JsonNode> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      out.add(new JsonNode(list.get(i), context + " " + key + "[" + i + "]"));
    }
    return out;
  }
}
