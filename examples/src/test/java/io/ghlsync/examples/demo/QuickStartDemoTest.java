package io.ghlsync.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.ghlsync.sync.model.Decision;
import io.ghlsync.sync.model.EntityKind;
import io.ghlsync.sync.model.FieldChange;
import io.ghlsync.sync.store.AuditEntry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quick start's own code path on the sandbox, with 12 contacts instead of the default. */
class QuickStartDemoTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private QuickStartDemo.Outcome run(Map<String, String> env, String... args) {
    return QuickStartDemo.run(
        args,
        env,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        false);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void sandboxRunBackfillsBothTargetsThenSyncsEachWebhookChangeOnce() {
    // 12 seeded contacts hold 12 tasks and 9 notes; contact 0 already exists in onOffice. The
    // webhook steps change contact 5 (2 tasks, 1 note): last name, one task completed, one note
    // added, and the note event delivered twice.
    QuickStartDemo.Outcome outcome = run(Map.of(), "--contacts", "12");

    assertThat(err()).isEmpty();
    assertThat(outcome.exitCode()).isZero();
    DemoReport report = outcome.report().orElseThrow();
    assertThat(report.sandbox()).isTrue();
    assertThat(report.backfilled())
        .containsExactlyInAnyOrderEntriesOf(Map.of("onoffice", 12, "optmyzr", 12));
    assertThat(report.counts("onoffice", EntityKind.CONTACT))
        .isEqualTo(new DecisionCounts(11, 2, 1, 1, 0));
    assertThat(report.counts("optmyzr", EntityKind.CONTACT))
        .isEqualTo(new DecisionCounts(12, 2, 0, 1, 0));
    for (String target : new String[] {"onoffice", "optmyzr"}) {
      assertThat(report.counts(target, EntityKind.TASK))
          .isEqualTo(new DecisionCounts(12, 1, 0, 5, 0));
      assertThat(report.counts(target, EntityKind.NOTE))
          .isEqualTo(new DecisionCounts(10, 0, 0, 3, 0));
    }
    assertThat(report.webhooksAccepted()).isEqualTo(3);
    assertThat(report.webhookDuplicates()).isEqualTo(1);
    assertThat(report.webhooksRejected()).isZero();
  }

  @Test
  void sandboxRunPrintsTheSummaryTheAuditTrailAndWhereStateLives() {
    QuickStartDemo.Outcome outcome = run(Map.of(), "--contacts", "12");

    DemoReport report = outcome.report().orElseThrow();
    assertThat(report.storyTrail())
        .filteredOn(e -> e.decision() == Decision.UPDATED && e.kind() == EntityKind.CONTACT)
        .flatExtracting(AuditEntry::changes)
        .extracting(FieldChange::field, FieldChange::after)
        .contains(tuple("Name", "Hartmann"), tuple("last_name", "Hartmann"));
    assertThat(report.storyTrail()).extracting(AuditEntry::mappingVersion).containsOnly("1");
    String text = out();
    assertThat(text)
        .contains("[1/3] Backfill", "[2/3] Changes in GHL", "[3/3] Results")
        .contains("100%  onoffice 12/12  optmyzr 12/12")
        .contains("  onoffice   contacts        11        2        1        1        0")
        .contains("  optmyzr    contacts        12        2        0        1        0")
        .contains("             notes           10        0        0        3        0")
        .contains("Webhooks: 3 accepted, 1 duplicate")
        .contains("duplicate of an accepted delivery; not processed again")
        .contains("Audit trail of GHL contact " + report.storyContact())
        .contains("Name: Brown -> Hartmann")
        .contains("Where this contact's state lives:", "JdbcSyncStore", "an H2 file database in")
        .doesNotContain("Exception");
  }

  @Test
  void sandboxRunPrintsScoresWithTheirReasonsAndTheTasksTheExampleRulesCreated() {
    QuickStartDemo.Outcome outcome = run(Map.of(), "--contacts", "12");

    assertThat(outcome.exitCode()).isZero();
    DemoReport report = outcome.report().orElseThrow();
    assertThat(report.scored())
        .hasSize(2 * ScoringPhase.CONTACTS)
        .allSatisfy(s -> assertThat(Integer.parseInt(s.score())).isBetween(0, 100));
    for (String target : new String[] {"onoffice", "optmyzr"}) {
      assertThat(report.scored()).filteredOn(s -> s.target().equals(target)).hasSize(3);
      assertThat(report.scored())
          .filteredOn(s -> s.target().equals(target))
          .flatExtracting(ScoringPhase.Scored::tasks)
          .as("the example rules create tasks for " + target)
          .isNotEmpty()
          .allSatisfy(task -> assertThat(task).contains("rule '", "priority, in "));
    }
    assertThat(report.scored())
        .filteredOn(s -> !s.reasons().isEmpty())
        .allSatisfy(s -> assertThat(s.reasons()).containsPattern("[+-]\\d+"));
    assertThat(out())
        .contains("Enrichment, lead scores and activity rules")
        .contains("onoffice: scorer realestate-scoring.json (version realestate-1)")
        .contains("optmyzr: scorer agency-scoring.json")
        .contains("      reasons: ", "      task:    \"")
        .doesNotContain("Exception");
  }

