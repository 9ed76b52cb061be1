package io.ghlsync.sync;

import static io.ghlsync.sync.testing.GhlSandbox.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.ghl.model.CreateNoteRequest;
import io.ghlsync.ghl.model.CreateTaskRequest;
import io.ghlsync.ghl.model.UpdateContactRequest;
import io.ghlsync.ghl.webhook.WebhookEvent;
import io.ghlsync.ghl.webhook.WebhookHandler;
import io.ghlsync.ghl.webhook.WebhookResult;
import io.ghlsync.sync.mapping.FieldRule;
import io.ghlsync.sync.mapping.Mapping;
import io.ghlsync.sync.model.EntityKind;
import io.ghlsync.sync.model.Trigger;
import io.ghlsync.sync.testing.ForwardingTarget;
import io.ghlsync.sync.testing.GhlSandbox;
import io.ghlsync.sync.testing.MapCrm;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What GHL's rate budget is spent on, counted exactly at the fake GHL's request journal (issue 16's
 * goals): a backfill of 1,000 contacts with 2 tasks and 2 notes each costs 2.002 requests per
 * contact whatever the number of targets (the search page is the contact's read), 1.024 with the
 * task-search scope, and one webhook event costs one request.
 */
class RateBudgetTest {
  private static final int CONTACTS = 1_000;

  private static final Mapping MAPPING =
      Mapping.builder("ghl-to-mapcrm", "1")
          .contact(FieldRule.to("email").from("email").trim().lowerCase().build())
          .contact(FieldRule.to("name").concat(" ", "firstName", "lastName").build())
          .task(FieldRule.to("title").from("title").build())
          .note(FieldRule.to("text").from("body").build())
          .build();

  private static final AtomicInteger WEBHOOK_IDS = new AtomicInteger();

  private static ForwardingTarget named(String name, MapCrm crm) {
    return new ForwardingTarget(crm) {
      @Override
      public String name() {
        return name;
      }
    };
  }

  private static SyncEngine engine(GhlSandbox s, MapCrm first, MapCrm... more) {
    SyncEngineBuilder b = s.engine().target(named("first", first)).mapping(MAPPING);
    for (int i = 0; i < more.length; i++) {
      b.addTarget(SyncTarget.builder(named("more" + i, more[i]), MAPPING).build());
    }
    return b.build();
  }

  private static long backfill(GhlSandbox s, SyncEngine engine) {
    long before = s.ghl.journal().total();
    assertThat(engine.backfill(LOCATION).queued()).isEqualTo(CONTACTS);
    assertThat(engine.runPending()).isEqualTo(CONTACTS);
    assertThat(engine.deadLetters()).isEmpty();
    return s.ghl.journal().total() - before;
  }

  private static void assertSynced(MapCrm crm) {
    assertThat(crm.records(EntityKind.CONTACT)).hasSize(CONTACTS);
    assertThat(crm.records(EntityKind.TASK)).hasSize(2 * CONTACTS);
    assertThat(crm.records(EntityKind.NOTE)).hasSize(2 * CONTACTS);
  }

  @Test
  void aBackfillReadsEachContactFromItsSearchPageAndCosts2002RequestsPer1000Contacts() {
    MapCrm crm = new MapCrm();
    try (GhlSandbox s = new GhlSandbox(CONTACTS, 1_000_000, 2, 2);
        SyncEngine engine = engine(s, crm)) {
      long spent = backfill(s, engine);

      // 2 search pages + one task list and one note list per contact; no GET of a contact.
      assertThat(s.ghl.journal().count("get-contact")).isZero();
      assertThat(spent).isEqualTo(2 + 2 * CONTACTS);
      assertThat((double) spent / CONTACTS).isLessThanOrEqualTo(2.05);
      assertThat(engine.ghlUsage().requests(LOCATION, Trigger.BACKFILL)).isEqualTo(spent);
      assertSynced(crm);
    }
  }

  @Test
  void aSecondTargetCostsNoGhlRequest() {
    MapCrm first = new MapCrm();
    MapCrm second = new MapCrm();
    try (GhlSandbox s = new GhlSandbox(CONTACTS, 1_000_000, 2, 2);
        SyncEngine engine = engine(s, first, second)) {
      long spent = backfill(s, engine);

      assertThat(spent).isEqualTo(2 + 2 * CONTACTS);
      assertSynced(first);
      assertSynced(second);
    }
  }

  @Test
  void withTheTaskSearchScopeTheTasksOfAPageCostElevenRequests() {
    MapCrm first = new MapCrm();
    MapCrm second = new MapCrm();
    try (GhlSandbox s = new GhlSandbox(CONTACTS, 1_000_000, 2, 2, true);
        SyncEngine engine = engine(s, first, second)) {
      long spent = backfill(s, engine);

      // Per page of 500 contacts: 1,000 tasks in 10 full pages of 100 and an empty 11th.
      assertThat(s.ghl.journal().count("task-search")).isEqualTo(22);
      assertThat(s.ghl.journal().count("get-all-notes")).isEqualTo(CONTACTS);
      assertThat(spent).isEqualTo(2 + 22 + CONTACTS);
      assertThat((double) spent / CONTACTS).isLessThanOrEqualTo(1.10);
      assertSynced(first);
      assertSynced(second);
    }
  }

  @Test
  void aReconciliationPollCostsItsSearchPagesAndASweepReadsTasksAndNotes() {
    MapCrm crm = new MapCrm();
    try (GhlSandbox s = new GhlSandbox(CONTACTS, 1_000_000, 2, 2);
        SyncEngine engine = engine(s, crm)) {
      backfill(s, engine);
      int writes = crm.writes.get();

      long beforePoll = s.ghl.journal().total();
      assertThat(engine.poll(LOCATION).queued()).isEqualTo(CONTACTS);
      assertThat(engine.runPending()).isEqualTo(CONTACTS);
      long poll = s.ghl.journal().total() - beforePoll;

      long beforeSweep = s.ghl.journal().total();
      assertThat(engine.sweep(LOCATION).queued()).isEqualTo(CONTACTS);
      assertThat(engine.runPending()).isEqualTo(CONTACTS);
      long sweep = s.ghl.journal().total() - beforeSweep;

      // The poll's pages hold the (linked) contacts: nothing else is read.
      assertThat(poll).isEqualTo(2);
      assertThat(engine.ghlUsage().requests(LOCATION, Trigger.POLL)).isEqualTo(2);
      // The sweep re-reads tasks and notes, its contacts come from its pages.
      assertThat(sweep).isEqualTo(2 + 2 * CONTACTS);
      assertThat(engine.ghlUsage().requests(LOCATION, Trigger.SWEEP)).isEqualTo(sweep);
      assertThat(crm.writes.get()).isEqualTo(writes);
    }
  }

  @Test
  void theSwitchRestoresTheGetOfEachContact() {
    MapCrm crm = new MapCrm();
    try (GhlSandbox s = new GhlSandbox(CONTACTS, 1_000_000, 2, 2);
        SyncEngine engine =
            s.engine()
                .target(named("first", crm))
                .mapping(MAPPING)
                .useSearchResults(false)
                .build()) {
      long spent = backfill(s, engine);

      assertThat(s.ghl.journal().count("get-contact")).isEqualTo(CONTACTS);
      assertThat(spent).isEqualTo(2 + 3 * CONTACTS);
      assertSynced(crm);
    }
  }

  @Test
  void eachWebhookEventReReadsOnlyWhatItNamesWhateverTheNumberOfTargets() {
    MapCrm first = new MapCrm();
    MapCrm second = new MapCrm();
    try (GhlSandbox s = new GhlSandbox(20, 1_000_000, 2, 2);
        SyncEngine engine = engine(s, first, second)) {
      engine.backfill(LOCATION);
      engine.runPending();
      WebhookHandler handler =
          engine.webhookHandler(
              WebhookHandler.builder().allowUnsignedEvents(true).requireTimestamp(false));
      String contact = s.contactIds(20).get(3);

      s.ghlClient
          .contacts()
          .update(contact, UpdateContactRequest.builder().firstName("Zed").build());
      assertThat(eventCost(s, engine, handler, "ContactUpdate", "\"id\":\"" + contact + "\""))
          .isEqualTo(Map.of("get-contact", 1L));
      assertThat(first.records(EntityKind.CONTACT).values().stream().map(r -> r.get("name")))
          .anyMatch(n -> String.valueOf(n).startsWith("Zed "));
      assertThat(first.records(EntityKind.TASK)).hasSize(40);

      String task =
          s.ghlClient
              .tasks()
              .create(
                  contact,
                  CreateTaskRequest.builder()
                      .title("Call back")
                      .dueDate("2030-01-01T00:00:00Z")
                      .build())
              .id();
      assertThat(
              eventCost(
                  s,
                  engine,
                  handler,
                  "TaskCreate",
                  "\"id\":\"" + task + "\",\"contactId\":\"" + contact + "\""))
          .isEqualTo(Map.of("get-all-tasks", 1L));
      assertThat(second.records(EntityKind.TASK)).hasSize(41);

      String note =
          s.ghlClient
              .notes()
              .create(contact, CreateNoteRequest.builder().body("Met at fair").build())
              .id();
      assertThat(
              eventCost(
                  s,
                  engine,
                  handler,
                  "NoteCreate",
                  "\"id\":\"" + note + "\",\"contactId\":\"" + contact + "\""))
          .isEqualTo(Map.of("get-all-notes", 1L));
      assertThat(first.records(EntityKind.NOTE)).hasSize(41);
      assertThat(second.records(EntityKind.NOTE)).hasSize(41);

      assertThat(eventCost(s, engine, handler, "ContactCreate", "\"id\":\"" + contact + "\""))
          .isEqualTo(Map.of("get-contact", 1L, "get-all-tasks", 1L, "get-all-notes", 1L));
      assertThat(engine.deadLetters()).isEmpty();
    }
  }

  @Test
  void aTaskCreateWithoutContactIdIsResolvedByTaskSearch() {
    MapCrm crm = new MapCrm();
    try (GhlSandbox s = new GhlSandbox(5, 1_000_000, 1, 0, true);
        SyncEngine engine = engine(s, crm)) {
      engine.backfill(LOCATION);
      engine.runPending();
      WebhookHandler handler =
          engine.webhookHandler(
              WebhookHandler.builder().allowUnsignedEvents(true).requireTimestamp(false));
      String contact = s.contactIds(5).get(2);
      String task =
          s.ghlClient
              .tasks()
              .create(
                  contact,
                  CreateTaskRequest.builder()
                      .title("Unusual title 7")
                      .dueDate("2030-01-01T00:00:00Z")
                      .build())
              .id();

      Map<String, Long> cost =
          eventCost(
              s,
              engine,
              handler,
              "TaskCreate",
              "\"id\":\"" + task + "\",\"title\":\"Unusual title 7\"");

      assertThat(cost).isEqualTo(Map.of("task-search", 1L, "get-all-tasks", 1L));
      assertThat(crm.records(EntityKind.TASK)).hasSize(6);
    }
  }

  /** Hands in one event, syncs it, and returns the GHL requests that cost by operation. */
  private static Map<String, Long> eventCost(
      GhlSandbox s, SyncEngine engine, WebhookHandler handler, String type, String fields) {
    Map<String, Long> before = s.ghl.journal().counts();
    byte[] body =
        ("{\"type\":\""
                + type
                + "\",\"locationId\":\""
                + LOCATION
                + "\",\"webhookId\":\"w-"
                + WEBHOOK_IDS.incrementAndGet()
                + "\","
                + fields
                + "}")
            .getBytes(StandardCharsets.UTF_8);
    WebhookResult result = handler.handle(Map.of(), body);
    assertThat(result).isInstanceOf(WebhookResult.Accepted.class);
    assertThat(((WebhookResult.Accepted) result).event()).isInstanceOf(WebhookEvent.class);
    assertThat(engine.runPending()).isEqualTo(1);
    Map<String, Long> spent = new java.util.TreeMap<>();
    s.ghl
        .journal()
        .counts()
        .forEach(
            (op, n) -> {
              long d = n - before.getOrDefault(op, 0L);
              if (d > 0) {
                spent.put(op, d);
              }
            });
    return spent;
  }
}
