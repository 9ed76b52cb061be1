package io.ghlsync.onoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghlsync.core.Page;
import io.ghlsync.onoffice.internal.Fixtures;
import io.ghlsync.onoffice.model.Filter;
import io.ghlsync.onoffice.model.FilterOperator;
import io.ghlsync.onoffice.model.NewTask;
import io.ghlsync.onoffice.model.Task;
import io.ghlsync.onoffice.model.TaskChanges;
import io.ghlsync.onoffice.model.TaskPriority;
import io.ghlsync.onoffice.model.TaskQuery;
import io.ghlsync.onoffice.model.TaskStatus;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TasksTest {
  private static final String DEFAULT_DATA =
      "[\"Betreff\",\"Aufgabe\",\"Prio\",\"Status\",\"Art\",\"Verantwortung\",\"Deadline\","
          + "\"Eintragsdatum\",\"modified\",\"erledigt\"]";

  private final MockOnOffice mock = new MockOnOffice();

  @AfterEach
  void close() {
    mock.close();
  }

  @Test
  void createsATaskLinkedToAnAddress() {
    mock.enqueue(MockOnOffice.ok("task", "{\"id\":451,\"type\":\"task\",\"elements\":[]}", "null"));

    long id =
        mock.client
            .tasks()
            .create(
                NewTask.builder()
                    .betreff("Call back")
                    .aufgabe("Ask about the offer")
                    .prio(TaskPriority.NORMAL)
                    .status(TaskStatus.NOT_STARTED)
                    .verantwortung("robert")
                    .deadline(LocalDateTime.of(2025, 3, 1, 12, 0))
                    .relatedAddressId(247)
                    .build());

    assertThat(id).isEqualTo(451);
    assertThat(mock.takeBody())
        .isEqualTo(
            MockOnOffice.body(
                ActionType.CREATE,
                "",
                "task",
                "{\"data\":{\"Betreff\":\"Call back\",\"Aufgabe\":\"Ask about the offer\",\"Prio\":3,"
                    + "\"Status\":1,\"Verantwortung\":\"robert\",\"Deadline\":\"2025-03-01 12:00:00\"},"
                    + "\"relatedAddressId\":247}"));
  }

  @Test
  void readsOneTaskByResourceIdAndConvertsStringValues() {
    mock.enqueue(Fixtures.text("read-task.json"));

    Task task = mock.client.tasks().get(451).orElseThrow();

    assertThat(mock.takeBody())
        .isEqualTo(
            MockOnOffice.body(ActionType.READ, "451", "task", "{\"data\":" + DEFAULT_DATA + "}"));
    assertThat(task.subject()).hasValue("Call back");
    assertThat(task.priority()).hasValue(TaskPriority.NORMAL);
    assertThat(task.status()).hasValue(TaskStatus.IN_PROCESS);
    assertThat(task.deadline()).hasValue(LocalDateTime.of(2025, 3, 1, 12, 0));
    assertThat(task.done()).isFalse();
    assertThat(task.relatedAddressIds()).containsExactly(247L);
  }

  @Test
  void listsTasksOfAnAddressWithoutOffset() {
    mock.enqueue(Fixtures.text("read-task.json"));

    List<Task> tasks = mock.client.tasks().forAddress(247);

    assertThat(tasks).hasSize(1);
    assertThat(mock.takeBody())
        .contains(
            "\"parameters\":{\"data\":"
                + DEFAULT_DATA
                + ",\"listlimit\":500,\"relatedAddressId\":247}")
        .doesNotContain("listoffset");
  }

  @Test
  void aFullTaskPageSaysMoreMayFollowBecauseTheTotalIsNotReliable() {
    mock.enqueue(Fixtures.text("read-task.json"));

    Page<Task> page =
        mock.client
            .tasks()
            .list(
                TaskQuery.builder()
                    .data(List.of("Betreff"))
                    .filter(Filter.where("modified", FilterOperator.GE, "2025-01-01 00:00:00"))
                    .listlimit(1)
                    .build());

    assertThat(page.hasMore()).isTrue();
    assertThat(page.total()).isEmpty();
  }

  @Test
  void modifiesATaskByResourceId() {
    mock.enqueue(Fixtures.text("modify-task.json"));

    mock.client
        .tasks()
        .update(
            451,
            TaskChanges.builder().status(TaskStatus.COMPLETED).erledigt(true).stand(100).build());

    assertThat(mock.takeBody())
        .isEqualTo(
            MockOnOffice.body(
                ActionType.MODIFY,
                "451",
                "task",
                "{\"data\":{\"Status\":3,\"erledigt\":true,\"Stand\":100}}"));
  }

  @Test
  void rejectsBadTaskInputBeforeSending() {
    assertThatThrownBy(() -> NewTask.builder().build()).hasMessageContaining("at least one");
    assertThatThrownBy(() -> TaskChanges.builder().stand(30)).hasMessageContaining("Stand");
    assertThatThrownBy(() -> NewTask.builder().relatedAddressId(-1))
        .hasMessageContaining("relatedAddressId");
    assertThatThrownBy(() -> TaskQuery.builder().data(List.of("Nr"))).hasMessageContaining("Nr");
    assertThatThrownBy(() -> mock.client.tasks().get(0)).hasMessageContaining("taskId");
    assertThat(mock.server.getRequestCount()).isZero();
  }
}
