package io.ghlsync.testkit.ghl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TaskSearchTest {
  private static final String PATH = "/locations/loc-1/tasks/search";
  private FakeGhl ghl;
  private FakeGhlLocation location;
  private GhlHttp http;

  @BeforeEach
  void start() {
    ghl = FakeGhl.builder().seed(3).start();
    location = ghl.location("loc-1").seedContacts(5, 2, 0);
    http =
        new GhlHttp(
            ghl,
            location.privateToken(
                "contacts.readonly", "contacts.write", "locations/tasks.readonly"));
  }

  @AfterEach
  void stop() {
    ghl.close();
  }

  @Test
  void findsTheTasksOfTheGivenContactsAsTheContactEndpointsServeThem() {
    String a = location.seededContactId(1);
    String b = location.seededContactId(3);

    List<Map<String, Object>> found =
        http.post(PATH, Map.of("contactId", List.of(a, b))).list("tasks");

    List<Map<String, Object>> expected = new java.util.ArrayList<>();
    expected.addAll(http.get("/contacts/" + a + "/tasks").list("tasks"));
    expected.addAll(http.get("/contacts/" + b + "/tasks").list("tasks"));
    assertThat(expected).hasSize(4);
    assertThat(found).containsExactlyElementsOf(expected);
  }

  @Test
  void pagesWithSkipAndLimitOverTheWholeLocation() {
    List<Map<String, Object>> first = http.post(PATH, Map.of("limit", 4)).list("tasks");
    List<Map<String, Object>> second = http.post(PATH, Map.of("limit", 4, "skip", 4)).list("tasks");
    List<Map<String, Object>> third = http.post(PATH, Map.of("limit", 4, "skip", 8)).list("tasks");

    assertThat(first).hasSize(4);
    assertThat(second).hasSize(4);
    assertThat(third).hasSize(2);
    assertThat(http.post(PATH, Map.of()).list("tasks")).hasSize(10);
  }

  @Test
  void followsWritesAndFiltersByStateAssigneeAndText() {
    String contact = location.seededContactId(0);
    String created =
        (String)
            http.post(
                    "/contacts/" + contact + "/tasks",
                    Map.of(
                        "title",
                        "Call the owner",
                        "dueDate",
                        "2025-03-01T10:00:00Z",
                        "completed",
                        false,
                        "assignedTo",
                        "user-9"))
                .object("task")
                .get("id");
    http.put(
        "/contacts/" + contact + "/tasks/" + created + "/completed", Map.of("completed", true));

    List<Map<String, Object>> done =
        http.post(PATH, Map.of("contactId", List.of(contact), "completed", true)).list("tasks");
    List<Map<String, Object>> all = http.get("/contacts/" + contact + "/tasks").list("tasks");
    assertThat(all).hasSize(3);
    assertThat(done)
        .containsExactlyElementsOf(
            all.stream().filter(t -> Boolean.TRUE.equals(t.get("completed"))).toList())
        .anySatisfy(t -> assertThat(t).containsEntry("id", created));
    assertThat(http.post(PATH, Map.of("assignedTo", List.of("user-9"))).list("tasks"))
        .singleElement()
        .satisfies(t -> assertThat(t).containsEntry("id", created));
    assertThat(http.post(PATH, Map.of("query", "CALL THE OWNER")).list("tasks"))
        .singleElement()
        .satisfies(t -> assertThat(t).containsEntry("id", created));

    http.delete("/contacts/" + contact + "/tasks/" + created);
    assertThat(http.post(PATH, Map.of("contactId", List.of(contact))).list("tasks")).hasSize(2);
  }

  @Test
  void needsTheTaskScopeAndTheTokensOwnLocation() {
    GhlHttp contactsOnly = new GhlHttp(ghl, location.privateToken("contacts.readonly"));
    assertThat(contactsOnly.post(PATH, Map.of()).code()).isEqualTo(403);
    assertThat(http.post("/locations/loc-2/tasks/search", Map.of()).code()).isEqualTo(403);
  }

  @Test
  void refusesUnknownPropertiesAndBadPaging() {
    GhlHttp.Reply reply = http.post(PATH, Map.of("limit", 0, "status", "open"));

    assertThat(reply.code()).isEqualTo(422);
    assertThat(reply.messages())
        .contains("limit must be a number not less than 1", "property status should not exist");
  }
}
