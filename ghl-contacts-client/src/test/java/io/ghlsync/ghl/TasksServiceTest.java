package io.ghlsync.ghl;

import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.ghl.model.CreateTaskRequest;
import io.ghlsync.ghl.model.Task;
import io.ghlsync.ghl.model.UpdateTaskRequest;
import java.time.Instant;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TasksServiceTest {
  private final MockGhl ghl = new MockGhl();
  private final GhlClient client = ghl.client();

  @AfterEach
  void close() {
    ghl.close();
  }

  @Test
  void listReadsEveryTask() {
    ghl.enqueueFixture(200, "tasks-list.json");

    List<Task> tasks = client.tasks().list("c1");

    RecordedRequest r = ghl.take("GET", "/contacts/c1/tasks");
    assertThat(r.getBodySize()).isZero();
    assertThat(tasks).hasSize(1);
    assertThat(tasks.get(0).title()).contains("test");
    assertThat(tasks.get(0).isCompleted()).isTrue();
    assertThat(tasks.get(0).dueDateInstant()).contains(Instant.parse("2021-07-08T02:30:00Z"));
  }

  @Test
  void getReadsOneTask() {
    ghl.enqueueFixture(200, "task.json");

    Task t = client.tasks().get("c1", "t1");

    ghl.take("GET", "/contacts/c1/tasks/t1");
    assertThat(t.id()).contains("lJpzYrWdpkC2hX6t2yue");
    assertThat(t.assignedTo()).contains("tesTUcmRxWrjqzJS8EjkxNKting");
  }

  @Test
  void createSendsRequiredFieldsAndCompletedFalseByDefault() {
    ghl.enqueueFixture(201, "task.json");

    Task t =
        client
            .tasks()
            .create(
                "c1",
                CreateTaskRequest.builder()
                    .title("First Task")
                    .dueDate(Instant.parse("2020-10-25T11:00:00Z"))
                    .assignedTo("hxHGVRb1YJUscrCB8eXK")
                    .build());

    RecordedRequest r = ghl.take("POST", "/contacts/c1/tasks");
    MockGhl.assertJsonBody(
        r,
        "{\"title\":\"First Task\",\"dueDate\":\"2020-10-25T11:00:00Z\",\"completed\":false,"
            + "\"assignedTo\":\"hxHGVRb1YJUscrCB8eXK\"}");
    assertThat(t.contactId()).contains("lJpzYrWdpkC2hX6t2yue");
  }

  @Test
  void updateSendsOnlyTheChangedFields() {
    ghl.enqueueFixture(200, "task.json");

    client.tasks().update("c1", "t1", UpdateTaskRequest.builder().body("loram ipsum").build());

    RecordedRequest r = ghl.take("PUT", "/contacts/c1/tasks/t1");
    MockGhl.assertJsonBody(r, "{\"body\":\"loram ipsum\"}");
  }

  @Test
  void setCompletedSendsTheFlag() {
    ghl.enqueueFixture(200, "task.json");

    Task t = client.tasks().complete("c1", "t1", true);

    RecordedRequest r = ghl.take("PUT", "/contacts/c1/tasks/t1/completed");
    MockGhl.assertJsonBody(r, "{\"completed\":true}");
    assertThat(t.completed()).contains(true);
  }

  @Test
  void deleteReportsSuccess() {
    ghl.enqueueFixture(200, "task-delete.json");

    assertThat(client.tasks().delete("c1", "t1")).isTrue();

    ghl.take("DELETE", "/contacts/c1/tasks/t1");
  }
}
