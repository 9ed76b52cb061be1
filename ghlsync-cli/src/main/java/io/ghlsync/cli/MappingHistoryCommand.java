package io.ghlsync.cli;

import io.ghlsync.sync.store.RecordedVersion;
import io.ghlsync.sync.store.VersionKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ghlsync mapping history}: the changelog of mapping, scoring and rules versions. */
@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    description = {
      "Every mapping, scoring and rules version the engine has used, oldest first, from the store:"
          + " version, name, content hash and when it was first used. The audit names these"
          + " versions, so any past write can be traced to the exact rules that produced it.",
      "Opening the store records the versions of the configured files first (a file whose content"
          + " changed under an unchanged version is refused: give it a new version)."
    })
final class MappingHistoryCommand extends CliCommand {
  @Option(names = "--target", paramLabel = "NAME", description = "only this target")
  private @Nullable String target;

  @Option(names = "--kind", paramLabel = "KIND", description = "only mapping, scoring or rules")
  private @Nullable String kind;

  @Override
  int run() {
    VersionKind only = kind == null ? null : MappingDiffCommand.kind(kind);
    try (Session session = Session.open(config())) {
      List<Map<String, Object>> docs = new ArrayList<>();
      for (RecordedVersion v : session.store().versions().list()) {
        if ((target == null || target.equals(v.target())) && (only == null || only == v.kind())) {
          docs.add(document(v));
        }
      }
      output()
          .print(
              Map.of("versions", docs),
              () -> {
                List<String> lines = new ArrayList<>();
                lines.add(docs.size() + " recorded version(s), oldest first:");
                for (Map<String, Object> d : docs) {
                  lines.add(
                      "  "
                          + d.get("recordedAt")
                          + "  "
                          + d.get("target")
                          + "  "
                          + d.get("kind")
                          + " "
                          + d.get("name")
                          + " version "
                          + d.get("version")
                          + "  sha256 "
                          + String.valueOf(d.get("hash")).substring(0, 12));
                }
                return lines;
              });
      return Ghlsync.OK;
    }
  }

  private static Map<String, Object> document(RecordedVersion v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("target", v.target());
    m.put("kind", v.kind().name().toLowerCase(Locale.ROOT));
    m.put("version", v.version());
    m.put("name", v.name());
    m.put("hash", v.hash());
    m.put("recordedAt", v.recordedAt().toString());
    return m;
  }
}
