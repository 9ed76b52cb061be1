package io.ghlsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.testkit.Fault;
import io.ghlsync.testkit.ghl.FakeGhl;
import io.ghlsync.testkit.ghl.FakeGhlLocation;
import io.ghlsync.testkit.onoffice.FakeOnOffice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The commands against services that outlive them (fakes started by the test, credentials by
 * reference, a durable H2 file store): state carries from one command to the next.
 */
class RealModeTest {
  private static final String LOCATION = "RealModeLocation0001";

  @TempDir Path dir;
  private FakeGhl ghl;
  private FakeGhlLocation location;
  private FakeOnOffice onOffice;
  private Map<String, String> env;
  private String config;

  @BeforeEach
  void start() throws IOException {
    ghl = FakeGhl.builder().seed(7).rateLimit(5_000, Duration.ofSeconds(10)).start();
    location = ghl.location(LOCATION).seedContacts(12, 0, 0);
    onOffice = FakeOnOffice.start();
    env =
        Map.of(
            "GHL_TOKEN", location.privateToken("contacts.readonly"), "OO_TOKEN", onOffice.token());
    Files.writeString(dir.resolve("oo-secret"), onOffice.secret() + "\n");
    config = write("");
  }

  private String write(String targetExtra) throws IOException {
    Path file = dir.resolve("ghlsync.yaml");
    Files.writeString(
        file,
        "ghl:\n"
            + "  baseUrl: "
            + ghl.baseUrl()
            + "\n"
            + "  locations: ["
            + LOCATION
            + "]\n"
            + "  credentials: {privateToken: {env: GHL_TOKEN}}\n"
            + "targets:\n"
            + "  - type: onoffice\n"
            + "    url: "
            + onOffice.url()
            + "\n"
            + "    credentials: {token: {env: OO_TOKEN}, secret: {file: oo-secret}}\n"
            + targetExtra
            + "store: {h2: state/ghlsync}\n"
            + "engine: {workers: 1, batchSize: 2}\n"
            + "retry: {maxAttempts: 1, initialDelay: 10ms, maxDelay: 20ms}\n");
    return file.toString();
  }

  @AfterEach
  void stop() {
    ghl.close();
    onOffice.close();
  }

  private CliRun cli(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--config";
    all[1] = config;
    System.arraycopy(args, 0, all, 2, args.length);
    return CliRun.of(env, all);
  }

  @Test
  void stateCarriesFromBackfillToStatusAuditAndPoll() {
    CliRun backfill = cli("backfill");
    assertThat(backfill.exit()).as(backfill.toString()).isZero();
    assertThat(onOffice.addresses()).hasSize(12);
    assertThat(dir.resolve("state/ghlsync.mv.db")).exists();

    CliRun status = cli("--json", "status");
    assertThat(status.exit()).isZero();
    assertThat(status.json().get("queue").get("ready").asInt()).isZero();

    String contact = location.seededContactId(3);
    CliRun audit = cli("audit", "--contact", contact);
    assertThat(audit.exit()).isZero();
    assertThat(audit.out())
        .contains("onoffice  contact " + contact + "  CREATED")
        .contains("mapping ");
    assertThat(
            cli("--json", "audit", "--contact", contact)
                .json()
                .get("entries")
                .get(0)
                .get("decision")
                .asText())
        .isEqualTo("CREATED");

    CliRun poll = cli("--json", "poll");
    assertThat(poll.exit()).isZero();
    assertThat(poll.json().get("writes").asInt()).isZero();

    CliRun check = cli("check");
    assertThat(check.exit()).as(check.toString()).isZero();
  }

  @Test
  void deadLettersAreListedAndReplayed() {
    onOffice.failNextActions("create", "address", 500, "temporary failure", 1_000);
    CliRun backfill = cli("backfill");
    assertThat(backfill.exit()).as(backfill.toString()).isEqualTo(1);
    assertThat(backfill.out()).contains("dead letter(s) in the store");

    CliRun list = cli("--json", "dead-letters", "list");
    JsonNode letters = list.json().get("deadLetters");
    assertThat(letters.size()).isEqualTo(12);
    assertThat(letters.get(0).get("reason").asText()).contains("temporary failure");
    assertThat(cli("dead-letters", "list").out()).contains("12 dead letter(s)");
    CliRun status = cli("status");
    assertThat(status.out()).contains("12 dead letter(s)").contains("DEAD_LETTERED");

    onOffice.reset();
    CliRun one = cli("dead-letters", "replay", letters.get(0).get("id").asText());
    assertThat(one.exit()).as(one.toString()).isEqualTo(1); // 11 are still dead
    assertThat(one.out()).contains("Replayed 1 dead letter(s); 11 dead letter(s) now");
    CliRun all = cli("dead-letters", "replay", "--all");
    assertThat(all.exit()).as(all.toString()).isZero();
    assertThat(onOffice.addresses()).hasSize(12);
    assertThat(cli("dead-letters", "replay").exit()).isEqualTo(2);
  }

