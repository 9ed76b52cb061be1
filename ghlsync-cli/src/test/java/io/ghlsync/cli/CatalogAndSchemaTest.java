package io.ghlsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.ghl.internal.GhlOperation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.databind.JsonNode;

/** The operations catalog covers the SDK; the shipped schema accepts the shipped examples. */
class CatalogAndSchemaTest {
  @Test
  void everyPublicGhlServiceMethodIsInTheCatalog() {
    Set<String> listed = new HashSet<>();
    JsonNode entries = CliRun.of("--json", "catalog").json().get("entries");
    entries.forEach(e -> e.path("sdk").forEach(m -> listed.add(m.asText())));

    assertThat(OperationsCatalog.ghlServiceMethods()).isNotEmpty();
    assertThat(listed).containsAll(OperationsCatalog.ghlServiceMethods());
    assertThat(listed).contains("contacts().get", "contacts().searchAll", "tasks().search");
  }

  @Test
  void listsEveryGhlOperationWithMethodPathAndScope() {
    JsonNode entries = CliRun.of("--json", "catalog").json().get("entries");
    int operations = 0;
    for (JsonNode e : entries) {
      if (e.get("kind").asText().equals("ghl-operation")) {
        operations++;
        assertThat(e.get("method").asText()).matches("GET|POST|PUT|DELETE");
        assertThat(e.get("path").asText()).startsWith("/");
        assertThat(e.get("sdk").size()).as(e.toString()).isPositive();
      }
    }
    assertThat(operations).isEqualTo(GhlOperation.values().length).isEqualTo(33);
    assertThat(entries.toString())
        .contains("\"name\":\"ContactUpdate\"")
        .contains("\"kind\":\"onoffice-action\"")
        .contains("\"kind\":\"optmyzr-action\"")
        .contains("\"name\":\"backfill\"");
  }

  @Test
  void filtersByScopeAndPrintsText() {
    CliRun readOnly = CliRun.of("catalog", "--scope", "locations/tasks.readonly");
    assertThat(readOnly.exit()).isZero();
    assertThat(readOnly.out())
        .contains(
            "tasksSearch  POST /locations/{locationId}/tasks/search  [locations/tasks.readonly]")
        .doesNotContain("contactsGet");
    CliRun all = CliRun.of("catalog");
    assertThat(all.out())
        .contains("ghl-webhook-trigger:")
        .contains("(queues the contact for sync)");
    assertThat(CliRun.of("catalog", "--scope", "nope").exit()).isEqualTo(2);
    assertThat(CliRun.of("catalog", "--schema").out()).contains("\"$schema\"");
  }

  @Test
  void theSchemaAcceptsTheExampleConfigurations() throws IOException {
    for (String name : new String[] {"sandbox.yaml", "ghlsync.yaml"}) {
      Path file = CliRun.EXAMPLES.resolve(name);
      Object document =
          new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file));
      assertThat(ConfigSchema.problems(document)).as(name).isEmpty();
    }
    assertThat(ConfigSchema.problems(Map.of("targets", "x"))).isNotEmpty();
  }

  @Test
  void theExampleConfigurationsLoad() {
    CliConfig sandbox = ConfigLoader.load(CliRun.EXAMPLES.resolve("sandbox.yaml"), Map.of());
    assertThat(sandbox.sandbox()).isTrue();
    assertThat(sandbox.targets()).hasSize(2);
    CliConfig real =
        ConfigLoader.load(
            CliRun.EXAMPLES.resolve("ghlsync.yaml"),
            Map.of(
                "GHL_PRIVATE_TOKEN",
                "pit",
                "ONOFFICE_TOKEN",
                "t",
                "ONOFFICE_SECRET",
                "s",
                "OPTMYZR_API_KEY",
                "k"));
    assertThat(real.sandbox()).isFalse();
    assertThat(real.store()).isInstanceOf(CliConfig.H2File.class);
    assertThat(real.toString()).doesNotContain("pit").doesNotContain("=k,");
  }
}
