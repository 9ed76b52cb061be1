package io.ghlsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Every command against the in-process sandbox (fakes started by the command itself). */
class SandboxCommandsTest {
  @TempDir static Path dir;
  static String config;

  @BeforeAll
  static void writeConfig() throws IOException {
    Path file = dir.resolve("sandbox.yaml");
    Files.writeString(
        file,
        String.join(
            "\n",
            "sandbox: {contacts: 6}",
            "ghl: {scopes: [contacts.readonly, contacts.write]}",
            "targets:",
            "  - name: onoffice",
            "    type: onoffice",
            "    mapping: " + CliRun.DEMO.resolve("ghl-to-onoffice.json"),
            "    scoring: " + CliRun.DEMO.resolve("realestate-scoring.json"),
            "    rules: " + CliRun.DEMO.resolve("realestate-rules.json"),
            "    onDelete: {contact: archive, task: archive}",
            "  - name: optmyzr",
            "    type: optmyzr",
            "enrichment: {defaultRegion: DE}",
            "engine: {workers: 2, batchSize: 5}",
            ""));
    config = file.toString();
  }

  @Test
  void backfillSyncsEveryContactToBothTargetsWithAProgressBar() {
    CliRun run = CliRun.of("--config", config, "backfill");

    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains(
            "Backfill of " + CliConfig.SANDBOX_LOCATION + " to onoffice, optmyzr: 6 contact(s)")
        .contains("Done: 6 contact(s) synced")
        .contains("0 dead letter(s) in this run");
    assertThat(run.err()).contains("backfill 100%").contains("6/6 contacts").contains("contacts/s");
  }

  @Test
  void backfillAsJsonCountsWhatItDid() {
    CliRun run = CliRun.of("--config", config, "--json", "backfill");

    assertThat(run.exit()).as(run.toString()).isZero();
    JsonNode doc = run.json();
    assertThat(doc.get("synced").asInt()).isEqualTo(6);
    assertThat(doc.get("writes").asInt()).isPositive();
    assertThat(doc.get("interrupted").asBoolean()).isFalse();
    assertThat(doc.get("queue").get("deadLetters").asInt()).isZero();
    assertThat(run.err()).doesNotContain("backfill 100%");
  }

  @Test
  void checkReadsASampleContactAndEveryTarget() {
    CliRun run = CliRun.of("--config", config, "check");

    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("ok      ghl location " + CliConfig.SANDBOX_LOCATION + ": GET /contacts/")
        .contains("ok      onoffice: address search answered")
        .contains("ok      optmyzr: contacts list answered")
        .contains("All checks passed.");
  }

  @Test
  void planShowsPerTargetWhatWouldBeCreatedAndLinked() {
    CliRun run = CliRun.of("--config", config, "--json", "plan", "--limit", "3");

    assertThat(run.exit()).as(run.toString()).isZero();
    JsonNode doc = run.json();
    assertThat(doc.get("contacts").size()).isEqualTo(3);
    // The sandbox's first contact already exists in onOffice: linked, not created.
    assertThat(doc.get("targets").get("onoffice").get("counts").get("LINKED_DUPLICATE").asInt())
        .isEqualTo(1);
    assertThat(doc.get("targets").get("optmyzr").get("counts").get("CREATED").asInt())
        .isGreaterThanOrEqualTo(3);
    CliRun text = CliRun.of("--config", config, "plan", "--limit", "2");
    assertThat(text.out()).contains("(nothing written)").contains("onoffice:").contains("CREATED");
  }

  @Test
  void syncOneContactAndTryItsMapping() {
    String id =
        CliRun.of("--config", config, "--json", "plan", "--limit", "2")
            .json()
            .get("contacts")
            .get(1)
            .asText();

    CliRun sync = CliRun.of("--config", config, "sync", "--contact", id);
    assertThat(sync.exit()).as(sync.toString()).isZero();
    assertThat(sync.out()).contains("Contact " + id + ": SYNCED").contains("CREATED");

    CliRun mapping = CliRun.of("--config", config, "mapping", "test", "--contact", id);
    assertThat(mapping.exit()).as(mapping.toString()).isZero();
    assertThat(mapping.out())
        .contains("onoffice (mapping demo-ghl-to-onoffice version")
        .contains("score ")
        .contains("optmyzr (mapping");
    CliRun json =
        CliRun.of(
            "--config",
            config,
            "--json",
            "mapping",
            "test",
            "--contact",
            id,
            "--target",
            "optmyzr");
    assertThat(json.json().get("targets").has("onoffice")).isFalse();
    assertThat(json.json().get("targets").get("optmyzr").get("fields").size()).isPositive();
  }

  @Test
  void mappingTestReadsASampleFileAndSaysWhyARuleGaveNoValue() throws IOException {
    Path sample = dir.resolve("contact.json");
    Files.writeString(
        sample,
        "{\"contact\": {\"id\": \"c1\", \"firstName\": \" Ada \", \"lastName\": \"Lovelace\"}}");

    CliRun run =
        CliRun.of(
            "--config",
            config,
            "mapping",
            "test",
            "--sample",
            sample.toString(),
            "--target",
            "onoffice");

    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(run.out()).contains("= Ada").contains("has no value");
    CliRun unknown =
        CliRun.of(
            "--config", config, "mapping", "test", "--sample", sample.toString(), "--target", "x");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("no target named 'x'");
  }

  @Test
  void statusAuditAndDeadLettersOfAFreshSandboxStoreAreEmpty() {
    CliRun status = CliRun.of("--config", config, "--json", "status");
    assertThat(status.exit()).as(status.toString()).isZero();
    assertThat(status.json().get("queue").get("ready").asInt()).isZero();
    assertThat(status.json().get("targets").size()).isEqualTo(2);

    CliRun audit = CliRun.of("--config", config, "audit", "--contact", "nobody");
    assertThat(audit.exit()).isZero();
    assertThat(audit.out()).contains("Audit trail of contact nobody: 0 entries");

    CliRun letters = CliRun.of("--config", config, "dead-letters", "list");
    assertThat(letters.exit()).isZero();
    assertThat(letters.out()).contains("0 dead letter(s)");
  }

  @Test
  void pollQueuesEveryContactOnTheFirstPoll() {
    CliRun run = CliRun.of("--config", config, "poll");

    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("Polled " + CliConfig.SANDBOX_LOCATION + ": 6 contact(s) changed.")
        .contains("6 contact(s) synced");
  }
}
