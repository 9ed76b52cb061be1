package io.ghlsync.ghl.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghlsync.core.NotFoundException;
import io.ghlsync.core.RetryConfig;
import io.ghlsync.core.ValidationException;
import io.ghlsync.ghl.GhlClient;
import io.ghlsync.ghl.model.Contact;
import io.ghlsync.ghl.model.CreateContactRequest;
import io.ghlsync.ghl.model.CreateNoteRequest;
import io.ghlsync.ghl.model.CreateTaskRequest;
import io.ghlsync.ghl.model.SearchContactsRequest;
import io.ghlsync.ghl.model.Sort;
import io.ghlsync.ghl.model.Task;
import io.ghlsync.ghl.model.UpdateContactRequest;
import io.ghlsync.ghl.model.UpsertContactRequest;
import io.ghlsync.testkit.Fault;
import io.ghlsync.testkit.RequestMatcher;
import io.ghlsync.testkit.ghl.FakeGhl;
import io.ghlsync.testkit.ghl.FakeGhlLocation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Round trips of the GHL client against the stateful testkit fake. */
class FakeGhlRoundTripTest {
  private static final String LOCATION = "loc-rt";

  private FakeGhl ghl;
  private FakeGhlLocation location;
  private GhlClient client;

  @BeforeEach
  void start() {
    ghl = FakeGhl.builder().seed(21).start();
    location = ghl.location(LOCATION);
    client = client(location.privateToken("contacts.readonly", "contacts.write"));
  }

  @AfterEach
  void stop() {
    ghl.close();
  }

  private GhlClient client(String token) {
    return GhlClient.builder()
        .baseUrl(ghl.baseUrl())
        .privateIntegrationToken(token)
        .locationId(LOCATION)
        .retry(new RetryConfig(3, Duration.ofMillis(5), Duration.ofMillis(20), 0))
        .build();
  }

  @Test
  void contactLifecycleRoundTripsThroughTheFake() {
    Contact created =
        client
            .contacts()
            .create(
                CreateContactRequest.builder()
                    .locationId(LOCATION)
                    .firstName("Ann")
                    .email("ann@example.com")
                    .tags("buyer")
                    .build());
    String id = created.id();

    assertThat(client.contacts().get(id).email()).contains("ann@example.com");
    Contact updated =
        client.contacts().update(id, UpdateContactRequest.builder().city("Kiel").build());
    assertThat(updated.city()).contains("Kiel");
    assertThat(client.tags().add(id, List.of("vip"))).containsExactly("buyer", "vip");
    assertThat(client.tags().remove(id, List.of("buyer"))).containsExactly("vip");
    assertThat(location.contact(id).orElseThrow()).containsEntry("city", "Kiel");

    assertThat(client.contacts().delete(id)).isTrue();
    assertThatThrownBy(() -> client.contacts().get(id)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void tasksAndNotesRoundTripThroughTheFake() {
    String id = location.createContact(java.util.Map.of("firstName", "Ted"));

    Task task =
        client
            .tasks()
            .create(
                id,
                CreateTaskRequest.builder()
                    .title("Call")
                    .dueDate(Instant.parse("2025-03-01T10:00:00Z"))
                    .completed(false)
                    .build());
    String taskId = task.id();
    assertThat(client.tasks().complete(id, taskId, true).completed()).contains(true);
    assertThat(client.tasks().list(id)).hasSize(1);
    client.notes().create(id, CreateNoteRequest.builder().body("Likes gardens").build());
    assertThat(client.notes().list(id))
        .singleElement()
        .satisfies(n -> assertThat(n.body()).contains("Likes gardens"));
    assertThat(client.tasks().delete(id, taskId)).isTrue();
    assertThat(location.tasks(id)).isEmpty();
  }

  @Test
  void upsertReportsCreatedThenUpdated() {
    UpsertContactRequest request =
        UpsertContactRequest.builder().locationId(LOCATION).email("up@example.com").build();

    assertThat(client.contacts().upsert(request).created()).isTrue();
    assertThat(client.contacts().upsert(request).created()).isFalse();
    assertThat(location.contactCount()).isEqualTo(1);
  }

  @Test
  void searchAllStreamsEverySeededContactOnce() {
    location.seedContacts(1_200);

    Set<String> ids =
        client
            .contacts()
            .searchAll(
                SearchContactsRequest.builder()
                    .locationId(LOCATION)
                    .pageLimit(500)
                    .sort(Sort.asc("dateAdded"))
                    .build())
            .map(c -> c.id())
            .collect(Collectors.toSet());

    assertThat(ids).hasSize(1_200).contains(location.seededContactId(1_199));
  }

  @Test
  void createAnswering422ButCreatedSurfacesAsValidationErrorWhileTheContactExists() {
    ghl.faults().script(RequestMatcher.operation("create-contact"), Fault.appliedThenStatus(422));

    assertThatThrownBy(
            () ->
                client
                    .contacts()
                    .create(
                        CreateContactRequest.builder()
                            .locationId(LOCATION)
                            .email("q@example.com")
                            .build()))
        .isInstanceOf(ValidationException.class);
    assertThat(location.contactCount()).isEqualTo(1);
    assertThat(client.contacts().findDuplicate(LOCATION, "q@example.com", null)).isPresent();
  }

  @Test
  void transientGatewayErrorsAndRateLimitsOnReadsAreRetriedTransparently() {
    String id = location.createContact(java.util.Map.of("firstName", "Rita"));
    ghl.faults()
        .script(
            RequestMatcher.operation("get-contact"), Fault.status(503), Fault.tooManyRequests());

    assertThat(client.contacts().get(id).firstName()).contains("Rita");
    assertThat(ghl.journal().count("get-contact")).isEqualTo(3);
  }

  @Test
  void taskSearchReturnsTheTasksOfAPageOfContactsInOneCall() {
    location.seedContacts(30, 2, 0);
    GhlClient withTasks =
        client(
            location.privateToken(
                "contacts.readonly", "contacts.write", "locations/tasks.readonly"));
    List<String> ids = new java.util.ArrayList<>();
    for (int i = 0; i < 30; i++) {
      ids.add(location.seededContactId(i));
    }
    long before = ghl.journal().total();

    List<io.ghlsync.ghl.model.Task> found =
        withTasks
            .tasks()
            .searchAll(io.ghlsync.ghl.model.SearchTasksRequest.builder().contactId(ids).build())
            .toList();

    assertThat(found).hasSize(60);
    assertThat(found.stream().map(t -> t.contactId().orElseThrow()).distinct()).hasSize(30);
    assertThat(withTasks.tasks().list(ids.get(7)))
        .containsExactlyElementsOf(
            found.stream().filter(t -> t.contactId().orElseThrow().equals(ids.get(7))).toList());
    // 60 tasks in pages of 100: one request, and the list above is the second.
    assertThat(ghl.journal().total() - before).isEqualTo(2);
    assertThat(ghl.journal().count("task-search")).isEqualTo(1);
  }
}
