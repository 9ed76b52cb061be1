package io.ghlsync.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghlsync.core.RateLimitConfig;
import io.ghlsync.ghl.GhlClient;
import io.ghlsync.ghl.model.CreateNoteRequest;
import io.ghlsync.ghl.model.CreateTaskRequest;
import io.ghlsync.ghl.model.UpdateContactRequest;
import io.ghlsync.sync.enrich.Enrichment;
import io.ghlsync.sync.mapping.FieldRule;
import io.ghlsync.sync.mapping.Mapping;
import io.ghlsync.sync.model.Decision;
import io.ghlsync.sync.model.EntityKind;
import io.ghlsync.sync.rules.ActivityRules;
import io.ghlsync.sync.rules.InMemoryRuleMemory;
import io.ghlsync.sync.score.FieldCatalog;
import io.ghlsync.sync.store.InMemorySyncStore;
import io.ghlsync.sync.store.WorkItem;
import io.ghlsync.sync.testing.GhlSandbox;
import io.ghlsync.sync.testing.MapCrm;
import io.ghlsync.sync.testing.MutableClock;
import io.ghlsync.testkit.ghl.FakeGhl;
import io.ghlsync.testkit.ghl.FakeGhlLocation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Activity rules through the whole engine, one trigger kind at a time: each fires once per
 * triggering change (a re-sync creates nothing), target tasks go through the task mapping (with the
 * rule's priority), GHL tasks are created in GHL, the quiet-contact trigger runs from {@link
 * SyncEngine#sweepInactive()}, and a dry run shows the tasks without claiming them.
 */
class ActivityRulesEngineTest {
  private static final String LOCATION = GhlSandbox.LOCATION;
  private static final Enrichment ENRICHMENT = Enrichment.defaults("US");
  private static final FieldCatalog CATALOG = FieldCatalog.of(ENRICHMENT);
  private static final Mapping MAPPING =
      Mapping.builder("ghl-to-mapcrm-rules", "1")
          .contact(FieldRule.to("email").from("email").trim().lowerCase().build())
          .task(FieldRule.to("title").from("title").build())
          .task(FieldRule.to("due").from("dueDate").personal(false).build())
          .task(FieldRule.to("assignee").from("assignedTo").personal(false).build())
          .task(FieldRule.to("prio").from("priority").personal(false).build())
          .build();
  private static final String RULES =
      "{\"version\":\"engine-rules-1\",\"rules\":["
          + "{\"id\":\"booked\",\"when\":{\"appointmentBooked\":true},"
          + "\"task\":{\"title\":\"[booked] prepare {{firstName}}\",\"priority\":\"high\","
          + "\"assignee\":\"agent-a\"}},"
          + "{\"id\":\"cancelled\",\"when\":{\"appointmentCancelled\":true},"
          + "\"task\":{\"title\":\"[cancelled] reschedule {{firstName}}\",\"in\":\"ghl\","
          + "\"dueInDays\":2}},"
          + "{\"id\":\"overdue\",\"when\":{\"taskOverdue\":true},"
          + "\"task\":{\"title\":\"[overdue] chase {{firstName}}\",\"priority\":\"low\"}},"
          + "{\"id\":\"callback\",\"when\":{\"noteMatches\":\"(?i)call ?back\"},"
          + "\"task\":{\"title\":\"[callback] {{firstName}}\"}},"
          + "{\"id\":\"referred\",\"when\":{\"statusChanged\":{\"field\":\"source\",\"to\":\"referral\"}},"
          + "\"task\":{\"title\":\"[referred] thank the referrer of {{firstName}}\"}},"
          + "{\"id\":\"quiet\",\"when\":{\"noActivityForDays\":30},"
          + "\"task\":{\"title\":\"[quiet] re-engage {{firstName}}\"}}]}";

  private MutableClock clock;
  private FakeGhl ghl;
  private FakeGhlLocation location;
  private GhlClient client;
  private MapCrm crm;
  private InMemoryRuleMemory memory;
  private InMemorySyncStore store;
  private SyncEngine engine;

  @BeforeEach
  void start() {
    clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    ghl =
        FakeGhl.builder().clock(clock).seed(7).rateLimit(1_000_000, Duration.ofSeconds(30)).start();
    location = ghl.location(LOCATION);
    String token = location.privateToken("contacts.readonly", "contacts.write");
    client =
        GhlClient.builder()
            .baseUrl(ghl.baseUrl())
            .privateIntegrationToken(token)
            .locationId(LOCATION)
            .grantedScopes("contacts.readonly", "contacts.write")
            .rateLimit(RateLimitConfig.perWindow(1_000_000, Duration.ofSeconds(10)))
            .build();
    crm = new MapCrm();
    memory = new InMemoryRuleMemory();
    store = new InMemorySyncStore();
    engine = builder().build();
  }

  private SyncEngineBuilder builder() {
    return SyncEngine.builder()
        .ghl(client)
        .store(store)
        .retry(GhlSandbox.FAST_RETRY)
        .clock(clock)
        .target(crm)
        .mapping(MAPPING)
        .enrichment(ENRICHMENT)
        .activityRules(ActivityRules.fromJson(RULES, "engine", CATALOG))
        .ruleMemory(memory);
  }

  @AfterEach
  void stop() {
    engine.close();
    ghl.close();
  }

  private String contact(String firstName) {
    return location.createContact(
        Map.of(
            "firstName",
            firstName,
            "email",
            firstName.toLowerCase(java.util.Locale.ROOT) + "@example.com",
            "source",
            "website"));
  }

  private ContactSyncResult sync(String contactId) {
    ContactSyncResult result = engine.syncContact(LOCATION, contactId);
    assertThat(result.status()).isEqualTo(ContactSyncResult.Status.SYNCED);
    return result;
  }

  private List<Map<String, Object>> ruleTasks(String prefix) {
    return crm.records(EntityKind.TASK).values().stream()
        .filter(t -> String.valueOf(t.get("title")).startsWith(prefix))
        .toList();
  }

  @Test
  void anAppointmentBookedCreatesOneTargetTaskWithTheRulesPriorityAndAssignee() {
    String id = contact("Anna");
    sync(id);
    assertThat(ruleTasks("[booked]")).isEmpty();

    location.addAppointment(
        id,
        Map.of(
            "title", "Viewing",
            "appointmentStatus", "confirmed",
            "startTime", "2026-12-05T10:00:00Z",
            "endTime", "2026-12-05T11:00:00Z"));
    ContactSyncResult first = sync(id);
    sync(id);
    sync(id);

    assertThat(ruleTasks("[booked]"))
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t).containsEntry("title", "[booked] prepare Anna");
              assertThat(t).containsEntry("prio", "high");
              assertThat(t).containsEntry("assignee", "agent-a");
            });
    assertThat(first.changes())
        .filteredOn(c -> c.kind() == EntityKind.TASK && c.decision() == Decision.CREATED)
        .singleElement()
        .satisfies(c -> assertThat(c.detail()).startsWith("rule 'booked' fired by booked:"));
  }

  @Test
  void anAppointmentCancelledCreatesOneTaskInGhlWhichTheTargetThenMirrors() {
    String id = contact("Ben");
    sync(id);
    int ghlTasks = location.tasks(id).size();

    location.addAppointment(
        id,
        Map.of(
            "title", "Call",
            "appointmentStatus", "cancelled",
            "startTime", "2026-12-04T10:00:00Z",
            "endTime", "2026-12-04T10:30:00Z"));
    sync(id);
    sync(id);

    List<Map<String, Object>> created =
        location.tasks(id).stream()
            .filter(t -> String.valueOf(t.get("title")).startsWith("[cancelled]"))
            .toList();
    assertThat(created)
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t).containsEntry("title", "[cancelled] reschedule Ben");
              assertThat(Instant.parse(String.valueOf(t.get("dueDate"))))
                  .isEqualTo(clock.instant().plus(Duration.ofDays(2)));
            });
    assertThat(location.tasks(id)).hasSize(ghlTasks + 1);
    // The rule wrote to GHL only; the next sync mirrors that GHL task like any other, once.
    assertThat(ruleTasks("[cancelled]"))
        .singleElement()
        .satisfies(t -> assertThat(t).doesNotContainKey("prio"));
  }

  @Test
  void anOverdueTaskANoteAndAStatusChangeEachFireOnce() {
    String id = contact("Cleo");
    sync(id);
    client
        .tasks()
        .create(
            id,
            CreateTaskRequest.builder()
                .title("Send brochure")
                .dueDate(clock.instant().plus(Duration.ofHours(2)).toString())
                .completed(false)
                .build());
    sync(id);
    assertThat(ruleTasks("[overdue]")).as("not due yet").isEmpty();

    clock.advance(Duration.ofHours(3));
    sync(id);
    sync(id);
    assertThat(ruleTasks("[overdue]"))
        .singleElement()
        .satisfies(t -> assertThat(t).containsEntry("prio", "low"));

    client.notes().create(id, CreateNoteRequest.builder().body("Please call back Monday").build());
    sync(id);
    sync(id);
    assertThat(ruleTasks("[callback]")).hasSize(1);

    clock.advance(Duration.ofMinutes(1));
    client.contacts().update(id, UpdateContactRequest.builder().source("referral").build());
    sync(id);
    sync(id);
    assertThat(ruleTasks("[referred]")).hasSize(1);
    assertThat(ruleTasks("[quiet]")).isEmpty();
  }

  @Test
  void aQuietContactIsQueuedBySweepInactiveAndGetsOneTask() {
    String id = contact("Dora");
    sync(id);
    assertThat(engine.sweepInactive()).as("active today").isZero();

    clock.advance(Duration.ofDays(31));
    assertThat(engine.sweepInactive()).isEqualTo(1);
    assertThat(engine.queueStats().ready()).isEqualTo(1);
    assertThat(engine.runPending()).isEqualTo(1);
    assertThat(ruleTasks("[quiet]"))
        .singleElement()
        .satisfies(t -> assertThat(t).containsEntry("title", "[quiet] re-engage Dora"));

    assertThat(engine.sweepInactive()).as("fired for this quiet stretch").isZero();
    sync(id);
    assertThat(ruleTasks("[quiet]")).hasSize(1);
  }

  @Test
  void aStartedEngineSweepsForQuietContactsOnItsOwnSchedule() throws InterruptedException {
    String id = contact("Fritz");
    sync(id);
    engine.close();
    clock.advance(Duration.ofDays(31));

    CountDownLatch synced = new CountDownLatch(1);
    engine =
        builder()
            .sweepInactiveEvery(Duration.ofSeconds(1))
            .listener(
                new SyncListener() {
                  @Override
                  public void onDone(WorkItem item, ContactSyncResult result) {
                    synced.countDown();
                  }
                })
            .build();
    engine.start();

    assertThat(synced.await(20, TimeUnit.SECONDS)).as("a sweep queued the contact").isTrue();
    assertThat(ruleTasks("[quiet]"))
        .as("the scheduler swept and synced the quiet contact, nobody called sweepInactive")
        .singleElement()
        .satisfies(t -> assertThat(t).containsEntry("title", "[quiet] re-engage Fritz"));
  }

  @Test
  void sweepInactiveEveryRefusesIntervalsBelowOneSecond() {
    assertThatThrownBy(() -> builder().sweepInactiveEvery(Duration.ofMillis(10)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sweepInactiveEvery");
  }

  @Test
  void aDryRunShowsTheRuleTasksAndClaimsNothing() {
    String id = contact("Emil");
    sync(id);
    location.addAppointment(
        id,
        Map.of(
            "title", "Viewing",
            "appointmentStatus", "booked",
            "startTime", "2026-12-06T10:00:00Z",
            "endTime", "2026-12-06T11:00:00Z"));
    int firings = memory.firingCount();

    SyncPlan plan = engine.plan(LOCATION, List.of(id));
    SyncPlan again = engine.plan(LOCATION, List.of(id));

    assertThat(plan.changes())
        .filteredOn(c -> c.kind() == EntityKind.TASK && c.decision() == Decision.CREATED)
        .singleElement()
        .satisfies(
            c ->
                assertThat(c.detail())
                    .startsWith("rule booked -> \"[booked] prepare Emil\"")
                    .contains("for agent-a (high, in target)"));
    assertThat(again.changes()).isEqualTo(plan.changes());
    assertThat(memory.firingCount()).isEqualTo(firings);
    assertThat(ruleTasks("[booked]")).isEmpty();

    sync(id);
    assertThat(ruleTasks("[booked]")).hasSize(1);
    assertThat(
            Objects.requireNonNull(engine.plan(LOCATION, List.of(id))).changes().stream()
                .filter(c -> c.kind() == EntityKind.TASK && c.decision() == Decision.CREATED)
                .toList())
        .isEmpty();
  }
}
