package io.ghlsync.sync.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.sync.enrich.ContactActivity;
import io.ghlsync.sync.enrich.Enrichment;
import io.ghlsync.sync.mapping.SourceRecord;
import io.ghlsync.sync.score.FieldCatalog;
import io.ghlsync.sync.score.Score;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each trigger kind fires exactly once per triggering change, however often, late or out of order
 * the contact's states are seen.
 */
class RuleRunnerTest {
  static final Enrichment ENRICHMENT = Enrichment.defaults("DE");
  static final FieldCatalog CATALOG = FieldCatalog.of(ENRICHMENT).withScore();
  static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

  /** One observed state of the contact. */
  record State(
      String version,
      Map<String, Object> fields,
      int score,
      List<SourceRecord> tasks,
      List<SourceRecord> notes,
      List<SourceRecord> appointments,
      Instant now) {
    State with(String key, Object value) {
      Map<String, Object> f = new LinkedHashMap<>(fields);
      f.put(key, value);
      return new State(version, f, score, tasks, notes, appointments, now);
    }

    State version(String v) {
      return new State(v, fields, score, tasks, notes, appointments, now);
    }

    State score(int s) {
      return new State(version, fields, s, tasks, notes, appointments, now);
    }

    State tasks(SourceRecord... t) {
      return new State(version, fields, score, List.of(t), notes, appointments, now);
    }

    State notes(SourceRecord... n) {
      return new State(version, fields, score, tasks, List.of(n), appointments, now);
    }

    State appointments(SourceRecord... a) {
      return new State(version, fields, score, tasks, notes, List.of(a), now);
    }

    State at(Instant t) {
      return new State(version, fields, score, tasks, notes, appointments, t);
    }
  }

  static State base() {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("id", "c1");
    f.put("firstName", "Anna");
    f.put("type", "lead");
    f.put("dateAdded", "2026-01-01T00:00:00Z");
    return new State("2026-11-01T00:00:00Z", f, 10, List.of(), List.of(), List.of(), NOW);
  }

  static SourceRecord rec(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return SourceRecord.of(m);
  }

  /** Runs one sync of a state; returns the titles of the tasks created. */
  static List<String> sync(RuleRunner runner, State s) {
    Map<String, Object> f = new LinkedHashMap<>(s.fields());
    f.put("dateUpdated", s.version());
    ContactActivity activity =
        new ContactActivity(SourceRecord.of(f), s.tasks(), s.notes(), s.appointments(), s.now());
    SourceRecord enriched = ENRICHMENT.apply(activity);
    SourceRecord scored =
        enriched.with(Score.PREFIX, new Score(s.score(), List.of(), "v1").fields());
    RuleRunner.Evaluation e = runner.evaluate("loc", scored, activity, false);
    runner.completed(e, Set.of());
    List<String> out = new ArrayList<>();
    e.drafts().forEach(d -> out.add(d.title()));
    return out;
  }

  static RuleRunner runner(String when) {
    return runner(when, new InMemoryRuleMemory());
  }

  static RuleRunner runner(String when, RuleMemory memory) {
    String json =
        "{\"version\":\"r1\",\"rules\":[{\"id\":\"r\",\"when\":"
            + when
            + ",\"task\":{\"title\":\"task for {{firstName}}\"}}]}";
    return new RuleRunner("onoffice", ActivityRules.fromJson(json, "t", CATALOG), memory);
  }

