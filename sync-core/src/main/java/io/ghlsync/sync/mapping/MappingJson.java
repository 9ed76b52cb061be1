package io.ghlsync.sync.mapping;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import okio.Okio;

/**
 * Loads a {@link Mapping} from JSON, so a mapping can change without code. Every problem is found
 * at load time and reported with the rule it belongs to, e.g. {@code mapping 'x' contact rule #3
 * 'Email': unknown transform 'lowcase'}.
 *
 * <p>Format (see sync-core/README.md for every key):
 *
 * <pre>{@code
 * {"name": "ghl-to-x", "version": "3",
 *  "contact": [{"target": "Email", "source": "email", "transforms": ["trim", "lowercase"]},
 *              {"target": "Status", "constant": 1, "personal": false}],
 *  "task": [...], "note": [...],
 *  "notesSummary": {"target": "Memo", "zone": "Europe/Berlin", "maxLength": 500}}
 * }</pre>
 */
public final class MappingJson {
  private static final Set<String> TOP_KEYS =
      Set.of("name", "version", "description", "contact", "task", "note", "notesSummary");
  private static final Set<String> SUMMARY_KEYS =
      Set.of("target", "zone", "maxLength", "maxNotes", "maxEntryLength", "separator");

  private MappingJson() {}

  /**
   * Parses a mapping from JSON text.
   *
   * @param json the JSON text
   * @param functions custom transforms the mapping may name
   * @return the validated mapping
   * @throws MappingException naming the rule when the mapping is invalid
   */
  public static Mapping parse(String json, TransformFunctions functions) {
    return load(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), functions);
  }

  /**
   * Loads a mapping from a file.
   *
   * @param file the JSON file
   * @param functions custom transforms the mapping may name
   * @return the validated mapping
   * @throws MappingException naming the rule when the mapping is invalid
   * @throws UncheckedIOException when the file cannot be read
   */
  public static Mapping load(Path file, TransformFunctions functions) {
    try (InputStream in = Files.newInputStream(file)) {
      return load(in, functions);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read mapping file " + file, e);
    }
  }

  /**
   * Loads a mapping from the class path, e.g. {@code /io/ghlsync/sync/mappings/x.json}.
   *
   * @param resource the absolute resource name
   * @param functions custom transforms the mapping may name
   * @return the validated mapping
   * @throws MappingException when the resource is missing or invalid
   */
  public static Mapping resource(String resource, TransformFunctions functions) {
    InputStream in = MappingJson.class.getResourceAsStream(resource);
    if (in == null) {
      throw new MappingException("mapping resource not found on the class path: " + resource);
    }
    try (in) {
      return load(in, functions);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read mapping resource " + resource, e);
    }
  }

  /**
   * Loads a mapping from a stream (not closed).
   *
   * @param in UTF-8 JSON
   * @param functions custom transforms the mapping may name
   * @return the validated mapping
   * @throws MappingException naming the rule when the mapping is invalid
   */
  public static Mapping load(InputStream in, TransformFunctions functions) {
    Object tree;
    try {
      JsonReader reader = JsonReader.of(Okio.buffer(Okio.source(in)));
      tree = reader.readJsonValue();
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new MappingException("mapping JSON has content after the top-level object");
      }
    } catch (JsonEncodingException | JsonDataException | java.io.EOFException e) {
      throw new MappingException("mapping is not valid JSON: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read mapping", e);
    }
    JsonNode root = JsonNode.root(tree, "mapping");
    root.onlyKeys(TOP_KEYS);
    String name = root.string("name");
    JsonNode named = JsonNode.root(tree, "mapping '" + name + "'");
    String version = named.string("version");
    named.optionalString("description");
    RuleReader rules = new RuleReader(functions);
    Mapping.Builder builder = Mapping.builder(name, version);
    readRules(named, "contact", rules).forEach(builder::contact);
    readRules(named, "task", rules).forEach(builder::task);
    readRules(named, "note", rules).forEach(builder::note);
    Optional<JsonNode> summary = named.optionalObject("notesSummary");
    summary.ifPresent(s -> builder.notesSummary(summaryRule(s)));
    return builder.build();
  }

  private static List<FieldRule> readRules(JsonNode root, String entity, RuleReader reader) {
    List<FieldRule> out = new ArrayList<>();
    List<JsonNode> items = root.optionalArray(entity);
    for (int i = 0; i < items.size(); i++) {
      JsonNode raw = items.get(i);
      String target =
          raw.value() instanceof Map<?, ?> m && m.get("target") instanceof String t ? t : "?";
      JsonNode rule =
          raw.renamed(root.context() + " " + entity + " rule #" + (i + 1) + " '" + target + "'");
      out.add(reader.read(rule));
    }
    return out;
  }

  private static NotesSummaryRule summaryRule(JsonNode node) {
    node.onlyKeys(SUMMARY_KEYS);
    NotesSummaryRule defaults = NotesSummaryRule.of(node.string("target"), ZoneId.of("UTC"));
    ZoneId zone;
    try {
      zone = ZoneId.of(node.string("zone"));
    } catch (DateTimeException e) {
      throw node.error("'zone' is not a zone id such as Europe/Berlin or UTC");
    }
    try {
      return new NotesSummaryRule(
          defaults.target(),
          node.optionalInt("maxLength").orElse(defaults.maxLength()),
          node.optionalInt("maxNotes").orElse(defaults.maxNotes()),
          node.optionalInt("maxEntryLength").orElse(defaults.maxEntryLength()),
          zone,
          node.optionalString("separator").orElse(defaults.separator()));
    } catch (IllegalArgumentException e) {
      throw node.error(e.getMessage());
    }
  }
}
