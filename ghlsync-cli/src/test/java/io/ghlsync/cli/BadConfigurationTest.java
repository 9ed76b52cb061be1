package io.ghlsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad configuration stops every command with exit 2, the key named, nothing written. */
class BadConfigurationTest {
  @TempDir Path dir;

  private static final String TARGET =
      "targets:\n"
          + "  - type: onoffice\n"
          + "    url: http://127.0.0.1:1/api.php\n"
          + "    credentials: {token: {env: OO_TOKEN}, secret: {file: oo-secret.txt}}\n";

  private CliRun run(String yaml, String... command) throws IOException {
    Path file = dir.resolve("ghlsync.yaml");
    Files.writeString(file, yaml);
    Files.writeString(dir.resolve("oo-secret.txt"), "s3cr3t-value\n");
    String[] args = new String[command.length + 2];
    args[0] = "--config";
    args[1] = file.toString();
    System.arraycopy(command, 0, args, 2, command.length);
    return CliRun.of(Map.of("OO_TOKEN", "t0k3n-value", "GHL_TOKEN", "pit-value"), args);
  }

  private void assertNothingWritten() {
    assertThat(dir.resolve(".ghlsync")).doesNotExist();
  }

  @Test
  void aMissingKeyIsNamed() throws IOException {
    CliRun run =
        run("ghl: {locations: [L1], credentials: {privateToken: {env: GHL_TOKEN}}}\n", "backfill");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("configuration key 'targets': missing; add it");
    assertNothingWritten();
  }

  @Test
  void ghlIsRequiredOutsideTheSandbox() throws IOException {
    CliRun run = run(TARGET, "status");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("configuration key 'ghl': missing");
    assertNothingWritten();
  }

  @Test
  void anUnknownKeyIsNamed() throws IOException {
    CliRun run =
        run(
            "ghl: {locations: [L1], credentials: {privateToken: {env: GHL_TOKEN}}, baseUrll: x}\n"
                + TARGET,
            "check");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("configuration key 'ghl.baseUrll': unknown key");
    assertNothingWritten();
  }

  @Test
  void anInlineSecretIsRefusedWithoutShowingIt() throws IOException {
    CliRun run =
        run(
            "ghl: {locations: [L1], credentials: {privateToken: pit-12345-secret}}\n" + TARGET,
            "plan");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .contains("configuration key 'ghl.credentials.privateToken': inline secrets are refused")
        .contains("{env: VARIABLE}")
        .doesNotContain("pit-12345-secret");
    assertNothingWritten();
  }

  @Test
  void anUnsetEnvironmentVariableIsNamed() throws IOException {
    CliRun run =
        run(
            "ghl: {locations: [L1], credentials: {privateToken: {env: NOT_SET}}}\n" + TARGET,
            "sync",
            "--contact",
            "c1");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            "configuration key 'ghl.credentials.privateToken': environment variable NOT_SET is not set");
    assertNothingWritten();
  }

  @Test
  void anUnreachableServiceIsNamedBeforeAnythingIsWritten() throws IOException {
    CliRun run =
        run(
            "ghl: {baseUrl: 'http://127.0.0.1:1', locations: [L1],"
                + " credentials: {privateToken: {env: GHL_TOKEN}}}\n"
                + TARGET,
            "backfill");

    assertThat(run.exit()).as(run.toString()).isEqualTo(2);
    assertThat(run.err())
        .contains("configuration key 'ghl.baseUrl': cannot connect to 127.0.0.1:1");
    assertNothingWritten();
    CliRun check =
        CliRun.of(
            Map.of("OO_TOKEN", "t", "GHL_TOKEN", "p"),
            "--config",
            dir.resolve("ghlsync.yaml").toString(),
            "check");
    assertThat(check.exit()).isEqualTo(2);
    assertThat(check.err()).contains("'ghl.baseUrl'");
  }

  @Test
  void wrongTypesAndValuesAreNamed() throws IOException {
    CliRun run =
        run(
            "sandbox: {contacts: many}\n"
                + "targets: [{type: salesforce}]\n"
                + "retry: {initialDelay: soon}\n",
            "status");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .contains("configuration key 'sandbox.contacts'")
        .contains("configuration key 'targets[0].type'")
        .contains("configuration key 'retry.initialDelay'");
  }

  @Test
  void aMissingFileOrBrokenYamlIsReported() throws IOException {
    CliRun missing = CliRun.of("--config", dir.resolve("nope.yaml").toString(), "status");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("not found");

    CliRun broken = run("targets: [\n", "status");
    assertThat(broken.exit()).isEqualTo(2);
    assertThat(broken.err()).contains("is not valid YAML");
  }

  @Test
  void filesAndDeletePoliciesAreChecked() throws IOException {
    CliRun mapping =
        run("sandbox: {}\ntargets: [{type: onoffice, mapping: missing.json}]\n", "status");
    assertThat(mapping.exit()).isEqualTo(2);
    assertThat(mapping.err()).contains("configuration key 'targets[0].mapping': file");

    CliRun policy =
        run("sandbox: {}\ntargets: [{type: onoffice, onDelete: {task: delete}}]\n", "status");
    assertThat(policy.exit()).isEqualTo(2);
    assertThat(policy.err())
        .contains("configuration key 'targets[0].onDelete.task': onoffice cannot delete task")
        .contains("use one of [ignore, archive]");

    CliRun region =
        run(
            "sandbox: {}\ntargets: [{type: onoffice, scoring: "
                + CliRun.DEMO.resolve("realestate-scoring.json")
                + "}]\n",
            "status");
    assertThat(region.exit()).isEqualTo(2);
    assertThat(region.err()).contains("'enrichment.defaultRegion': missing");
  }

  @Test
  void usageErrorsExitTwoAndHelpExitsZero() {
    assertThat(CliRun.of().exit()).isEqualTo(2);
    assertThat(CliRun.of("frobnicate").exit()).isEqualTo(2);
    assertThat(CliRun.of("sync").err()).contains("--contact");
    CliRun help = CliRun.of("--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("Exit codes:").contains("130").contains("backfill");
    for (String command :
        new String[] {
          "check",
          "plan",
          "sync",
          "backfill",
          "poll",
          "audit",
          "status",
          "catalog",
          "mapping",
          "dead-letters"
        }) {
      CliRun h = CliRun.of(command, "--help");
      assertThat(h.exit()).as(command).isZero();
      assertThat(h.out()).as(command).contains("Usage: ghlsync " + command);
    }
    assertThat(CliRun.of("mapping", "test", "--help").exit()).isZero();
    assertThat(CliRun.of("dead-letters", "replay", "--help").exit()).isZero();
    assertThat(CliRun.of("--version").out()).startsWith("ghlsync ");
  }
}
