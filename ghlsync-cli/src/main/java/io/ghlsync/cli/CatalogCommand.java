package io.ghlsync.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ghlsync catalog}: what the SDK can do, generated from the code. */
@Command(
    name = "catalog",
    mixinStandardHelpOptions = true,
    description = {
      "Lists every action and trigger the SDK offers, read from the code itself: the GHL Contacts"
          + " operations (+ task search) with method, path, required scope and the SDK methods"
          + " that call them; the GHL webhook triggers; the onOffice and Optmyzr actions; the"
          + " engine's actions. Needs no configuration.",
      "--schema prints the JSON Schema of the configuration file instead."
    })
final class CatalogCommand extends CliCommand {
  @Option(
      names = "--scope",
      paramLabel = "SCOPE",
      description = "only GHL operations needing this scope, e.g. contacts.readonly")
  private @Nullable String scope;

  @Option(names = "--schema", description = "print the configuration's JSON Schema")
  private boolean schema;

  @Override
  int run() {
    if (schema) {
      console().out().println(ConfigSchema.text());
      return Ghlsync.OK;
    }
    List<Map<String, Object>> entries = new ArrayList<>();
    for (Map<String, Object> e : OperationsCatalog.entries()) {
      if (scope == null || scope.equals(e.get("scope"))) {
        entries.add(e);
      }
    }
    if (entries.isEmpty()) {
      throw CliFailure.usage(
          "no operation needs scope '"
              + scope
              + "'; the scopes are contacts.readonly, contacts.write, locations/tasks.readonly");
    }
    output()
        .print(
            Map.of("entries", entries),
            () -> {
              List<String> lines = new ArrayList<>();
              String kind = "";
              for (Map<String, Object> e : entries) {
                if (!kind.equals(e.get("kind"))) {
                  kind = String.valueOf(e.get("kind"));
                  lines.add("");
                  lines.add(kind + ":");
                }
                StringBuilder line = new StringBuilder("  ").append(e.get("name"));
                if (e.containsKey("method")) {
                  line.append("  ")
                      .append(e.get("method"))
                      .append(' ')
                      .append(e.get("path"))
                      .append("  [")
                      .append(e.get("scope"))
                      .append("]  ")
                      .append(String.join(", ", castList(e.get("sdk"))));
                }
                if (e.containsKey("resource")) {
                  line.append("  resource ").append(e.get("resource"));
                }
                if (Boolean.TRUE.equals(e.get("queuesSync"))) {
                  line.append("  (queues the contact for sync)");
                }
                lines.add(line.toString());
              }
              return lines;
            });
    return Ghlsync.OK;
  }

  @SuppressWarnings("unchecked")
  private static List<String> castList(@Nullable Object value) {
    return value == null ? List.of() : (List<String>) value;
  }
}
