package io.ghlsync.optmyzr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghlsync.core.PermissionException;
import io.ghlsync.core.RequestOptions;
import io.ghlsync.core.Secret;
import io.ghlsync.core.TokenProvider;
import io.ghlsync.optmyzr.model.Contact;
import io.ghlsync.optmyzr.model.ContactFields;
import io.ghlsync.optmyzr.model.ContactQuery;
import io.ghlsync.optmyzr.model.HistoryFilter;
import io.ghlsync.optmyzr.model.Note;
import io.ghlsync.optmyzr.model.NoteInput;
import io.ghlsync.optmyzr.model.SuggestionFilter;
import io.ghlsync.optmyzr.model.Task;
import io.ghlsync.optmyzr.model.TaskInput;
import io.ghlsync.optmyzr.model.TaskPatch;
import io.ghlsync.optmyzr.model.TaskQuery;
import io.ghlsync.optmyzr.model.TaskStatus;
import io.ghlsync.optmyzr.model.UpsertResult;
import io.ghlsync.testkit.Fault;
import io.ghlsync.testkit.RequestMatcher;
import io.ghlsync.testkit.TestClock;
import io.ghlsync.testkit.optmyzr.FakeOptmyzr;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeOptmyzrRoundTripTest {
  private final TestClock clock = TestClock.at(Instant.parse("2025-03-01T10:00:00Z"));
  private final FakeOptmyzr fake = FakeOptmyzr.builder().clock(clock).start();
  private final OptmyzrClient client =
      OptmyzrClient.builder()
          .contractBaseUrl(fake.baseUrl())
          .apiKey(Secret.of(fake.apiKey(), "apiKey"))
          .userDataBaseUrl(fake.baseUrl())
          .userDataToken(Secret.of(fake.userDataToken(), "userDataToken"))
          .config(c -> c.retry(Clients.FAST_RETRY))
          .build();

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void contactsRoundTripThroughTheFake() {
    UpsertResult created =
        client
            .contacts()
            .upsertByExternalId(
                "ghl-1",
                ContactFields.builder()
                    .email("ana@example.com")
                    .phone("+49 151 1234 5678")
                    .firstName("Ana")
                    .build());
    clock.advance(Duration.ofMinutes(5));
    UpsertResult updated =
        client
            .contacts()
            .upsertByExternalId("ghl-1", ContactFields.builder().lastName("Lima").build());
    Contact scored = client.contacts().setLeadScore(created.contact().id(), 75);
    Contact tagged = client.contacts().setTags(created.contact().id(), List.of("vip", "ads"));

    assertThat(created.created()).isTrue();
    assertThat(updated.created()).isFalse();
    assertThat(updated.contact().id()).isEqualTo(created.contact().id());
    assertThat(tagged.fields().phone()).contains("+4915112345678");
    assertThat(scored.fields().leadScore()).hasValue(75);
    assertThat(tagged.fields().tags()).contains(List.of("vip", "ads"));
    assertThat(client.contacts().get(created.contact().id()).fields().lastName()).contains("Lima");
    assertThat(client.contacts().findByEmail("ana@example.com")).isPresent();
    assertThat(fake.contacts()).hasSize(1);
  }

  @Test
  void streamingWalksEveryPageAndUpdatedAfterFilters() {
    for (int i = 0; i < 7; i++) {
      client.contacts().create(ContactFields.builder().externalId("e" + i).build());
      clock.advance(Duration.ofMinutes(1));
    }

    assertThat(client.contacts().listAll(ContactQuery.builder().limit(3).build()))
        .extracting(c -> c.fields().externalId().orElseThrow())
        .containsExactly("e0", "e1", "e2", "e3", "e4", "e5", "e6");
    assertThat(
            client
                .contacts()
                .listAll(
                    ContactQuery.builder()
                        .updatedAfter(Instant.parse("2025-03-01T10:04:00Z"))
                        .build())
                .count())
        .isEqualTo(2);
    assertThat(fake.journal().count("list-contacts")).isEqualTo(4);
  }

  @Test
  void tasksAndNotesRoundTrip() {
    String contactId =
        client.contacts().create(ContactFields.builder().company("Acme").build()).id();

    Task task = client.tasks().create(TaskInput.builder(contactId, "Call").build());
    client.tasks().update(task.id(), TaskPatch.builder().body("about the offer").build());
    Task done = client.tasks().complete(task.id());
    Task second = client.tasks().create(TaskInput.builder(contactId, "Email").build());
    client.notes().create(contactId, NoteInput.builder("first").build());
    clock.advance(Duration.ofMinutes(1));
    client.notes().create(contactId, NoteInput.builder("second").author("sync").build());

    assertThat(done.status()).isEqualTo(TaskStatus.COMPLETED);
    assertThat(done.body()).contains("about the offer");
    assertThat(client.tasks().listAll(TaskQuery.builder(contactId).status(TaskStatus.OPEN).build()))
        .extracting(Task::id)
        .containsExactly(second.id());
    assertThat(client.notes().listAll(contactId))
        .extracting(Note::body)
        .containsExactly("second", "first");
  }

  @Test
  void aLostResponseIsRetriedWithTheSameKeyAndCreatesOneContact() {
    fake.faults()
        .script(RequestMatcher.operation("create-contact"), Fault.connectionResetAfterProcessing());

    Contact contact = client.contacts().create(ContactFields.builder().email("a@b.co").build());

    assertThat(fake.contacts()).hasSize(1);
    assertThat(fake.contacts().get(0)).containsEntry("id", contact.id());
    assertThat(fake.journal().count("create-contact")).isEqualTo(2);
  }

  @Test
  void aRetriedSyncStepReusingItsKeyGetsTheFirstResultAndAnotherBodyConflicts() {
    RequestOptions step = IdempotencyKey.derive("create", "ghl-7").options();
    Contact first =
        client.contacts().create(ContactFields.builder().externalId("ghl-7").build(), step);
    Contact again =
        client.contacts().create(ContactFields.builder().externalId("ghl-7").build(), step);

    assertThat(again).isEqualTo(first);
    assertThatThrownBy(
            () ->
                client.contacts().create(ContactFields.builder().externalId("ghl-8").build(), step))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> {
              assertThat(e.isIdempotencyKeyReused()).isTrue();
              assertThat(e.requestId()).hasValueSatisfying(id -> assertThat(id).startsWith("req_"));
            });
    assertThat(fake.contacts()).hasSize(1);
  }

  @Test
  void scopesAreCheckedByTheClientAndTheServer() {
    String token = fake.issueAccessToken(Set.of("contacts.read"), Duration.ofHours(1));
    OptmyzrClient reader =
        OptmyzrClient.builder()
            .contractBaseUrl(fake.baseUrl())
            .oauth(TokenProvider.fixed(Secret.of(token, "token"), Set.of()))
            .build();

    assertThat(reader.contacts().list(ContactQuery.all()).items()).isEmpty();
    assertThatThrownBy(() -> reader.contacts().create(ContactFields.builder().company("A").build()))
        .isInstanceOf(PermissionException.class)
        .hasMessageContaining("HTTP 403");
  }

  @Test
  void userDataApiRoundTrip() {
    assertThat(client.userData().apiList()).contains("OptimizationSuggestions");
    assertThat(
            client
                .userData()
                .optimizationSuggestions(
                    SuggestionFilter.builder().accountType("Bing Ads").build()))
        .singleElement()
        .satisfies(s -> assertThat(s.toolName()).isEqualTo("Negative Keywords"));
    assertThat(client.userData().optimizationHistory(HistoryFilter.none()).entries()).hasSize(2);
  }
}
