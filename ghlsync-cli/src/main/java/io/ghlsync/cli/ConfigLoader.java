package io.ghlsync.cli;

import io.ghlsync.core.RetryConfig;
import io.ghlsync.core.Secret;
import io.ghlsync.sync.model.DeletePolicy;
import io.ghlsync.sync.model.EntityKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads the YAML configuration and checks it in three steps, each failing with the key and the fix
 * before anything is contacted or written: inline secrets are refused, the document is checked
 * against the shipped JSON Schema (unknown keys, types, required keys), then the values are read
 * (files exist, referenced secrets are set, durations parse).
 */
final class ConfigLoader {
  private static final String DEFAULT_GHL_URL = "https://services.leadconnectorhq.com";
  private static final Set<String> SECRET_KEYS =
      Set.of("privateToken", "token", "secret", "apiKey", "password");

  private ConfigLoader() {}

  /**
   * Loads a configuration file.
   *
   * @param file the YAML file
   * @param env the environment ({@code {env: NAME}} references)
   * @return the checked configuration
   * @throws CliFailure (exit code 2) naming the key and the fix
   */
  static CliConfig load(Path file, Map<String, String> env) {
    if (!Files.isRegularFile(file)) {
      throw CliFailure.usage(
          "configuration file "
              + file
              + " not found; pass --config FILE (e.g. --config examples/sandbox.yaml) or set"
              + " GHLSYNC_CONFIG");
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw CliFailure.usage("configuration file " + file + " cannot be read: " + e.getMessage());
    }
    return parse(text, file.toAbsolutePath().normalize(), env);
  }

  /**
   * Checks configuration text.
   *
   * @param text the YAML text
   * @param file where it came from (relative paths are resolved against its folder)
   * @param env the environment
   * @return the checked configuration
   */
  static CliConfig parse(String text, Path file, Map<String, String> env) {
    Object document;
    try {
      document =
          new Load(LoadSettings.builder().setLabel(file.toString()).build()).loadFromString(text);
    } catch (YamlEngineException e) {
      throw CliFailure.usage(
          "configuration file " + file + " is not valid YAML: " + e.getMessage());
    }
    if (!(document instanceof Map<?, ?>)) {
      throw CliFailure.usage(
          "configuration file "
              + file
              + " must be a YAML mapping with at least 'targets'; see examples/sandbox.yaml");
    }
    refuseInlineSecrets(document, "");
    List<String> problems = ConfigSchema.problems(document);
    if (!problems.isEmpty()) {
      throw CliFailure.usage(String.join("\n  ", problems));
    }
    return new ConfigReader(file, env).read(new Node("", document));
  }

