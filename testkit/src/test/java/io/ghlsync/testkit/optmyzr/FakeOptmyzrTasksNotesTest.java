package io.ghlsync.testkit.optmyzr;

import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeOptmyzrTasksNotesTest {
  private final TestClock clock = TestClock.at(Instant.parse("2025-03-01T10:00:00Z"));
  private final FakeOptmyzr fake = FakeOptmyzr.builder().clock(clock).start();
  private final RawHttp http = RawHttp.withApiKey(fake);
  private final String contactId = fake.seedContact(Map.of("email", "a@b.co"));

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void createsUpdatesAndCompletesATaskOnce() {
    RawHttp.Reply created =
        http.write(
            "POST",
            "/v1/tasks",
            "{\"contact_id\":\""
                + contactId
                + "\",\"title\":\"Call\",\"due_at\":\"2025-03-02T09:00:00+01:00\"}",
            "t1");
    assertThat(created.code()).isEqualTo(201);
    assertThat(created.json())
        .containsEntry("status", "open")
        .containsEntry("due_at", "2025-03-02T08:00:00Z");
    String taskId = (String) created.json().get("id");

    RawHttp.Reply patched =
        http.write(
            "PATCH",
            "/v1/tasks/" + taskId,
            "{\"title\":\"Call back\",\"body\":\"re offer\"}",
            "t2");
    assertThat(patched.json())
        .containsEntry("title", "Call back")
        .containsEntry("body", "re offer");

    RawHttp.Reply done = http.write("POST", "/v1/tasks/" + taskId + "/complete", "", "t3");
    clock.advance(Duration.ofHours(1));
    RawHttp.Reply again = http.write("POST", "/v1/tasks/" + taskId + "/complete", "", "t4");
    assertThat(done.json())
        .containsEntry("status", "completed")
        .containsEntry("completed_at", "2025-03-01T10:00:00Z");
    assertThat(again.json()).containsEntry("completed_at", "2025-03-01T10:00:00Z");

    RawHttp.Reply reopened =
        http.write("PATCH", "/v1/tasks/" + taskId, "{\"status\":\"open\"}", "t5");
    assertThat(reopened.json()).containsEntry("status", "open").containsEntry("completed_at", null);
    RawHttp.Reply closed =
        http.write("PATCH", "/v1/tasks/" + taskId, "{\"status\":\"completed\"}", "t6");
    assertThat(closed.json()).containsEntry("completed_at", "2025-03-01T11:00:00Z");
  }

  @Test
  void refusesTasksOfUnknownContactsAndBadValues() {
    assertThat(
            http.write("POST", "/v1/tasks", "{\"contact_id\":\"ct_x\",\"title\":\"T\"}", "a")
                .code())
        .isEqualTo(404);
    assertThat(
            http.write("POST", "/v1/tasks", "{\"contact_id\":\"" + contactId + "\"}", "b").error())
        .containsEntry("param", "title");
    assertThat(http.write("PATCH", "/v1/tasks/tk_x", "{\"title\":\"T\"}", "c").code())
        .isEqualTo(404);
    assertThat(http.write("POST", "/v1/tasks/tk_x/complete", "", "d").code()).isEqualTo(404);
    String taskId = createTask("T");
    assertThat(http.write("PATCH", "/v1/tasks/" + taskId, "{\"status\":\"done\"}", "e").error())
        .containsEntry("param", "status");
    assertThat(http.write("PATCH", "/v1/tasks/" + taskId, "{\"due_at\":\"soon\"}", "f").code())
        .isEqualTo(422);
    assertThat(http.get("/v1/tasks?status=done").code()).isEqualTo(400);
  }

  @Test
  void listsTasksByContactAndStatus() {
    String open = createTask("open one");
    String closed = createTask("closed one");
    http.write("POST", "/v1/tasks/" + closed + "/complete", "", "c");
    String otherContact = fake.seedContact(Map.of("email", "z@b.co"));
    http.write(
        "POST", "/v1/tasks", "{\"contact_id\":\"" + otherContact + "\",\"title\":\"x\"}", "o");

    assertThat(ids(http.get("/v1/tasks?contact_id=" + contactId))).containsExactly(open, closed);
    assertThat(ids(http.get("/v1/tasks?contact_id=" + contactId + "&status=open")))
        .containsExactly(open);
    RawHttp.Reply first = http.get("/v1/tasks?contact_id=" + contactId + "&limit=1");
    RawHttp.Reply second =
        http.get(
            "/v1/tasks?contact_id="
                + contactId
                + "&limit=1&cursor="
                + first.json().get("next_cursor"));
    assertThat(ids(second)).containsExactly(closed);
    assertThat(fake.tasks()).hasSize(3);
  }

  @Test
  void appendsNotesAndListsThemNewestFirst() {
    for (int i = 1; i <= 3; i++) {
      RawHttp.Reply note =
          http.write(
              "POST",
              "/v1/contacts/" + contactId + "/notes",
              "{\"body\":\"note " + i + "\"}",
              "n" + i);
      assertThat(note.code()).isEqualTo(201);
      clock.advance(Duration.ofMinutes(1));
    }
    RawHttp.Reply withTime =
        http.write(
            "POST",
            "/v1/contacts/" + contactId + "/notes",
            "{\"body\":\"old call\",\"author\":\"sync\",\"occurred_at\":\"2024-12-31T23:00:00Z\"}",
            "n4");
    assertThat(withTime.json())
        .containsEntry("occurred_at", "2024-12-31T23:00:00Z")
        .containsEntry("author", "sync");

    RawHttp.Reply page1 = http.get("/v1/contacts/" + contactId + "/notes?limit=2");
    RawHttp.Reply page2 =
        http.get(
            "/v1/contacts/"
                + contactId
                + "/notes?limit=2&cursor="
                + page1.json().get("next_cursor"));
    assertThat(bodies(page1)).containsExactly("old call", "note 3");
    assertThat(bodies(page2)).containsExactly("note 2", "note 1");
    assertThat(http.get("/v1/contacts/ct_x/notes").code()).isEqualTo(404);
    assertThat(http.write("POST", "/v1/contacts/" + contactId + "/notes", "{}", "n5").error())
        .containsEntry("param", "body");
    assertThat(fake.notes()).hasSize(4);
  }

  private String createTask(String title) {
    return (String)
        http.write(
                "POST",
                "/v1/tasks",
                "{\"contact_id\":\"" + contactId + "\",\"title\":\"" + title + "\"}",
                "create-" + title)
            .json()
            .get("id");
  }

  @SuppressWarnings("unchecked")
  private static List<Object> ids(RawHttp.Reply reply) {
    return ((List<Map<String, Object>>) reply.json().get("data"))
        .stream().map(t -> t.get("id")).toList();
  }

  @SuppressWarnings("unchecked")
  private static List<Object> bodies(RawHttp.Reply reply) {
    return ((List<Map<String, Object>>) reply.json().get("data"))
        .stream().map(t -> t.get("body")).toList();
  }
}
