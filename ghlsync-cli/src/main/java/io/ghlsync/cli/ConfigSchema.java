package io.ghlsync.cli;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schema of the configuration file, shipped in the jar as {@value #RESOURCE} so editors
 * can check a file too, and the check of a parsed file against it.
 */
final class ConfigSchema {
  /** Class-path name of the schema. */
  static final String RESOURCE = "/io/ghlsync/cli/ghlsync-config.schema.json";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ConfigSchema() {}

  /**
   * The schema text.
   *
   * @return the JSON Schema document
   */
  static String text() {
    try (InputStream in =
        Objects.requireNonNull(ConfigSchema.class.getResourceAsStream(RESOURCE), RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Checks a parsed configuration.
   *
   * @param document the YAML document as maps, lists and scalars
   * @return one problem per violation, each naming its key; empty when valid
   */
  static List<String> problems(Object document) {
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(text(), InputFormat.JSON);
    JsonNode node = JSON.valueToTree(document);
    List<String> problems = new ArrayList<>();
    for (Error error : schema.validate(node)) {
      problems.add(describe(error));
    }
    return problems;
  }

  private static String describe(Error error) {
    String at = key(error.getInstanceLocation().toString());
    String keyword = String.valueOf(error.getKeyword());
    String property = error.getProperty();
    switch (keyword) {
      case "additionalProperties":
        return "configuration key '"
            + join(at, property)
            + "': unknown key; remove it or correct its spelling (the keys are listed in"
            + " ghlsync-config.schema.json, see ghlsync catalog --schema)";
      case "required":
        return "configuration key '" + join(at, property) + "': missing; add it";
      default:
        String message = error.getMessage();
        // The validator's message starts with the location again; the key is named already.
        int colon = message.indexOf(": ");
        String what =
            colon > 0 && (message.startsWith("$") || message.startsWith("/") || colon < 2)
                ? message.substring(colon + 2)
                : message;
        return "configuration key '"
            + (at.isEmpty() ? "(top level)" : at)
            + "': "
            + what
            + hint(keyword);
    }
  }

  private static String hint(String keyword) {
    return switch (keyword) {
      case "type" -> "; fix the value's type";
      case "enum" -> "; use one of the listed values";
      case "pattern" -> "; fix the value's format";
      case "minProperties", "maxProperties" ->
          "; a secret is {env: NAME} or {file: PATH}, a store is one of h2 or postgresql";
      default -> "";
    };
  }

  private static String join(String at, String property) {
    if (property == null || property.isEmpty()) {
      return at;
    }
    return at.isEmpty() ? property : at + "." + property;
  }

  /**
   * The validator's instance location as a configuration key: {@code /targets/0/url} (JSON Pointer)
   * or {@code $.targets[0].url} become {@code targets[0].url}.
   *
   * @param instanceLocation the location as the validator prints it
   * @return the key; empty for the top level
   */
  static String key(String instanceLocation) {
    if (instanceLocation.startsWith("/") || instanceLocation.isEmpty()) {
      StringBuilder key = new StringBuilder();
      for (String segment : instanceLocation.split("/")) {
        if (segment.isEmpty()) {
          continue;
        }
        String name = segment.replace("~1", "/").replace("~0", "~");
        if (name.chars().allMatch(Character::isDigit)) {
          key.append('[').append(name).append(']');
        } else {
          key.append(key.length() == 0 ? "" : ".").append(name);
        }
      }
      return key.toString();
    }
    String key =
        instanceLocation.startsWith("$") ? instanceLocation.substring(1) : instanceLocation;
    return key.startsWith(".") ? key.substring(1) : key;
  }
}
