package io.ghlsync.sync.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghlsync.sync.enrich.Enrichment;
import io.ghlsync.sync.score.FieldCatalog;
import io.ghlsync.sync.score.RuleFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActivityRulesTest {
  private static final FieldCatalog CATALOG =
      FieldCatalog.of(Enrichment.defaults("DE")).withScore();

  private static ActivityRules rule(String when, String task) {
    return ActivityRules.fromJson(
        "{\"version\":\"v\",\"rules\":[{\"id\":\"r1\",\"when\":"
            + when
            + ",\"task\":"
            + task
            + "}]}",
        "f.json",
        CATALOG);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"scoreCrossed\":{\"above\":101}} | {\"title\":\"x\"} | threshold 101.0 can never be crossed",
        "{\"scoreCrossed\":{\"below\":0}} | {\"title\":\"x\"} | threshold 0.0 can never be crossed",
        "{\"scoreCrossed\":{\"above\":5,\"below\":3}} | {\"title\":\"x\"} | needs exactly one of",
        "{\"noActivityForDays\":0} | {\"title\":\"x\"} | must be a whole number from 1 to 3650",
        "{\"tagAdded\":\"a\",\"taskOverdue\":true} | {\"title\":\"x\"} | needs exactly one trigger",
        "{\"tagMoved\":\"a\"} | {\"title\":\"x\"} | needs exactly one trigger",
        "{\"taskOverdue\":false} | {\"title\":\"x\"} | must be true",
        "{\"noteMatches\":\"[\"} | {\"title\":\"x\"} | not a valid regular expression",
        "{\"statusChanged\":{\"field\":\"stauts\"}} | {\"title\":\"x\"} | unknown contact field 'stauts'",
        "{\"statusChanged\":{\"field\":\"type\",\"from\":\"a\",\"to\":\"A\"}} | {\"title\":\"x\"} | that is no change",
        "{\"tagAdded\":\"a\"} | {\"title\":\"Call {{firstName}\"} | is never closed",
        "{\"tagAdded\":\"a\"} | {\"title\":\"Call {{ }}\"} | empty placeholder",
        "{\"tagAdded\":\"a\"} | {\"title\":\"Call {{frstName}}\"} | unknown contact field 'frstName'",
        "{\"tagAdded\":\"a\"} | {\"title\":\"x\",\"body\":\"{{$score.points}}\"} | unknown score field",
        "{\"tagAdded\":\"a\"} | {\"title\":\"x\",\"dueInDays\":400} | must be a whole number from 0 to 365",
        "{\"tagAdded\":\"a\"} | {\"title\":\"x\",\"priority\":\"urgent\"} | priority must be low, normal or high",
        "{\"tagAdded\":\"a\"} | {\"title\":\"x\",\"in\":\"crm\"} | must be 'target' or 'ghl'",
        "{\"tagAdded\":\"a\"} | {\"title\":\"x\",\"assignee\":{\"roundRobin\":[]}} | roundRobin needs at least one user",
        "{\"tagAdded\":\"a\"} | {\"title\":\"x\",\"assignee\":{\"roundRobin\":[\"u\",\"u\"]}} | each once",
        "{\"tagAdded\":\"a\"} | {\"title\":\"x\",\"assignee\":{\"byField\":\"x1\",\"table\":{}}} | unknown contact field 'x1'",
        "{\"tagAdded\":\"a\"} | {\"title\":\"x\",\"owner\":\"u\"} | unknown key 'owner'",
        "{\"tagAdded\":\" \"} | {\"title\":\"x\"} | must be a non-blank string",
      })
  void refusesBadRulesNamingTheRule(String when, String task, String message) {
    assertThatThrownBy(() -> rule(when, task))
        .isInstanceOf(RuleFileException.class)
        .hasMessageContaining("rules f.json, rule 'r1'")
        .hasMessageContaining(message);
  }

  @Test
  void refusesDuplicateIdsAndMissingVersion() {
    assertThatThrownBy(
            () ->
                ActivityRules.fromJson(
                    "{\"version\":\"v\",\"rules\":[{\"id\":\"a\",\"when\":{\"taskOverdue\":true},"
                        + "\"task\":{\"title\":\"x\"}},{\"id\":\"a\",\"when\":{\"taskOverdue\":"
                        + "true},\"task\":{\"title\":\"x\"}}]}",
                    "f",
                    CATALOG))
        .hasMessageContaining("rule 'a': the id is used twice");
    assertThatThrownBy(() -> ActivityRules.fromJson("{\"rules\":[]}", "f", CATALOG))
        .hasMessageContaining("'version' is required");
  }

  @Test
  void scoreFieldsAreRefusedWhenNoScorerRuns() {
    FieldCatalog unscored = FieldCatalog.of(Enrichment.defaults("DE"));
    assertThatThrownBy(
            () ->
                ActivityRules.fromJson(
                    "{\"version\":\"v\",\"rules\":[{\"id\":\"a\",\"when\":{\"taskOverdue\":true},"
                        + "\"task\":{\"title\":\"{{$score.value}}\"}}]}",
                    "f",
                    unscored))
        .hasMessageContaining("rule 'a'")
        .hasMessageContaining("$score.value");
  }

  @Test
  void triggersSayWhatMustBeFetched() {
    assertThat(rule("{\"taskOverdue\":true}", "{\"title\":\"x\"}").reads())
        .containsExactly(io.ghlsync.sync.enrich.ContactActivity.Part.TASKS);
    assertThat(rule("{\"noteMatches\":\"x\"}", "{\"title\":\"x\"}").reads())
        .containsExactly(io.ghlsync.sync.enrich.ContactActivity.Part.NOTES);
    assertThat(rule("{\"appointmentCancelled\":true}", "{\"title\":\"x\"}").reads())
        .containsExactly(io.ghlsync.sync.enrich.ContactActivity.Part.APPOINTMENTS);
    assertThat(rule("{\"tagAdded\":\"x\"}", "{\"title\":\"x\"}").reads()).isEmpty();
  }

  @Test
  void quietRulesNeedTheActivityEnricher() {
    FieldCatalog withoutActivity =
        FieldCatalog.of(Enrichment.none().with(new io.ghlsync.sync.enrich.TagEnricher()));
    assertThatThrownBy(
            () ->
                ActivityRules.fromJson(
                    "{\"version\":\"v\",\"rules\":[{\"id\":\"q\",\"when\":"
                        + "{\"noActivityForDays\":3},\"task\":{\"title\":\"x\"}}]}",
                    "f",
                    withoutActivity))
        .hasMessageContaining("rule 'q'")
        .hasMessageContaining("needs the ActivityEnricher");
  }

  @Test
  void knowsWatchedFieldsAndTheShortestQuietTime() {
    ActivityRules rules =
        ActivityRules.fromJson(
            "{\"version\":\"v\",\"rules\":["
                + "{\"id\":\"a\",\"when\":{\"noActivityForDays\":60},\"task\":{\"title\":\"x\"}},"
                + "{\"id\":\"b\",\"when\":{\"noActivityForDays\":14},\"task\":{\"title\":\"x\"}},"
                + "{\"id\":\"c\",\"when\":{\"statusChanged\":{\"field\":\"customFields.stage\"}},"
                + "\"task\":{\"title\":\"x\"}}]}",
            "f",
            CATALOG);
    assertThat(rules.shortestIdleDays()).contains(14);
    assertThat(rules.statusFields()).containsExactly("customFields.stage");
    assertThat(rule("{\"taskOverdue\":true}", "{\"title\":\"x\"}").shortestIdleDays()).isEmpty();
  }
}