  /** A trigger, the state before, the state with the change, and a stale state seen late. */
  static Stream<Arguments> triggers() {
    State before = base();
    State v2 = base().version("2026-11-02T00:00:00Z");
    return Stream.of(
        Arguments.of(
            "tagAdded", "{\"tagAdded\":\"Buyer\"}", before, v2.with("tags", List.of("buyer"))),
        Arguments.of("scoreUp", "{\"scoreCrossed\":{\"above\":70}}", before, v2.score(75)),
        Arguments.of(
            "scoreDown", "{\"scoreCrossed\":{\"below\":50}}", before.score(60), v2.score(40)),
        Arguments.of(
            "booked",
            "{\"appointmentBooked\":true}",
            before,
            v2.appointments(rec("id", "a1", "appointmentStatus", "confirmed"))),
        Arguments.of(
            "cancelled",
            "{\"appointmentCancelled\":true}",
            before.appointments(rec("id", "a1", "appointmentStatus", "confirmed")),
            v2.appointments(rec("id", "a1", "appointmentStatus", "cancelled"))),
        Arguments.of(
            "overdue",
            "{\"taskOverdue\":true}",
            before.tasks(rec("id", "t1", "dueDate", "2026-12-04T00:00:00Z")),
            v2.tasks(rec("id", "t1", "dueDate", "2026-12-04T00:00:00Z"))
                .at(Instant.parse("2026-12-05T00:00:00Z"))),
        Arguments.of(
            "idle",
            "{\"noActivityForDays\":30}",
            before
                .with("dateAdded", "2026-11-01T00:00:00Z")
                .at(Instant.parse("2026-11-20T00:00:00Z")),
            before.with("dateAdded", "2026-11-01T00:00:00Z")),
        Arguments.of(
            "note",
            "{\"noteMatches\":\"(?i)call\\\\s+back\"}",
            before.notes(rec("id", "n1", "body", "viewing went fine")),
            v2.notes(
                rec("id", "n1", "body", "viewing went fine"),
                rec("id", "n2", "body", "please CALL back tomorrow"))),
        Arguments.of(
            "status",
            "{\"statusChanged\":{\"field\":\"type\",\"to\":\"customer\"}}",
            before,
            v2.with("type", "customer")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("triggers")
  void firesOncePerChangeUnderDuplicatesStaleReadsAndResyncs(
      String name, String when, State before, State changed) {
    RuleRunner runner = runner(when);
    assertThat(sync(runner, before)).as("before the change").isEmpty();
    assertThat(sync(runner, changed)).as("the change").containsExactly("task for Anna");
    assertThat(sync(runner, changed)).as("a duplicate event").isEmpty();
    assertThat(sync(runner, before)).as("a stale state seen late").isEmpty();
    assertThat(sync(runner, changed)).as("the change again after the stale state").isEmpty();
    assertThat(sync(runner, changed)).as("a re-sync").isEmpty();
  }

  @Test
  void outOfOrderFirstSightFiresOnceForTheLatestState() {
    RuleRunner runner = runner("{\"tagAdded\":\"buyer\"}");
    State v2 = base().version("2026-11-02T00:00:00Z").with("tags", List.of("buyer"));
    assertThat(sync(runner, v2)).hasSize(1);
    assertThat(sync(runner, base())).isEmpty();
    assertThat(sync(runner, v2)).isEmpty();
  }

  @Test
  void aTagRemovedAndAddedAgainIsANewChange() {
    RuleRunner runner = runner("{\"tagAdded\":\"buyer\"}");
    assertThat(sync(runner, base().with("tags", List.of("buyer")))).hasSize(1);
    assertThat(sync(runner, base().version("2026-11-05T00:00:00Z"))).isEmpty();
    assertThat(sync(runner, base().version("2026-11-06T00:00:00Z").with("tags", List.of("buyer"))))
        .hasSize(1);
  }

  @Test
  void idleFiresAgainOnlyAfterNewActivity() {
    RuleRunner runner = runner("{\"noActivityForDays\":30}");
    State quiet = base().with("dateAdded", "2026-10-01T00:00:00Z");
    assertThat(sync(runner, quiet)).hasSize(1);
    assertThat(sync(runner, quiet.at(NOW.plusSeconds(86_400 * 10)))).isEmpty();
    State active = quiet.version("2026-12-01T00:00:00Z").at(Instant.parse("2027-01-15T00:00:00Z"));
    assertThat(sync(runner, active)).hasSize(1);
  }

  @Test
  void idleCandidatesComeFromTheStoreNotFromEvents() {
    InMemoryRuleMemory memory = new InMemoryRuleMemory();
    RuleRunner runner = runner("{\"noActivityForDays\":30}", memory);
    State recent = base().version("2026-12-01T00:00:00Z").with("dateAdded", "2026-12-01T00:00:00Z");
    assertThat(sync(runner, recent)).isEmpty();
    assertThat(runner.idleCandidates(NOW)).isEmpty();
    Instant later = Instant.parse("2027-01-05T00:00:00Z");
    assertThat(runner.idleCandidates(later))
        .containsExactly(new RuleSubject("onoffice", "loc", "c1"));
    assertThat(sync(runner, recent.at(later))).hasSize(1);
    assertThat(runner.idleCandidates(later)).as("fired for this quiet stretch").isEmpty();
  }

  @Test
  void statusChangeNeedsAPreviousRunAndMatchesFromAndTo() {
    RuleRunner runner =
        runner("{\"statusChanged\":{\"field\":\"type\",\"from\":\"lead\",\"to\":\"customer\"}}");
    assertThat(sync(runner, base().with("type", "customer"))).as("first sight").isEmpty();
    RuleRunner other = runner("{\"statusChanged\":{\"field\":\"type\",\"from\":\"lead\"}}");
    assertThat(sync(other, base())).isEmpty();
    assertThat(sync(other, base().version("2026-11-03T00:00:00Z").with("type", "vip"))).hasSize(1);
  }

  @Test
  void scoreCrossingUpwardsOnFirstSightCountsFromZero() {
    RuleRunner runner = runner("{\"scoreCrossed\":{\"above\":70}}");
    assertThat(sync(runner, base().score(80))).hasSize(1);
    RuleRunner down = runner("{\"scoreCrossed\":{\"below\":50}}");
    assertThat(sync(down, base().score(10))).as("no previous score: no fall").isEmpty();
  }

  @Test
  void aFailedTaskIsReleasedAndFiresOnTheNextAttemptOnly() {
    InMemoryRuleMemory memory = new InMemoryRuleMemory();
    RuleRunner runner = runner("{\"tagAdded\":\"buyer\"}", memory);
    State s = base().with("tags", List.of("buyer"));
    Map<String, Object> f = new HashMap<>(s.fields());
    f.put("dateUpdated", s.version());
    ContactActivity activity = ContactActivity.of(SourceRecord.of(f), NOW);
    SourceRecord record = ENRICHMENT.apply(activity);
    RuleRunner.Evaluation first = runner.evaluate("loc", record, activity, false);
    assertThat(first.drafts()).hasSize(1);
    runner.completed(first, Set.of(first.drafts().get(0).key()));
    assertThat(memory.facts(first.subject())).isEmpty();
    RuleRunner.Evaluation retry = runner.evaluate("loc", record, activity, false);
    assertThat(retry.drafts()).hasSize(1);
    runner.completed(retry, Set.of());
    assertThat(runner.evaluate("loc", record, activity, false).drafts()).isEmpty();
  }

  @Test
  void aDryRunShowsTheTasksAndClaimsNothing() {
    InMemoryRuleMemory memory = new InMemoryRuleMemory();
    RuleRunner runner = runner("{\"tagAdded\":\"buyer\"}", memory);
    Map<String, Object> f = new HashMap<>(base().with("tags", List.of("buyer")).fields());
    ContactActivity activity = ContactActivity.of(SourceRecord.of(f), NOW);
    SourceRecord record = ENRICHMENT.apply(activity);
    for (int i = 0; i < 2; i++) {
      RuleRunner.Evaluation plan = runner.evaluate("loc", record, activity, true);
      assertThat(plan.drafts())
          .extracting(TaskDraft::describe)
          .containsExactly("r -> \"task for Anna\" due 2026-12-03T12:00:00Z (normal, in target)");
      runner.completed(plan, Set.of());
    }
    assertThat(memory.firingCount()).isZero();
    assertThat(memory.facts(new RuleSubject("onoffice", "loc", "c1"))).isEmpty();
  }

  @Test
  void roundRobinIsEvenAndTemplatesRenderNullsSafely() {
    String json =
        "{\"version\":\"r1\",\"rules\":[{\"id\":\"rr\",\"when\":{\"tagAdded\":\"buyer\"},"
            + "\"task\":{\"title\":\"Call {{firstName}} {{lastName}} at {{companyName|home}}\","
            + "\"body\":\"{{$enriched.emailDomainClass}}{{customFields.x}}\",\"dueInDays\":2,"
            + "\"priority\":\"high\",\"assignee\":{\"roundRobin\":[\"u1\",\"u2\",\"u3\"]}}}]}";
    RuleRunner runner =
        new RuleRunner(
            "onoffice", ActivityRules.fromJson(json, "t", CATALOG), new InMemoryRuleMemory());
    Map<String, Integer> perUser = new HashMap<>();
    for (int i = 0; i < 300; i++) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("id", "c" + i);
      f.put("firstName", "Anna");
      f.put("tags", List.of("buyer"));
      ContactActivity activity = ContactActivity.of(SourceRecord.of(f), NOW);
      RuleRunner.Evaluation e = runner.evaluate("loc", ENRICHMENT.apply(activity), activity, false);
      TaskDraft d = e.drafts().get(0);
      assertThat(d.title()).isEqualTo("Call Anna  at home");
      assertThat(d.body()).isEmpty();
      assertThat(d.due()).isEqualTo(Instant.parse("2026-12-05T12:00:00Z"));
      assertThat(d.priority()).isEqualTo("high");
      perUser.merge(d.assignee().orElseThrow(), 1, Integer::sum);
    }
    assertThat(perUser).containsExactlyInAnyOrderEntriesOf(Map.of("u1", 100, "u2", 100, "u3", 100));
  }

  @Test
  void assigneeFromATableWithFallbackAndOnlyIf() {
    String json =
        "{\"version\":\"r1\",\"rules\":[{\"id\":\"t\",\"when\":{\"tagAdded\":\"buyer\"},"
            + "\"onlyIf\":{\"field\":\"type\",\"equals\":\"lead\"},"
            + "\"task\":{\"title\":\"x\",\"in\":\"ghl\",\"assignee\":{\"byField\":\"city\","
            + "\"table\":{\"Berlin\":\"anna\",\"Hamburg\":\"ben\"},\"fallback\":\"office\"}}}]}";
    RuleRunner runner =
        new RuleRunner(
            "onoffice", ActivityRules.fromJson(json, "t", CATALOG), new InMemoryRuleMemory());
    List<String> got = new ArrayList<>();
    String[][] contacts = {
      {"a", "berlin ", "lead"},
      {"b", "Hamburg", "lead"},
      {"c", "Köln", "lead"},
      {"d", "Berlin", "customer"}
    };
    for (String[] c : contacts) {
      Map<String, Object> f =
          Map.of("id", c[0], "city", c[1], "type", c[2], "tags", List.of("buyer"));
      ContactActivity activity = ContactActivity.of(SourceRecord.of(f), NOW);
      for (TaskDraft d :
          runner.evaluate("loc", ENRICHMENT.apply(activity), activity, false).drafts()) {
        assertThat(d.destination()).isEqualTo(TaskAction.Destination.GHL);
        got.add(c[0] + ":" + d.assignee().orElse("-"));
      }
    }
    assertThat(got).containsExactly("a:anna", "b:ben", "c:office");
  }
}
