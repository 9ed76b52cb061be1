package io.ghlsync.ghl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghlsync.core.Page;
import io.ghlsync.core.PermissionException;
import io.ghlsync.ghl.model.SearchTasksRequest;
import io.ghlsync.ghl.model.Task;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TaskSearchTest {
  private static final String PATH = "/locations/" + MockGhl.LOCATION + "/tasks/search";
  private final MockGhl ghl = new MockGhl();

  @AfterEach
  void close() {
    ghl.close();
  }

  private static String tasks(int count) {
    StringBuilder b = new StringBuilder("{\"tasks\":[");
    for (int i = 0; i < count; i++) {
      b.append(i == 0 ? "" : ",")
          .append("{\"_id\":\"t")
          .append(i)
          .append("\",\"title\":\"T\",\"contactId\":\"c")
          .append(i % 3)
          .append("\",\"completed\":false}");
    }
    return b.append("]}").toString();
  }

  @Test
  void sendsTheFiltersAsGhlsTaskSearchBody() {
    ghl.enqueue(200, tasks(2));

    Page<Task> page =
        ghl.client()
            .tasks()
            .search(
                SearchTasksRequest.builder()
                    .contactId(List.of("c0", "c1"))
                    .completed(false)
                    .assignedTo(List.of("u1"))
                    .query("call")
                    .limit(50)
                    .skip(100)
                    .build());

    MockGhl.assertJsonBody(
        ghl.take("POST", PATH),
        "{\"contactId\":[\"c0\",\"c1\"],\"completed\":false,\"assignedTo\":[\"u1\"],"
            + "\"query\":\"call\",\"limit\":50,\"skip\":100}");
    assertThat(page.items()).extracting(t -> t.id()).containsExactly("t0", "t1");
    assertThat(page.hasMore()).isFalse();
  }

  @Test
  void searchAllAdvancesSkipUntilAShortPage() {
    ghl.enqueue(200, tasks(2));
    ghl.enqueue(200, tasks(2));
    ghl.enqueue(200, tasks(1));

    List<Task> all =
        ghl.client().tasks().searchAll(SearchTasksRequest.builder().limit(2).build()).toList();

    assertThat(all).hasSize(5);
    MockGhl.assertJsonBody(ghl.take("POST", PATH), "{\"limit\":2,\"skip\":0}");
    MockGhl.assertJsonBody(ghl.take("POST", PATH), "{\"limit\":2,\"skip\":2}");
    MockGhl.assertJsonBody(ghl.take("POST", PATH), "{\"limit\":2,\"skip\":4}");
  }

  @Test
  void aTokenWithoutTheTaskScopeFailsBeforeSending() {
    GhlClient contactsOnly =
        ghl.builder().grantedScopes(java.util.Set.of("contacts.readonly")).build();

    assertThatThrownBy(() -> contactsOnly.tasks().search(SearchTasksRequest.builder().build()))
        .isInstanceOf(PermissionException.class)
        .hasMessageContaining("locations/tasks.readonly");
    assertThat(contactsOnly.tasks().searchAsync(SearchTasksRequest.builder().build()))
        .failsWithin(java.time.Duration.ofSeconds(10))
        .withThrowableOfType(ExecutionException.class)
        .withCauseInstanceOf(PermissionException.class);
    assertThat(ghl.server.getRequestCount()).isZero();
  }

  @Test
  void theAsyncTwinReturnsTheSamePage() throws InterruptedException, ExecutionException {
    ghl.enqueue(200, tasks(3));

    Page<Task> page =
        ghl.client()
            .tasks()
            .searchAsync(SearchTasksRequest.builder().locationId("other-loc").limit(3).build())
            .get();

    ghl.take("POST", "/locations/other-loc/tasks/search");
    assertThat(page.items()).hasSize(3);
    assertThat(page.hasMore()).isTrue();
  }

  @Test
  void refusesBadPagingBeforeSending() {
    assertThatThrownBy(() -> SearchTasksRequest.builder().limit(101))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit");
    assertThatThrownBy(() -> SearchTasksRequest.builder().skip(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("skip");
    assertThatThrownBy(() -> SearchTasksRequest.builder().contactId(List.of("a", " ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("contactId[1]");
  }
}