  @Test
  void sandboxRunEndsWithTheMetricsSummary() {
    QuickStartDemo.Outcome outcome = run(Map.of(), "--contacts", "12");

    assertThat(outcome.exitCode()).isZero();
    String text = out();
    String metrics = text.substring(text.lastIndexOf("Metrics of this run"));
    assertThat(metrics.lines().skip(1))
        .isNotEmpty()
        .allMatch(l -> l.startsWith("  ghlsync."), "every line after the title is a meter");
    assertThat(metrics)
        .containsPattern("ghlsync\\.http\\.requests\\{outcome=SUCCESS,service=ghl\\} count=\\d+")
        .contains("ghlsync.http.requests{outcome=SUCCESS,service=onoffice}")
        .contains("ghlsync.http.requests{outcome=SUCCESS,service=optmyzr}")
        .containsPattern(
            "ghlsync\\.sync\\.decisions\\{decision=created,target=onoffice\\} count=\\d+")
        .containsPattern("ghlsync\\.sync\\.items\\{outcome=synced\\} count=\\d+")
        .contains("ghlsync.webhooks{reason=none,verdict=accepted} count=3")
        .contains("ghlsync.webhooks{reason=none,verdict=duplicate} count=1")
        .doesNotContain("NaN");
    for (AuditEntry e : outcome.report().orElseThrow().storyTrail()) {
      assertThat(metrics).doesNotContain(e.contactId());
    }
  }

  @Test
  void oneTargetOnlySyncsOnlyThatTarget() {
    QuickStartDemo.Outcome outcome =
        run(Map.of(), "--sandbox", "--contacts", "6", "--targets", "optmyzr");

    assertThat(outcome.exitCode()).isZero();
    DemoReport report = outcome.report().orElseThrow();
    assertThat(report.backfilled()).containsOnlyKeys("optmyzr");
    assertThat(report.counts("onoffice", EntityKind.CONTACT)).isEqualTo(DecisionCounts.NONE);
  }

  @Test
  void theDefaultH2StoreStopsTheFirstEngineHalfwayAndANewOneFinishesWithNothingWrittenTwice() {
    QuickStartDemo.Outcome outcome = run(Map.of(), "--contacts", "20", "--targets", "onoffice");

    assertThat(outcome.exitCode()).isZero();
    DemoReport report = outcome.report().orElseThrow();
    // 20 contacts, the first of them already in onOffice: 19 created and 1 linked, each once.
    assertThat(report.counts("onoffice", EntityKind.CONTACT).created()).isEqualTo(19);
    assertThat(report.counts("onoffice", EntityKind.CONTACT).linked()).isEqualTo(1);
    assertThat(out())
        .contains("(stopped halfway and resumed by a new engine)")
        .containsPattern("Stopped the engine after \\d+ of 20 contacts, as a crash would")
        .containsPattern("A new engine on the same database resumed from there: [1-9]\\d* contacts")
        .contains("Backfill finished by the second engine: 20 contacts synced once each");
  }

  @Test
  void storeMemoryKeepsEverythingInTheJvm() {
    QuickStartDemo.Outcome outcome = run(Map.of(), "--contacts", "12", "--store", "memory");

    assertThat(outcome.exitCode()).isZero();
    assertThat(out())
        .contains("InMemorySyncStore: in this JVM's memory, gone when the demo exits")
        .doesNotContain("resumed");
  }

  @Test
  void helpPrintsTheUsageAndExitsZero() {
    QuickStartDemo.Outcome outcome = run(Map.of(), "--help");

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.report()).isEmpty();
    assertThat(out()).contains("Usage: ./demo.sh", "--ghl-base-url URL", "--config FILE");
  }

  @Test
  void badUsageExitsTwoWithAMessageAndNoTrace() {
    assertThat(run(Map.of(), "--contacts", "zero").exitCode()).isEqualTo(2);
    assertThat(run(Map.of(), "--sandbox", "--real").exitCode()).isEqualTo(2);
    assertThat(run(Map.of(), "--sandbox", "--ghl-base-url", "http://x").exitCode()).isEqualTo(2);
    assertThat(run(Map.of(), "--targets", "salesforce").exitCode()).isEqualTo(2);

    assertThat(err())
        .contains("--contacts must be a whole number")
        .contains("--sandbox and --real exclude each other")
        .contains("--sandbox runs its own services")
        .contains("unknown target 'salesforce'")
        .doesNotContain("\tat ");
    assertThat(out()).doesNotContain("Backfill");
  }

  @Test
  void brokenMappingFileStopsTheRunBeforeAnyServiceStarts(@TempDir Path dir) throws Exception {
    Path mapping = dir.resolve("my-onoffice.json");
    Files.writeString(
        mapping,
        "{\"name\": \"mine\", \"version\": \"2\", \"contact\": [{\"target\": \"Email\","
            + " \"source\": \"email\", \"transforms\": [\"lowcase\"]}]}");

    QuickStartDemo.Outcome outcome = run(Map.of(), "--onoffice-mapping", mapping.toString());

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(err()).contains("the onoffice mapping " + mapping, "lowcase");
    assertThat(out()).doesNotContain("GHL ");
  }
}
