package io.ghlsync.testkit.ghl;

import io.ghlsync.testkit.JsonText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads GHL's OpenAPI request schemas (the testkit's own resource copies) to build, for the sweep,
 * a valid body per operation and one-point-invalid variants of it: one property at a time gets a
 * value of the wrong type or outside its enum, nested objects included.
 */
final class Spec {
  private static final Map<String, String> PATH_SAMPLES =
      Map.of(
          "{contactId}", "c1",
          "{taskId}", "t1",
          "{id}", "n1",
          "{type}", "add",
          "{businessId}", "b1",
          "{campaignId}", "cmp1",
          "{workflowId}", "wf1",
          "{locationId}", "loc-1");

  private final Map<String, Map<String, Object>> schemas = new LinkedHashMap<>();
  private final List<Op> ops = new ArrayList<>();

  record Op(String method, String path, String operationId, Map<String, Object> body) {
    String samplePath() {
      String p = path;
      for (Map.Entry<String, String> e : PATH_SAMPLES.entrySet()) {
        p = p.replace(e.getKey(), e.getValue());
      }
      return p;
    }
  }

  record Mutation(String path, Map<String, Object> body) {}

  @SuppressWarnings("unchecked")
  static Spec load() throws IOException {
    Spec spec = new Spec();
    for (String name : List.of("contacts.json", "locations-task-search.json")) {
      Map<String, Object> doc = JsonText.parseObject(resource(name));
      Map<String, Object> components = (Map<String, Object>) doc.get("components");
      ((Map<String, Object>) components.get("schemas"))
          .forEach((k, v) -> spec.schemas.put(k, (Map<String, Object>) v));
      ((Map<String, Object>) doc.get("paths"))
          .forEach(
              (path, item) ->
                  ((Map<String, Object>) item)
                      .forEach(
                          (method, op) -> {
                            if (op instanceof Map<?, ?> o
                                && o.get("requestBody") instanceof Map<?, ?> rb
                                && rb.get("content") instanceof Map<?, ?> c
                                && c.get("application/json") instanceof Map<?, ?> j) {
                              spec.ops.add(
                                  new Op(
                                      method.toUpperCase(java.util.Locale.ROOT),
                                      path,
                                      (String) o.get("operationId"),
                                      (Map<String, Object>) j.get("schema")));
                            }
                          }));
    }
    return spec;
  }

  List<Op> operationsWithBodies() {
    return ops;
  }

  Map<String, Object> validBody(Op op) {
    return validObject(resolve(op.body()));
  }

  List<Mutation> mutations(Op op) {
    List<Mutation> out = new ArrayList<>();
    Map<String, Object> schema = resolve(op.body());
    mutate(schema, validObject(schema), "", List.of(), out, 0);
    return out;
  }

  @SuppressWarnings("unchecked")
  private void mutate(
      Map<String, Object> schema,
      Map<String, Object> base,
      String prefix,
      List<String> at,
      List<Mutation> out,
      int depth) {
    Map<String, Object> properties =
        (Map<String, Object>) schema.getOrDefault("properties", Map.of());
    for (Map.Entry<String, Object> e : properties.entrySet()) {
      Map<String, Object> property = resolve((Map<String, Object>) e.getValue());
      String path = prefix + e.getKey();
      List<String> where = new ArrayList<>(at);
      where.add(e.getKey());
      String type = typeOf(property);
      if (type == null || ("object".equals(type) && !property.containsKey("properties"))) {
        continue; // no shape declared (dateOfBirth is "type: object" for a date string)
      }
      out.add(new Mutation(path, with(base, where, wrongValue(type))));
      if (property.get("enum") instanceof List<?>) {
        out.add(new Mutation(path, with(base, where, "not-one-of-the-values")));
      }
      if ("array".equals(type)
          && property.get("items") instanceof Map<?, ?> items
          && "string".equals(typeOf(resolve((Map<String, Object>) items)))) {
        out.add(new Mutation(path, with(base, where, List.of(12345))));
      }
      if ("object".equals(type) && depth < 3) {
        Map<String, Object> nestedBase = with(base, where, validObject(property));
        mutate(property, nestedBase, path + ".", where, out, depth + 1);
      }
    }
  }

  private static Object wrongValue(String type) {
    return switch (type) {
      case "string" -> 12345;
      case "number", "integer" -> "ten";
      case "boolean" -> "yes";
      case "array" -> "x";
      default -> 12345;
    };
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> with(Map<String, Object> base, List<String> at, Object value) {
    Map<String, Object> copy = deepCopy(base);
    Map<String, Object> target = copy;
    for (int i = 0; i < at.size() - 1; i++) {
      target = (Map<String, Object>) target.get(at.get(i));
    }
    target.put(at.get(at.size() - 1), value);
    return copy;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> deepCopy(Map<String, Object> map) {
    Map<String, Object> copy = new LinkedHashMap<>();
    map.forEach(
        (k, v) -> copy.put(k, v instanceof Map<?, ?> m ? deepCopy((Map<String, Object>) m) : v));
    return copy;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> validObject(Map<String, Object> schema) {
    Map<String, Object> body = new LinkedHashMap<>();
    Map<String, Object> properties =
        (Map<String, Object>) schema.getOrDefault("properties", Map.of());
    for (Object name : (List<Object>) schema.getOrDefault("required", List.of())) {
      body.put((String) name, sample(resolve((Map<String, Object>) properties.get((String) name))));
    }
    return body;
  }

  @SuppressWarnings("unchecked")
  private Object sample(Map<String, Object> schema) {
    if (schema.get("anyOf") instanceof List<?> alternatives) {
      return sample(resolve((Map<String, Object>) alternatives.get(0)));
    }
    if (schema.get("enum") instanceof List<?> values) {
      return values.get(0);
    }
    String type = typeOf(schema);
    return switch (type == null ? "string" : type) {
      case "number", "integer" -> 1L;
      case "boolean" -> true;
      case "array" ->
          List.of(sample(resolve((Map<String, Object>) schema.getOrDefault("items", Map.of()))));
      case "object" -> validObject(schema);
      default -> "x1";
    };
  }

  private static String typeOf(Map<String, Object> schema) {
    Object type = schema.get("type");
    if (type == null && schema.containsKey("properties")) {
      return "object";
    }
    return (String) type;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> resolve(Map<String, Object> schema) {
    Map<String, Object> current = schema;
    while (current.get("$ref") instanceof String ref) {
      current = schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
    }
    return current;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in =
        Spec.class.getResourceAsStream("/io/ghlsync/testkit/ghl/openapi/" + name)) {
      if (in == null) {
        throw new IOException("missing " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
