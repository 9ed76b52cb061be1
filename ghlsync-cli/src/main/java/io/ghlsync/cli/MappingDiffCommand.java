package io.ghlsync.cli;

import io.ghlsync.sync.store.RecordedVersion;
import io.ghlsync.sync.store.VersionKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code ghlsync mapping diff V1 V2}: what changed between two recorded versions. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description =
        "What changed between two recorded versions of a target's mapping (or scoring or rules):"
            + " each added, removed or changed setting by its path; rules are matched by their"
            + " target field, not their position.")
final class MappingDiffCommand extends CliCommand {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Parameters(index = "0", paramLabel = "V1", description = "the older version")
  private String from = "";

  @Parameters(index = "1", paramLabel = "V2", description = "the newer version")
  private String to = "";

  @Option(names = "--target", paramLabel = "NAME", description = "the target (if several)")
  private @Nullable String target;

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      defaultValue = "mapping",
      description = "mapping (default), scoring or rules")
  private String kind = "mapping";

  @Override
  int run() {
    VersionKind versionKind = kind(kind);
    try (Session session = Session.open(config())) {
      String t = target;
      if (t == null) {
        if (session.targets.size() > 1) {
          throw CliFailure.usage(
              "several targets are configured; choose one with --target "
                  + session.targets.keySet());
        }
        t = session.targets.keySet().iterator().next();
      }
      RecordedVersion a = find(session, t, versionKind, from);
      RecordedVersion b = find(session, t, versionKind, to);
      Map<String, String> before = flatten(JSON.readTree(a.content()));
      Map<String, String> after = flatten(JSON.readTree(b.content()));
      List<Map<String, Object>> changes = new ArrayList<>();
      Set<String> paths = new LinkedHashSet<>(before.keySet());
      paths.addAll(after.keySet());
      for (String path : paths) {
        String x = before.get(path);
        String y = after.get(path);
        if (x == null || y == null || !x.equals(y)) {
          Map<String, Object> c = new LinkedHashMap<>();
          c.put("path", path);
          c.put("change", x == null ? "added" : y == null ? "removed" : "changed");
          c.put("before", x == null ? "" : x);
          c.put("after", y == null ? "" : y);
          changes.add(c);
        }
      }
      String targetName = t;
      output()
          .print(
              Map.of("target", t, "kind", kind, "from", from, "to", to, "changes", changes),
              () -> {
                List<String> lines = new ArrayList<>();
                lines.add(
                    targetName
                        + " "
                        + kind
                        + " "
                        + from
                        + " -> "
                        + to
                        + ": "
                        + changes.size()
                        + " change(s)");
                for (Map<String, Object> c : changes) {
                  lines.add(
                      switch (String.valueOf(c.get("change"))) {
                        case "added" -> "  + " + c.get("path") + " = " + c.get("after");
                        case "removed" -> "  - " + c.get("path") + " = " + c.get("before");
                        default ->
                            "  ~ "
                                + c.get("path")
                                + ": "
                                + c.get("before")
                                + " -> "
                                + c.get("after");
                      });
                }
                return lines;
              });
      return Ghlsync.OK;
    }
  }

  static VersionKind kind(String name) {
    try {
      return VersionKind.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw CliFailure.usage("--kind must be mapping, scoring or rules, was '" + name + "'");
    }
  }

  private static RecordedVersion find(
      Session session, String target, VersionKind kind, String version) {
    return session
        .store()
        .versions()
        .get(target, kind, version)
        .orElseThrow(
            () ->
                CliFailure.usage(
                    target
                        + " has no recorded "
                        + kind.name().toLowerCase(Locale.ROOT)
                        + " version '"
                        + version
                        + "'; ghlsync mapping history lists them"));
  }

  /**
   * Flattens JSON into path -> value text. Array elements that name a {@code target} (field rules)
   * or an {@code id} (score and activity rules) are keyed by it, so that inserting a rule does not
   * show every later rule as changed.
   *
   * @param node the JSON
   * @return the leaves by path
   */
  static Map<String, String> flatten(JsonNode node) {
    Map<String, String> out = new LinkedHashMap<>();
    flatten(node, "", out);
    return out;
  }

  private static void flatten(JsonNode node, String path, Map<String, String> out) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        flatten(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), out);
      }
    } else if (node.isArray() && node.size() > 0 && node.get(0).isObject()) {
      for (int i = 0; i < node.size(); i++) {
        JsonNode item = node.get(i);
        String key =
            item.hasNonNull("target")
                ? item.get("target").asText()
                : item.hasNonNull("id") ? item.get("id").asText() : String.valueOf(i);
        flatten(item, path + "[" + key + "]", out);
      }
    } else {
      out.put(path, node.toString());
    }
  }
}
