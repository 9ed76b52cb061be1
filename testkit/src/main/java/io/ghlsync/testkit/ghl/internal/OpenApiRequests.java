package io.ghlsync.testkit.ghl.internal;

import io.ghlsync.testkit.JsonText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Checks requests against GHL's published OpenAPI documents (the same {@code contacts.json} and
 * {@code locations-task-search.json} as in the reference folder, shipped as resources): the JSON
 * body against the operation's request schema and the query parameters against their declared
 * types, with the messages GHL's class-validator pipes produce ("gender must be a string",
 * "inboundDndSettings.all.status must be one of the following values: active, inactive"). Driven by
 * the schema, so every operation, nested object and enum is covered without a rule per field.
 *
 * <p>Supported keywords are the ones the documents use: {@code $ref}, {@code type}, {@code
 * properties}, {@code required}, {@code enum}, {@code items}, {@code anyOf}, {@code nullable},
 * {@code maxLength}. As class-validator's {@code @IsOptional}, an optional property sent as {@code
 * null} counts as absent; unknown top-level properties are left to the handlers' whitelists.
 */
public final class OpenApiRequests {
  private static final java.util.regex.Pattern EMAIL =
      java.util.regex.Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  private static final String[] DOCUMENTS = {"contacts.json", "locations-task-search.json"};

  private final Map<String, Map<String, Object>> schemas = new HashMap<>();
  private final Map<String, Operation> operations = new HashMap<>();

  private record Operation(@Nullable Map<String, Object> body, List<Map<String, Object>> query) {}

  private static final class Shared {
    static final OpenApiRequests INSTANCE = new OpenApiRequests();
  }

  /**
   * The documents, loaded once per JVM (they never change).
   *
   * @return the shared checker
   */
  public static OpenApiRequests ghl() {
    return Shared.INSTANCE;
  }

  @SuppressWarnings("unchecked")
  private OpenApiRequests() {
    for (String name : DOCUMENTS) {
      Map<String, Object> doc = load(name);
      Map<String, Object> components =
          (Map<String, Object>) doc.getOrDefault("components", Map.of());
      ((Map<String, Object>) components.getOrDefault("schemas", Map.of()))
          .forEach((k, v) -> schemas.put(k, (Map<String, Object>) v));
      Map<String, Object> paths = (Map<String, Object>) doc.getOrDefault("paths", Map.of());
      for (Object item : paths.values()) {
        for (Object o : ((Map<String, Object>) item).values()) {
          if (o instanceof Map<?, ?> op && op.get("operationId") instanceof String id) {
            operations.put(id, operation((Map<String, Object>) op));
          }
        }
      }
    }
  }

  /**
   * Whether the documents describe an operation.
   *
   * @param operationId the spec's operation id
   * @return true if known
   */
  public boolean knows(String operationId) {
    return operations.containsKey(operationId);
  }

  /**
   * Whether the operation declares a JSON request body.
   *
   * @param operationId the spec's operation id
   * @return true if it has a body schema
   */
  public boolean hasBody(String operationId) {
    Operation op = operations.get(operationId);
    return op != null && op.body() != null;
  }

  /**
   * What the schema refuses in a request's body.
   *
   * @param operationId the spec's operation id
   * @param body the parsed body
   * @return class-validator style messages; empty when the body fits (or the operation has none)
   */
  public List<String> bodyProblems(String operationId, Map<String, Object> body) {
    Operation op = operations.get(operationId);
    List<String> problems = new ArrayList<>();
    if (op != null && op.body() != null) {
      checkObject(op.body(), body, "", problems);
    }
    return problems;
  }

