package io.ghlsync.optmyzr;

import static io.ghlsync.optmyzr.Clients.body;
import static io.ghlsync.optmyzr.Clients.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.optmyzr.model.CursorPage;
import io.ghlsync.optmyzr.model.Note;
import io.ghlsync.optmyzr.model.NoteInput;
import io.ghlsync.optmyzr.model.NoteQuery;
import io.ghlsync.optmyzr.model.Task;
import io.ghlsync.optmyzr.model.TaskInput;
import io.ghlsync.optmyzr.model.TaskPatch;
import io.ghlsync.optmyzr.model.TaskQuery;
import io.ghlsync.optmyzr.model.TaskStatus;
import java.time.Instant;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TasksAndNotesServiceTest {
  private static final String TASK =
      "{\"id\":\"tk_1\",\"contact_id\":\"ct_1\",\"title\":\"Call\",\"body\":\"re offer\","
          + "\"due_at\":\"2025-02-01T09:00:00Z\",\"assignee_id\":\"u_1\",\"status\":\"open\","
          + "\"completed_at\":null,\"created_at\":\"2025-01-01T00:00:00Z\","
          + "\"updated_at\":\"2025-01-01T00:00:00Z\"}";
  private static final String DONE =
      "{\"id\":\"tk_1\",\"contact_id\":\"ct_1\",\"title\":\"Call\",\"status\":\"completed\","
          + "\"completed_at\":\"2025-02-01T10:00:00Z\"}";
  private static final String NOTE =
      "{\"id\":\"nt_1\",\"contact_id\":\"ct_1\",\"body\":\"Left a message\",\"author\":\"sync\","
          + "\"occurred_at\":\"2025-01-05T08:00:00Z\",\"created_at\":\"2025-01-05T08:00:01Z\"}";

  private final MockWebServer server = new MockWebServer();
  private OptmyzrClient client;

  @BeforeEach
  void start() throws Exception {
    server.start();
    client = Clients.withApiKey(server);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void createsATaskWithAllFields() throws Exception {
    server.enqueue(json(201, TASK));

    Task task =
        client
            .tasks()
            .create(
                TaskInput.builder("ct_1", "Call")
                    .body("re offer")
                    .dueAt(Instant.parse("2025-02-01T09:00:00Z"))
                    .assigneeId("u_1")
                    .build(),
                IdempotencyKey.of("task-1").options());

    RecordedRequest r = server.takeRequest();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/v1/tasks");
    assertThat(r.getHeaders().get("Idempotency-Key")).isEqualTo("task-1");
    assertThat(body(r))
        .isEqualTo(
            "{\"contact_id\":\"ct_1\",\"title\":\"Call\",\"body\":\"re offer\","
                + "\"due_at\":\"2025-02-01T09:00:00Z\",\"assignee_id\":\"u_1\"}");
    assertThat(task.status()).isEqualTo(TaskStatus.OPEN);
    assertThat(task.dueAt()).contains(Instant.parse("2025-02-01T09:00:00Z"));
    assertThat(task.assigneeId()).contains("u_1");
    assertThat(task.completedAt()).isEmpty();
  }

  @Test
  void patchesAndCompletesATask() throws Exception {
    server.enqueue(json(200, TASK));
    server.enqueue(json(200, DONE));

    client
        .tasks()
        .update("tk_1", TaskPatch.builder().title("Call again").status(TaskStatus.OPEN).build());
    Task done = client.tasks().complete("tk_1");

    RecordedRequest patch = server.takeRequest();
    assertThat(patch.getMethod()).isEqualTo("PATCH");
    assertThat(patch.getUrl().encodedPath()).isEqualTo("/v1/tasks/tk_1");
    assertThat(body(patch)).isEqualTo("{\"title\":\"Call again\",\"status\":\"open\"}");
    assertThat(patch.getHeaders().get("Idempotency-Key")).isNotBlank();
    RecordedRequest complete = server.takeRequest();
    assertThat(complete.getMethod()).isEqualTo("POST");
    assertThat(complete.getUrl().encodedPath()).isEqualTo("/v1/tasks/tk_1/complete");
    assertThat(complete.getHeaders().get("Idempotency-Key")).isNotBlank();
    assertThat(done.status()).isEqualTo(TaskStatus.COMPLETED);
    assertThat(done.completedAt()).contains(Instant.parse("2025-02-01T10:00:00Z"));
  }

  @Test
  void listsTasksOfAContactAcrossPages() throws Exception {
    server.enqueue(json(200, "{\"data\":[" + TASK + "],\"has_more\":true,\"next_cursor\":\"t2\"}"));
    server.enqueue(json(200, "{\"data\":[" + DONE + "],\"has_more\":false}"));

    assertThat(
            client
                .tasks()
                .listAll(TaskQuery.builder("ct_1").status(TaskStatus.OPEN).limit(1).build())
                .map(Task::status))
        .containsExactly(TaskStatus.OPEN, TaskStatus.COMPLETED);

    RecordedRequest first = server.takeRequest();
    assertThat(first.getUrl().encodedPath()).isEqualTo("/v1/tasks");
    assertThat(first.getUrl().queryParameter("contact_id")).isEqualTo("ct_1");
    assertThat(first.getUrl().queryParameter("status")).isEqualTo("open");
    assertThat(first.getUrl().queryParameter("limit")).isEqualTo("1");
    assertThat(server.takeRequest().getUrl().queryParameter("cursor")).isEqualTo("t2");
  }

  @Test
  void appendsANote() throws Exception {
    server.enqueue(json(201, NOTE));

    Note note =
        client
            .notes()
            .create(
                "ct_1",
                NoteInput.builder("Left a message")
                    .author("sync")
                    .occurredAt(Instant.parse("2025-01-05T08:00:00Z"))
                    .build());

    RecordedRequest r = server.takeRequest();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/v1/contacts/ct_1/notes");
    assertThat(r.getHeaders().get("Idempotency-Key")).isNotBlank();
    assertThat(body(r))
        .isEqualTo(
            "{\"body\":\"Left a message\",\"author\":\"sync\","
                + "\"occurred_at\":\"2025-01-05T08:00:00Z\"}");
    assertThat(note.id()).isEqualTo("nt_1");
    assertThat(note.author()).contains("sync");
    assertThat(note.createdAt()).contains(Instant.parse("2025-01-05T08:00:01Z"));
  }

  @Test
  void listsNotesNewestFirstPageByPage() throws Exception {
    String older = NOTE.replace("nt_1", "nt_0").replace(",\"contact_id\":\"ct_1\"", "");
    server.enqueue(json(200, "{\"data\":[" + NOTE + "],\"has_more\":true,\"next_cursor\":\"n2\"}"));
    server.enqueue(json(200, "{\"data\":[" + older + "],\"has_more\":false}"));
    server.enqueue(json(200, "{\"data\":[],\"has_more\":false}"));

    assertThat(client.notes().listAll("ct_1").map(Note::id)).containsExactly("nt_1", "nt_0");
    CursorPage<Note> page = client.notes().list("ct_1", NoteQuery.firstPage(10));

    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v1/contacts/ct_1/notes");
    assertThat(server.takeRequest().getUrl().queryParameter("cursor")).isEqualTo("n2");
    assertThat(server.takeRequest().getUrl().queryParameter("limit")).isEqualTo("10");
    assertThat(page.items()).isEmpty();
    assertThat(page.hasMore()).isFalse();
  }
}
