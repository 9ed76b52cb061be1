package io.ghlsync.examples.demo;

import io.ghlsync.examples.cli.ExampleFailure;
import io.ghlsync.sync.ContactSyncResult;
import io.ghlsync.sync.PlannedChange;
import io.ghlsync.sync.SyncEngine;
import io.ghlsync.sync.SyncTarget;
import io.ghlsync.sync.enrich.Enrichment;
import io.ghlsync.sync.mapping.EntityMapping;
import io.ghlsync.sync.mapping.FieldRule;
import io.ghlsync.sync.mapping.Mapping;
import io.ghlsync.sync.model.EntityKind;
import io.ghlsync.sync.model.FieldChange;
import io.ghlsync.sync.onoffice.OnOfficeTarget;
import io.ghlsync.sync.optmyzr.OptmyzrTarget;
import io.ghlsync.sync.rules.ActivityRules;
import io.ghlsync.sync.rules.InMemoryRuleMemory;
import io.ghlsync.sync.score.DeclarativeScorer;
import io.ghlsync.sync.score.FieldCatalog;
import io.ghlsync.sync.store.InMemorySyncStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The enrichment, scoring and activity-rules part of the sandbox demo: for each target, the example
 * files shipped next to this class (a real-estate office on onOffice, an ads agency on Optmyzr)
 * score a few contacts, the score and its reasons are mapped to target fields, and the tasks the
 * rules create are printed.
 *
 * <p>It runs after the main sync's summary, with an engine of its own per target (own store, own
 * rule memory), so the summary above counts the plain sync only. It reads GHL with the writing
 * token, because some rules create their task in GHL ({@code "in": "ghl"}).
 */
final class ScoringPhase {
  /** How many contacts the demo scores per target. */
  static final int CONTACTS = 3;

  /** The example files and settings of one target. */
  record Example(
      String scoring, String rules, String region, String scoreField, String reasonsField) {}

  private static final Map<DemoTarget, Example> EXAMPLES =
      Map.of(
          DemoTarget.ONOFFICE,
          new Example(
              "realestate-scoring.json",
              "realestate-rules.json",
              "DE",
              "Lead_Score",
              "Lead_Score_Gruende"),
          DemoTarget.OPTMYZR,
          new Example(
              "agency-scoring.json",
              "agency-rules.json",
              "US",
              "lead_score",
              "custom_fields.score_reasons"));

  /** What the phase printed for one contact, for the tests. */
  record Scored(
      String target, String contactId, String score, String reasons, List<String> tasks) {}

  private ScoringPhase() {}

  /**
   * Scores a few contacts per target and prints score, reasons and rule tasks.
   *
   * @param out where to print
   * @param sandbox the running sandbox
   * @param mappings the mapping of each chosen target
   * @return what was printed, per contact and target
   */
  static List<Scored> run(PrintStream out, DemoSandbox sandbox, Map<DemoTarget, Mapping> mappings) {
    List<Scored> all = new ArrayList<>();
    out.println();
    out.println(
        "Enrichment, lead scores and activity rules (example files in"
            + " examples/src/main/resources/io/ghlsync/examples/demo/):");
    List<String> contacts = sandbox.contactIds().stream().limit(CONTACTS).toList();
    for (DemoTarget t : mappings.keySet()) {
      Example example = Objects.requireNonNull(EXAMPLES.get(t), t.key());
      Enrichment enrichment = Enrichment.defaults(example.region());
      FieldCatalog catalog = FieldCatalog.of(enrichment);
      DeclarativeScorer scorer =
          DeclarativeScorer.fromJson(read(example.scoring()), example.scoring(), catalog);
      ActivityRules rules =
          ActivityRules.fromJson(read(example.rules()), example.rules(), catalog.withScore());
      Mapping mapping = scored(mappings.get(t), example);
      out.println(
          "  "
              + t.key()
              + ": scorer "
              + example.scoring()
              + " (version "
              + scorer.version()
              + "), rules "
              + example.rules()
              + " ("
              + rules.rules().size()
              + " rules, version "
              + rules.version()
              + "); score -> "
              + example.scoreField()
              + ", reasons -> "
              + example.reasonsField());
      try (SyncEngine engine =
          SyncEngine.builder()
              .ghl(sandbox.editorClient)
              .store(new InMemorySyncStore())
              .enrichment(enrichment)
              .ruleMemory(new InMemoryRuleMemory())
              .revealPersonalDataInAudit(true)
              .addTarget(
                  SyncTarget.builder(
                          t == DemoTarget.ONOFFICE
                              ? OnOfficeTarget.builder(sandbox.onOfficeClient).build()
                              : OptmyzrTarget.builder(sandbox.optmyzrClient).build(),
                          mapping)
                      .scorer(scorer)
                      .activityRules(rules)
                      .build())
              .build()) {
        for (String id : contacts) {
          ContactSyncResult result = engine.syncContact(DemoSandbox.LOCATION, id);
          if (result.status() != ContactSyncResult.Status.SYNCED) {
            throw ExampleFailure.run(
                "scoring contact " + id + " for " + t.key() + " failed: " + result.error(), null);
          }
          Scored s = scoredOf(t.key(), id, result, example);
          all.add(s);
          out.println("    contact " + id + ": score " + s.score());
          out.println("      reasons: " + (s.reasons().isEmpty() ? "(none)" : s.reasons()));
          if (s.tasks().isEmpty()) {
            out.println("      tasks:   (no rule fired)");
          }
          s.tasks().forEach(task -> out.println("      task:    " + task));
        }
      }
    }
    return all;
  }

  /** The demo mapping plus two contact rules: the score and its reasons. */
  static Mapping scored(Mapping m, Example example) {
    List<FieldRule> contact = new ArrayList<>(m.contact().rules());
    contact.add(FieldRule.to(example.scoreField()).from("$score.value").personal(false).build());
    contact.add(
        FieldRule.to(example.reasonsField()).from("$score.reasonText").personal(false).build());
    return new Mapping(
        m.name() + "+scores",
        m.version(),
        new EntityMapping(m.contact().entity(), contact),
        m.task(),
        m.note(),
        m.notesSummary());
  }

  private static Scored scoredOf(
      String target, String contactId, ContactSyncResult result, Example example) {
    String score = "";
    String reasons = "";
    List<String> tasks = new ArrayList<>();
    for (PlannedChange c : result.changes()) {
      if (c.kind() == EntityKind.CONTACT) {
        for (FieldChange f : c.changes()) {
          if (f.field().equals(example.scoreField())) {
            score = f.after();
          } else if (f.field().equals(example.reasonsField())) {
            reasons = f.after();
          }
        }
      } else if (c.kind() == EntityKind.TASK && c.ghlId().startsWith("rule:")) {
        Optional<String> title =
            c.changes().stream()
                .filter(f -> f.field().equals("title") || f.field().equals("Betreff"))
                .map(FieldChange::after)
                .findFirst();
        tasks.add("\"" + title.orElse("") + "\" (" + c.detail() + ")");
      }
    }
    return new Scored(target, contactId, score.isEmpty() ? "0" : score, reasons, tasks);
  }

  private static String read(String name) {
    String path = "/io/ghlsync/examples/demo/" + name;
    try (InputStream in = ScoringPhase.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