  /** A secret written into the file is refused wherever it is, before anything else is checked. */
  private static void refuseInlineSecrets(Object value, String key) {
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        String name = String.valueOf(e.getKey());
        String child = key.isEmpty() ? name : key + "." + name;
        if (SECRET_KEYS.contains(name) && !(e.getValue() instanceof Map<?, ?>)) {
          throw CliFailure.config(
              child,
              "inline secrets are refused (the value is not shown)",
              "reference it instead: {env: VARIABLE} or {file: /path/to/secret}");
        }
        refuseInlineSecrets(e.getValue(), child);
      }
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        refuseInlineSecrets(list.get(i), key + "[" + i + "]");
      }
    }
  }

  /**
   * Parses a duration: {@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h}, {@code 1d} or ISO-8601.
   *
   * @param text the text
   * @param key the configuration key, for the message
   * @return the duration
   */
  static Duration duration(String text, String key) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    try {
      if (t.startsWith("p")) {
        return Duration.parse(text.trim());
      }
      if (t.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
      }
      long n = Long.parseLong(t.substring(0, t.length() - 1));
      return switch (t.charAt(t.length() - 1)) {
        case 's' -> Duration.ofSeconds(n);
        case 'm' -> Duration.ofMinutes(n);
        case 'h' -> Duration.ofHours(n);
        case 'd' -> Duration.ofDays(n);
        default -> throw new NumberFormatException(t);
      };
    } catch (RuntimeException e) {
      throw CliFailure.config(
          key, "'" + text + "' is not a duration", "write e.g. 30s, 5m or PT5M");
    }
  }

  /** A value of the document with its key, for messages. */
  record Node(String key, Object value) {
    Optional<Node> child(String name) {
      if (value instanceof Map<?, ?> map && map.containsKey(name) && map.get(name) != null) {
        return Optional.of(new Node(key.isEmpty() ? name : key + "." + name, map.get(name)));
      }
      return Optional.empty();
    }

    Optional<String> text(String name) {
      return child(name).map(n -> String.valueOf(n.value));
    }

    Optional<Integer> integer(String name) {
      return child(name).map(n -> ((Number) n.value).intValue());
    }

    List<Node> items() {
      List<Node> out = new ArrayList<>();
      if (value instanceof List<?> list) {
        for (int i = 0; i < list.size(); i++) {
          out.add(new Node(key + "[" + i + "]", list.get(i)));
        }
      }
      return out;
    }
  }

  /** Turns a schema-valid document into the typed configuration. */
  private static final class ConfigReader {
    private final Path file;
    private final Path folder;
    private final Map<String, String> env;

    ConfigReader(Path file, Map<String, String> env) {
      this.file = file;
      Path parent = file.getParent();
      this.folder = parent == null ? Path.of(".") : parent;
      this.env = env;
    }

    CliConfig read(Node root) {
      Optional<Integer> sandbox = root.child("sandbox").map(n -> n.integer("contacts").orElse(50));
      CliConfig.Ghl ghl = ghl(root.child("ghl"), sandbox.isPresent());
      List<CliConfig.Target> targets = new ArrayList<>();
      Set<String> names = new HashSet<>();
      for (Node t : root.child("targets").map(Node::items).orElse(List.of())) {
        CliConfig.Target target = target(t, sandbox.isPresent());
        if (!names.add(target.name())) {
          throw CliFailure.config(
              t.key + ".name",
              "target name '" + target.name() + "' is used twice",
              "give each target its own name");
        }
        targets.add(target);
      }
      Optional<String> region = root.child("enrichment").flatMap(e -> e.text("defaultRegion"));
      if (targets.stream().anyMatch(t -> t.scoring().isPresent() || t.rules().isPresent())
          && region.isEmpty()) {
        throw CliFailure.config(
            "enrichment.defaultRegion",
            "missing; scoring and rules files read the enriched fields",
            "add e.g. enrichment: {defaultRegion: DE}");
      }
      CliConfig.Store store =
          sandbox.isPresent() ? new CliConfig.Fresh() : store(root.child("store"));
      return new CliConfig(
          file,
          sandbox,
          ghl,
          targets,
          region,
          store,
          retry(root.child("retry")),
          root.child("triggers")
              .flatMap(t -> t.child("poll"))
              .flatMap(p -> p.text("interval").map(s -> duration(s, p.key + ".interval")))
              .orElse(Duration.ofMinutes(5)),
          root.child("triggers")
              .flatMap(t -> t.child("backfill"))
              .flatMap(b -> b.integer("pageSize"))
              .orElse(100),
          root.child("engine").flatMap(e -> e.integer("workers")).orElse(4),
          root.child("engine").flatMap(e -> e.integer("batchSize")).orElse(50));
    }

    private CliConfig.Ghl ghl(Optional<Node> node, boolean sandbox) {
      Node ghl = node.orElse(new Node("ghl", Map.of()));
      List<String> scopes =
          ghl.child("scopes").map(n -> strings(n)).orElse(List.of("contacts.readonly"));
      Optional<String> sample = ghl.text("sampleContactId");
      if (sandbox) {
        return new CliConfig.Ghl(
            "", List.of(CliConfig.SANDBOX_LOCATION), Optional.empty(), scopes, sample);
      }
      List<String> locations =
          ghl.child("locations")
              .map(ConfigReader::strings)
              .orElseThrow(
                  () ->
                      CliFailure.config(
                          "ghl.locations", "missing", "list the GHL location ids to sync"));
      Node credentials =
          ghl.child("credentials")
              .orElseThrow(
                  () ->
                      CliFailure.config(
                          "ghl.credentials.privateToken",
                          "missing",
                          "add privateToken: {env: GHL_PRIVATE_TOKEN}"));
      Secret token = secret(credentials.child("privateToken").orElseThrow(), "privateToken");
      return new CliConfig.Ghl(
          ghl.text("baseUrl").orElse(DEFAULT_GHL_URL),
          locations,
          Optional.of(token),
          scopes,
          sample);
    }

    private CliConfig.Target target(Node t, boolean sandbox) {
      String typeName = t.text("type").orElseThrow();
      CliConfig.TargetType type = CliConfig.TargetType.valueOf(typeName.toUpperCase(Locale.ROOT));
      String name = t.text("name").orElse(typeName);
      Map<String, Secret> credentials = new LinkedHashMap<>();
      List<String> needed =
          type == CliConfig.TargetType.ONOFFICE ? List.of("token", "secret") : List.of("apiKey");
      if (!sandbox) {
        for (String secretName : needed) {
          Node ref =
              t.child("credentials")
                  .flatMap(c -> c.child(secretName))
                  .orElseThrow(
                      () ->
                          CliFailure.config(
                              t.key + ".credentials." + secretName,
                              "missing for a " + typeName + " target",
                              "add "
                                  + secretName
                                  + ": {env: "
                                  + typeName.toUpperCase(Locale.ROOT)
                                  + "_"
                                  + secretName.toUpperCase(Locale.ROOT)
                                  + "}"));
          credentials.put(secretName, secret(ref, secretName));
        }
        if (type == CliConfig.TargetType.OPTMYZR && t.text("url").isEmpty()) {
          throw CliFailure.config(
              t.key + ".url",
              "missing for an optmyzr target (Optmyzr publishes no contacts API)",
              "set the base URL of your contacts contract endpoint");
        }
      }
      Map<EntityKind, DeletePolicy> onDelete = new EnumMap<>(EntityKind.class);
      t.child("onDelete")
          .ifPresent(
              d -> {
                for (EntityKind kind : EntityKind.values()) {
                  d.text(kind.name().toLowerCase(Locale.ROOT))
                      .ifPresent(
                          p ->
                              onDelete.put(kind, DeletePolicy.valueOf(p.toUpperCase(Locale.ROOT))));
                }
              });
      return new CliConfig.Target(
          t.key,
          name,
          type,
          t.text("url"),
          credentials,
          file(t, "mapping"),
          file(t, "scoring"),
          file(t, "rules"),
          onDelete);
    }

    private Optional<Path> file(Node parent, String name) {
      return parent
          .child(name)
          .map(
              n -> {
                Path path = folder.resolve(String.valueOf(n.value)).normalize();
                if (!Files.isRegularFile(path)) {
                  throw CliFailure.config(
                      n.key,
                      "file " + path + " not found",
                      "give a path relative to " + folder + " or an absolute one");
                }
                return path;
              });
    }

    private CliConfig.Store store(Optional<Node> node) {
      if (node.isPresent() && node.get().child("postgresql").isPresent()) {
        Node pg = node.get().child("postgresql").orElseThrow();
        return new CliConfig.Postgres(
            pg.text("url").orElseThrow(),
            pg.text("user"),
            pg.child("password").map(p -> secret(p, "password")));
      }
      String h2 = node.flatMap(n -> n.text("h2")).orElse(".ghlsync/store");
      return new CliConfig.H2File(folder.resolve(h2).normalize());
    }

    private RetryConfig retry(Optional<Node> node) {
      RetryConfig defaults = RetryConfig.defaults();
      if (node.isEmpty()) {
        return defaults;
      }
      Node r = node.get();
      Duration initial =
          r.text("initialDelay")
              .map(s -> duration(s, r.key + ".initialDelay"))
              .orElse(defaults.initialDelay());
      Duration max =
          r.text("maxDelay").map(s -> duration(s, r.key + ".maxDelay")).orElse(defaults.maxDelay());
      if (initial.isZero() || max.compareTo(initial) <= 0) {
        throw CliFailure.config(
            r.key + ".maxDelay",
            "must be longer than initialDelay (" + initial + "), which must be positive",
            "e.g. initialDelay: 1s, maxDelay: 5m");
      }
      return new RetryConfig(
          r.integer("maxAttempts").orElse(defaults.maxAttempts()),
          initial,
          max,
          defaults.jitterFactor());
    }

    private Secret secret(Node ref, String name) {
      Map<?, ?> map = (Map<?, ?>) ref.value;
      if (map.containsKey("env")) {
        String variable = String.valueOf(map.get("env"));
        String value = env.get(variable);
        if (value == null || value.isBlank()) {
          throw CliFailure.config(
              ref.key,
              "environment variable " + variable + " is not set",
              "export it, or use {file: PATH}");
        }
        return Secret.of(value, name);
      }
      Path path = folder.resolve(String.valueOf(map.get("file"))).normalize();
      try {
        String value = Files.readString(path, StandardCharsets.UTF_8).strip();
        if (value.isEmpty()) {
          throw CliFailure.config(ref.key, "file " + path + " is empty", "put the secret in it");
        }
        return Secret.of(value, name);
      } catch (IOException e) {
        throw CliFailure.config(
            ref.key,
            "file " + path + " cannot be read (" + e.getClass().getSimpleName() + ")",
            "check the path and its permissions");
      }
    }

    private static List<String> strings(Node n) {
      List<String> out = new ArrayList<>();
      n.items().forEach(i -> out.add(String.valueOf(i.value)));
      return out;
    }
  }
}
