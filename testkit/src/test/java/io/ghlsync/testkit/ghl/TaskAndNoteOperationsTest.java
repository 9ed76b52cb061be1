package io.ghlsync.testkit.ghl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TaskAndNoteOperationsTest {
  private FakeGhl ghl;
  private FakeGhlLocation location;
  private GhlHttp http;
  private String contactId;

  @BeforeEach
  void start() {
    ghl = FakeGhl.builder().seed(2).start();
    location = ghl.location("loc-1");
    http = new GhlHttp(ghl, location.privateToken("contacts.readonly", "contacts.write"));
    contactId = location.createContact(Map.of("firstName", "Tess"));
  }

  @AfterEach
  void stop() {
    ghl.close();
  }

  @Test
  void tasksGoThroughCreateGetUpdateCompleteListAndDelete() {
    String base = "/contacts/" + contactId + "/tasks";
    GhlHttp.Reply created =
        http.post(
            base,
            Map.of(
                "title",
                "Call",
                "dueDate",
                "2025-03-01T10:00:00Z",
                "completed",
                false,
                "body",
                "about the flat"));
    assertThat(created.code()).isEqualTo(201);
    Map<String, Object> task = created.object("task");
    assertThat(task)
        .containsEntry("title", "Call")
        .containsEntry("dueDate", "2025-03-01T10:00:00.000Z")
        .containsEntry("completed", false)
        .containsEntry("contactId", contactId)
        .doesNotContainKey("dateAdded");
    String taskPath = base + "/" + task.get("id");

    assertThat(http.get(taskPath).object("task")).containsEntry("body", "about the flat");
    assertThat(http.put(taskPath, Map.of("title", "Call back")).object("task"))
        .containsEntry("title", "Call back");
    GhlHttp.Reply completed = http.put(taskPath + "/completed", Map.of("completed", true));
    assertThat(completed.code()).isEqualTo(200);
    assertThat(completed.object("task")).containsEntry("completed", true);
    assertThat(http.get(base).list("tasks")).hasSize(1);

    GhlHttp.Reply deleted = http.delete(taskPath);
    assertThat(deleted.code()).isEqualTo(200);
    assertThat(deleted.json()).containsEntry("succeded", true);
    assertThat(http.get(taskPath).code()).isEqualTo(404);
    assertThat(location.tasks(contactId)).isEmpty();
  }

  @Test
  void createTaskWithoutRequiredFieldsAnswers422WithMessageArray() {
    GhlHttp.Reply reply =
        http.post("/contacts/" + contactId + "/tasks", Map.of("body", "x", "priority", "high"));

    assertThat(reply.code()).isEqualTo(422);
    assertThat(reply.messages())
        .contains(
            "title should not be empty",
            "dueDate should not be empty",
            "completed should not be empty",
            "property priority should not exist");
    assertThat(
            http.put("/contacts/" + contactId + "/tasks/nope/completed", Map.of("completed", true))
                .code())
        .isEqualTo(404);
  }

  @Test
  void notesGoThroughCreateGetUpdateListAndDelete() {
    String base = "/contacts/" + contactId + "/notes";
    GhlHttp.Reply created =
        http.post(base, Map.of("body", "Likes balconies", "title", "Prefs", "pinned", true));
    assertThat(created.code()).isEqualTo(201);
    Map<String, Object> note = created.object("note");
    assertThat(note)
        .containsEntry("body", "Likes balconies")
        .containsEntry("pinned", true)
        .containsKey("dateAdded");
    String notePath = base + "/" + note.get("id");

    assertThat(http.get(notePath).object("note")).containsEntry("title", "Prefs");
    assertThat(http.put(notePath, Map.of("color", "#FFAA00")).object("note"))
        .containsEntry("color", "#FFAA00")
        .containsEntry("body", "Likes balconies");
    assertThat(http.get(base).list("notes")).hasSize(1);
    assertThat(http.delete(notePath).json()).containsEntry("succeded", true);
    assertThat(http.get(notePath).code()).isEqualTo(404);
  }

  @Test
  void createNoteRequiresBodyAndTasksOfUnknownContactsAreNotFound() {
    assertThat(http.post("/contacts/" + contactId + "/notes", Map.of("title", "t")).messages())
        .containsExactly("body should not be empty");
    assertThat(http.get("/contacts/unknownContactId0000/tasks").code()).isEqualTo(404);
  }

  @Test
  void notFoundStatusCanBeConfiguredTo400() {
    try (FakeGhl strict = FakeGhl.builder().notFoundStatus(400).start()) {
      GhlHttp strictHttp =
          new GhlHttp(strict, strict.location("l").privateToken("contacts.readonly"));
      GhlHttp.Reply reply = strictHttp.get("/contacts/doesNotExist0000000");
      assertThat(reply.code()).isEqualTo(400);
      assertThat(reply.json()).containsEntry("error", "Bad Request");
    }
  }
}