  /**
   * What GHL adds to a 422 the schema already causes, because its pipes validate the whole DTO at
   * once: unknown top-level properties ("property X should not exist", the whitelist) and an {@code
   * email} that is not one. Never a reason to refuse on its own: the handlers' own checks say the
   * same when the schema has nothing to object to.
   *
   * @param operationId the spec's operation id
   * @param body the parsed body
   * @return the extra messages
   */
  @SuppressWarnings("unchecked")
  public List<String> companionProblems(String operationId, Map<String, Object> body) {
    Operation op = operations.get(operationId);
    List<String> problems = new ArrayList<>();
    if (op == null || op.body() == null) {
      return problems;
    }
    Map<String, Object> properties =
        (Map<String, Object>) resolve(op.body()).getOrDefault("properties", Map.of());
    if (!properties.isEmpty()) {
      for (String key : body.keySet()) {
        if (!properties.containsKey(key)) {
          problems.add("property " + key + " should not exist");
        }
      }
    }
    if (properties.containsKey("email")
        && body.get("email") instanceof String email
        && !EMAIL.matcher(email).matches()) {
      problems.add("email must be an email");
    }
    return problems;
  }

  /**
   * What the declared query parameters refuse: a missing required one, a number that is not one.
   *
   * @param operationId the spec's operation id
   * @param query reads a query parameter by name
   * @return class-validator style messages
   */
  public List<String> queryProblems(
      String operationId, java.util.function.Function<String, Optional<String>> query) {
    Operation op = operations.get(operationId);
    List<String> problems = new ArrayList<>();
    if (op == null) {
      return problems;
    }
    for (Map<String, Object> p : op.query()) {
      String name = String.valueOf(p.get("name"));
      Optional<String> value = query.apply(name).filter(v -> !v.isEmpty());
      if (value.isEmpty()) {
        if (Boolean.TRUE.equals(p.get("required"))) {
          problems.add(name + " should not be empty");
        }
        continue;
      }
      Map<String, Object> schema = resolve(schemaOf(p));
      if (schema.get("type") instanceof String type
          && ("number".equals(type) || "integer".equals(type))
          && !isNumber(value.get(), type)) {
        problems.add(name + typeMessage(type));
      }
      checkEnum(schema, value.get(), name, problems);
    }
    return problems;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> schemaOf(Map<String, Object> parameter) {
    return (Map<String, Object>) parameter.getOrDefault("schema", Map.of());
  }

  @SuppressWarnings("unchecked")
  private Operation operation(Map<String, Object> op) {
    Map<String, Object> body = null;
    if (op.get("requestBody") instanceof Map<?, ?> rb
        && rb.get("content") instanceof Map<?, ?> content
        && content.get("application/json") instanceof Map<?, ?> json
        && json.get("schema") instanceof Map<?, ?> schema) {
      body = (Map<String, Object>) schema;
    }
    List<Map<String, Object>> query = new ArrayList<>();
    for (Object p : (List<Object>) op.getOrDefault("parameters", List.of())) {
      Map<String, Object> param = (Map<String, Object>) p;
      if ("query".equals(param.get("in"))) {
        query.add(param);
      }
    }
    return new Operation(body, query);
  }

  private void check(Map<String, Object> rawSchema, Object value, String path, List<String> out) {
    Map<String, Object> schema = resolve(rawSchema);
    if (schema.get("anyOf") instanceof List<?> alternatives) {
      checkAnyOf(alternatives, value, path, out);
      return;
    }
    String type = (String) schema.get("type");
    if (type == null && schema.containsKey("properties")) {
      type = "object";
    }
    if (type != null) {
      switch (type) {
        case "object" -> {
          if (!schema.containsKey("properties")) {
            // How NestJS renders a Date or "any" member (dateOfBirth: "type: object" with a string
            // example and a list of date formats): no shape to check.
            return;
          }
          if (value instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> object = (Map<String, Object>) map;
            checkObject(schema, object, path + ".", out);
          } else {
            out.add(path + " must be an object");
          }
          return;
        }
        case "array" -> {
          if (value instanceof List<?> list) {
            checkItems(schema, list, path, out);
          } else {
            out.add(path + " must be an array");
          }
          return;
        }
        default -> {
          if (!fits(type, value)) {
            out.add(path + typeMessage(type));
            return;
          }
        }
      }
    }
    checkEnum(schema, value, path, out);
    if (schema.get("maxLength") instanceof Number max
        && value instanceof String s
        && s.length() > max.intValue()) {
      out.add(path + " must be shorter than or equal to " + max.intValue() + " characters");
    }
  }

  @SuppressWarnings("unchecked")
  private void checkObject(
      Map<String, Object> rawSchema, Map<String, Object> object, String prefix, List<String> out) {
    Map<String, Object> schema = resolve(rawSchema);
    Map<String, Object> properties =
        (Map<String, Object>) schema.getOrDefault("properties", Map.of());
    List<Object> required = (List<Object>) schema.getOrDefault("required", List.of());
    for (Object name : required) {
      Object value = object.get((String) name);
      Map<String, Object> property =
          resolve((Map<String, Object>) properties.getOrDefault(name, Map.of()));
      boolean nullable = Boolean.TRUE.equals(property.get("nullable"));
      if (!object.containsKey((String) name) || (value == null && !nullable)) {
        out.add(prefix + name + " should not be empty");
      }
    }
    for (Map.Entry<String, Object> e : properties.entrySet()) {
      Object value = object.get(e.getKey());
      if (value != null) {
        check((Map<String, Object>) e.getValue(), value, prefix + e.getKey(), out);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private void checkItems(Map<String, Object> schema, List<?> list, String path, List<String> out) {
    if (!(schema.get("items") instanceof Map<?, ?> rawItems)) {
      return;
    }
    Map<String, Object> items = resolve((Map<String, Object>) rawItems);
    String itemType = (String) items.get("type");
    for (int i = 0; i < list.size(); i++) {
      Object item = list.get(i);
      if (itemType != null && !"object".equals(itemType) && !"array".equals(itemType)) {
        if (item == null || !fits(itemType, item)) {
          out.add("each value in " + path + typeMessage(itemType));
          return;
        }
        List<String> more = new ArrayList<>();
        check(items, item, path, more);
        for (String m : more) {
          out.add("each value in " + m);
        }
        if (!more.isEmpty()) {
          return;
        }
      } else {
        check(items, item == null ? "" : item, path + "." + i, out);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private void checkAnyOf(List<?> alternatives, Object value, String path, List<String> out) {
    List<String> fewest = null;
    for (Object alternative : alternatives) {
      List<String> problems = new ArrayList<>();
      check((Map<String, Object>) alternative, value, path, problems);
      if (problems.isEmpty()) {
        return;
      }
      if (fewest == null || problems.size() < fewest.size()) {
        fewest = problems;
      }
    }
    if (fewest != null) {
      out.addAll(fewest);
    }
  }

  private static void checkEnum(
      Map<String, Object> schema, Object value, String path, List<String> out) {
    if (schema.get("enum") instanceof List<?> allowed && !allowed.contains(value)) {
      List<String> names = new ArrayList<>();
      allowed.forEach(a -> names.add(String.valueOf(a)));
      out.add(path + " must be one of the following values: " + String.join(", ", names));
    }
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> resolve(Map<String, Object> schema) {
    Map<String, Object> current = schema;
    for (int depth = 0; current.get("$ref") instanceof String ref && depth < 16; depth++) {
      String name = ref.substring(ref.lastIndexOf('/') + 1);
      Map<String, Object> target = schemas.get(name);
      if (target == null) {
        throw new IllegalStateException("the OpenAPI documents have no schema " + name);
      }
      current = target;
    }
    return current;
  }

  private static boolean fits(String type, Object value) {
    return switch (type) {
      case "string" -> value instanceof String;
      case "boolean" -> value instanceof Boolean;
      case "number" -> value instanceof Number;
      case "integer" -> value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue());
      default -> true;
    };
  }

  private static boolean isNumber(String text, String type) {
    try {
      double d = Double.parseDouble(text.trim());
      return !Double.isNaN(d) && (!"integer".equals(type) || d == Math.rint(d));
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static String typeMessage(String type) {
    return switch (type) {
      case "string" -> " must be a string";
      case "boolean" -> " must be a boolean value";
      case "number" -> " must be a number conforming to the specified constraints";
      case "integer" -> " must be an integer number";
      default -> " must be a " + type;
    };
  }

  private static Map<String, Object> load(String name) {
    try (InputStream in =
        OpenApiRequests.class.getResourceAsStream("/io/ghlsync/testkit/ghl/openapi/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource openapi/" + name);
      }
      return JsonText.parseObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
