package io.ghlsync.sync;

import static io.ghlsync.sync.testing.GhlSandbox.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.sync.enrich.Enrichment;
import io.ghlsync.sync.mapping.FieldRule;
import io.ghlsync.sync.mapping.Mapping;
import io.ghlsync.sync.model.Decision;
import io.ghlsync.sync.model.EntityKind;
import io.ghlsync.sync.rules.ActivityRules;
import io.ghlsync.sync.rules.InMemoryRuleMemory;
import io.ghlsync.sync.score.DeclarativeScorer;
import io.ghlsync.sync.score.FieldCatalog;
import io.ghlsync.sync.store.AuditEntry;
import io.ghlsync.sync.testing.GhlSandbox;
import io.ghlsync.sync.testing.MapCrm;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * 500 seeded contacts backfilled with enrichment, scoring and activity rules into a plugged-in CRM:
 * exactly the expected tasks, none twice after a second backfill, unchanged scores write nothing.
 */
class ScoringAndRulesEndToEndTest {
  private static final int CONTACTS = 500;
  private static final Enrichment ENRICHMENT = Enrichment.defaults("US");
  private static final FieldCatalog CATALOG = FieldCatalog.of(ENRICHMENT);
  private static final Mapping MAPPING =
      Mapping.builder("ghl-to-mapcrm-scored", "7")
          .contact(FieldRule.to("email").from("email").trim().lowerCase().build())
          .contact(FieldRule.to("lead_score").from("$score.value").personal(false).build())
          .contact(FieldRule.to("score_reasons").from("$score.reasonText").personal(false).build())
          .contact(
              FieldRule.to("email_class")
                  .from("$enriched.emailDomainClass")
                  .personal(false)
                  .build())
          .task(FieldRule.to("title").from("title").build())
          .task(FieldRule.to("assignee").from("assignedTo").personal(false).build())
          .build();
  private static final String SCORING =
      "{\"version\":\"e2e-score-1\",\"rules\":["
          + "{\"id\":\"customer\",\"field\":\"type\",\"equals\":\"customer\",\"points\":60},"
          + "{\"id\":\"phone\",\"field\":\"$enriched.phoneValid\",\"equals\":true,\"points\":10},"
          + "{\"id\":\"vip\",\"field\":\"$enriched.tags\",\"contains\":\"vip\",\"points\":5}]}";
  private static final String RULES =
      "{\"version\":\"e2e-rules-1\",\"rules\":["
          + "{\"id\":\"hot\",\"when\":{\"scoreCrossed\":{\"above\":60}},"
          + "\"task\":{\"title\":\"[rule] Call {{firstName}} ({{$score.value}})\","
          + "\"assignee\":{\"roundRobin\":[\"agent-a\",\"agent-b\"]}}},"
          + "{\"id\":\"investor\",\"when\":{\"tagAdded\":\"investor\"},"
          + "\"task\":{\"title\":\"[rule] Send {{firstName}} the investor pack\","
          + "\"assignee\":\"office\"}}]}";

  @Test
  void backfillCreatesEachRuleTaskOnceAndASecondBackfillNothing() throws Exception {
    MapCrm crm = new MapCrm();
    InMemoryRuleMemory memory = new InMemoryRuleMemory();
    try (GhlSandbox s = new GhlSandbox(CONTACTS, 1_000_000);
        SyncEngine engine =
            s.engine()
                .target(crm)
                .mapping(MAPPING)
                .enrichment(ENRICHMENT)
                .scorer(DeclarativeScorer.fromJson(SCORING, "e2e", CATALOG))
                .activityRules(ActivityRules.fromJson(RULES, "e2e", CATALOG.withScore()))
                .ruleMemory(memory)
                .workers(2)
                .build()) {
      int customers = 0;
      int investors = 0;
      for (String id : s.contactIds(CONTACTS)) {
        Map<String, Object> c = s.location.contact(id).orElseThrow();
        if ("customer".equals(c.get("type"))) {
          customers++;
        }
        if (String.valueOf(c.get("tags")).contains("investor")) {
          investors++;
        }
      }
      assertThat(customers).isEqualTo(CONTACTS / 4);
      final int half = customers / 2;
      assertThat(investors).isPositive();

      engine.start();
      engine.backfill(LOCATION);
      assertThat(engine.awaitIdle(Duration.ofMinutes(2))).isTrue();

      Map<String, Integer> hotPerAgent = new HashMap<>();
      int investorTasks = 0;
      for (Map<String, Object> task : crm.records(EntityKind.TASK).values()) {
        String title = String.valueOf(task.get("title"));
        if (title.startsWith("[rule] Call ")) {
          hotPerAgent.merge(String.valueOf(task.get("assignee")), 1, Integer::sum);
        } else if (title.startsWith("[rule] Send ")) {
          investorTasks++;
          assertThat(task).containsEntry("assignee", "office");
        }
      }
      assertThat(hotPerAgent.values().stream().mapToInt(Integer::intValue).sum())
          .isEqualTo(customers);
      assertThat(hotPerAgent)
          .containsOnlyKeys("agent-a", "agent-b")
          .allSatisfy((agent, n) -> assertThat(n).isBetween(half, half + 1));
      assertThat(investorTasks).isEqualTo(investors);
      assertThat(crm.records(EntityKind.CONTACT).values())
          .allSatisfy(c -> assertThat(c).containsKey("lead_score"));

      String customerId =
          s.contactIds(CONTACTS).stream()
              .filter(id -> "customer".equals(s.location.contact(id).orElseThrow().get("type")))
              .findFirst()
              .orElseThrow();
      List<AuditEntry> audit = engine.audit(LOCATION, customerId);
      assertThat(audit)
          .filteredOn(e -> e.kind() == EntityKind.CONTACT && e.decision() == Decision.CREATED)
          .singleElement()
          .satisfies(
              e ->
                  assertThat(e.mappingVersion())
                      .isEqualTo("7; scorer e2e-score-1; rules e2e-rules-1"));
      assertThat(audit)
          .filteredOn(e -> e.kind() == EntityKind.TASK && e.ghlId().startsWith("rule:hot:"))
          .singleElement()
          .satisfies(e -> assertThat(e.detail()).startsWith("rule 'hot' fired by score^60@"));

      int tasksAfterFirst = crm.records(EntityKind.TASK).size();
      int writesAfterFirst = crm.writes.get();
      int firings = memory.firingCount();
      assertThat(firings).isEqualTo(customers + investors);

      engine.backfill(LOCATION);
      assertThat(engine.awaitIdle(Duration.ofMinutes(2))).isTrue();

      assertThat(crm.records(EntityKind.TASK)).hasSize(tasksAfterFirst);
      assertThat(crm.writes.get()).as("unchanged scores write nothing").isEqualTo(writesAfterFirst);
      assertThat(memory.firingCount()).isEqualTo(firings);
    }
  }
}