  @Test
  void anInterruptedBackfillResumesWithoutDuplicates() throws Exception {
    onOffice.faults().atRate(1.0, new Fault.Slow(Duration.ofMillis(40)));
    AtomicReference<CliRun> first = new AtomicReference<>();
    Thread command = new Thread(() -> first.set(cli("backfill")));
    command.start();
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (onOffice.addresses().size() < 2 && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    command.interrupt();
    command.join(30_000);

    assertThat(first.get().exit()).as(first.get().toString()).isEqualTo(Ghlsync.INTERRUPTED);
    assertThat(first.get().out()).contains("Stopped").contains("run backfill again to resume");
    int afterFirst = onOffice.addresses().size();
    assertThat(afterFirst).isLessThan(12);

    onOffice.faults().clear();
    CliRun second = cli("backfill");
    assertThat(second.exit()).as(second.toString()).isZero();
    assertThat(second.out()).contains("Resuming:");
    assertThat(onOffice.addresses()).hasSize(12);
    // Each contact was created exactly once, across both runs.
    for (int i = 0; i < 12; i++) {
      JsonNode entries =
          cli("--json", "audit", "--contact", location.seededContactId(i)).json().get("entries");
      int created = 0;
      for (JsonNode e : entries) {
        if (e.get("kind").asText().equals("CONTACT")
            && e.get("decision").asText().equals("CREATED")) {
          created++;
        }
      }
      assertThat(created).as("contact %d", i).isEqualTo(1);
    }
  }

  @Test
  void mappingVersionsAreRecordedListedComparedAndAChangedFileUnderAnOldVersionIsRefused()
      throws IOException {
    String v1 = Files.readString(CliRun.DEMO.resolve("ghl-to-onoffice.json"));
    Path mapping = dir.resolve("mapping.json");
    Files.writeString(mapping, v1);
    config = write("    mapping: mapping.json\n");
    assertThat(cli("status").exit()).isZero();
    String v2 =
        v1.replace("\"version\": \"1\"", "\"version\": \"2\"")
            .replace(
                "{\"target\": \"Ort\", \"source\": \"city\", \"transforms\": [\"trim\"]}",
                "{\"target\": \"Ort\", \"source\": \"city\", \"transforms\": [\"trim\", \"lowercase\"]}");
    assertThat(v2).isNotEqualTo(v1);
    Files.writeString(mapping, v2);
    assertThat(cli("status").exit()).isZero();

    CliRun history = cli("mapping", "history");
    assertThat(history.exit()).as(history.toString()).isZero();
    assertThat(history.out())
        .contains("2 recorded version(s)")
        .contains("onoffice  mapping demo-ghl-to-onoffice version 1")
        .contains("onoffice  mapping demo-ghl-to-onoffice version 2");
    CliRun diff = cli("mapping", "diff", "1", "2");
    assertThat(diff.exit()).as(diff.toString()).isZero();
    assertThat(diff.out())
        .contains("onoffice mapping 1 -> 2: 3 change(s)")
        .contains("~ version: \"1\" -> \"2\"")
        .contains("+ contact.rules[Ort].transforms[1].style = \"LOWER\"");
    assertThat(cli("--json", "mapping", "diff", "1", "2").json().get("changes").size())
        .isPositive();
    assertThat(cli("mapping", "diff", "1", "9").exit()).isEqualTo(2);
    assertThat(cli("mapping", "history", "--kind", "scoring").out())
        .contains("0 recorded version(s)");

    Files.writeString(mapping, v2.replace("\"lowercase\"]", "\"lowercase\", \"trim\"]"));
    CliRun refused = cli("status");
    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.err())
        .contains("configuration key 'targets[0].mapping'")
        .contains("new version");
  }

  @Test
  void aRefusedCredentialFailsTheCheckWithExitOne() throws IOException {
    env = Map.of("GHL_TOKEN", "pit-wrong", "OO_TOKEN", onOffice.token());
    CliRun check = cli("check");

    assertThat(check.exit()).as(check.toString()).isEqualTo(1);
    assertThat(check.out())
        .contains("FAILED  ghl location")
        .contains("ghl.credentials.privateToken refused");
    assertThat(check.out()).contains("ok      onoffice");
  }
}
