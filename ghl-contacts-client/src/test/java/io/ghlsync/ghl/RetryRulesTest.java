package io.ghlsync.ghl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghlsync.core.NetworkException;
import io.ghlsync.core.ServerException;
import io.ghlsync.core.ValidationException;
import io.ghlsync.ghl.model.CreateContactRequest;
import io.ghlsync.ghl.model.CreateTaskRequest;
import io.ghlsync.ghl.model.UpsertContactRequest;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RetryRulesTest {
  private final MockGhl ghl = new MockGhl();
  private final GhlClient client = ghl.client();

  @AfterEach
  void close() {
    ghl.close();
  }

  @Test
  void aGetThatFirstGets503IsRetriedAndSucceeds() {
    ghl.enqueue(503, "{\"message\":\"busy\"}");
    ghl.enqueueFixture(200, "contact-get.json");

    assertThat(client.contacts().get("c1").id()).contains("seD4PfOuKoVMLkEZqohJ");
    assertThat(ghl.server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void createContactIsNotRetriedAfter503() {
    ghl.enqueue(503, "{\"message\":\"busy\",\"traceId\":\"tr-1\"}");
    ghl.enqueueFixture(201, "contact-create.json");

    assertThatThrownBy(
            () -> client.contacts().create(CreateContactRequest.builder().email("a@b.c").build()))
        .isInstanceOf(ServerException.class)
        .hasMessageContaining("POST /contacts/")
        .hasMessageContaining("503")
        .hasMessageContaining("tr-1");
    assertThat(ghl.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void createContactIsNotRetriedAfterAConnectionDrop() {
    ghl.server.enqueue(
        new MockResponse.Builder()
            .onRequestStart(new SocketEffect.CloseSocket(true, false, false))
            .build());
    ghl.enqueueFixture(201, "contact-create.json");

    assertThatThrownBy(
            () -> client.contacts().create(CreateContactRequest.builder().email("a@b.c").build()))
        .isInstanceOf(NetworkException.class);
    assertThat(ghl.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void createTaskIsNotRetriedAfter502() {
    ghl.enqueue(502, "");
    ghl.enqueueFixture(201, "task.json");

    assertThatThrownBy(
            () ->
                client
                    .tasks()
                    .create(
                        "c1",
                        CreateTaskRequest.builder()
                            .title("t")
                            .dueDate("2020-10-25T11:00:00Z")
                            .build()))
        .isInstanceOf(ServerException.class);
    assertThat(ghl.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void upsertIsRetriedAfter503BecauseItIsSafeToRepeat() {
    ghl.enqueue(503, "");
    ghl.enqueueFixture(200, "contact-upsert.json");

    assertThat(
            client
                .contacts()
                .upsert(UpsertContactRequest.builder().email("a@b.c").build())
                .created())
        .isTrue();
    assertThat(ghl.server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void a429OnCreateIsRetriedBecauseGhlDidNotProcessIt() {
    ghl.server.enqueue(
        new MockResponse.Builder()
            .code(429)
            .addHeader("X-RateLimit-Interval-Milliseconds", "100")
            .body("{\"message\":\"Too many requests\"}")
            .build());
    ghl.enqueueFixture(201, "contact-create.json");

    assertThat(client.contacts().create(CreateContactRequest.builder().email("a@b.c").build()).id())
        .contains("seD4PfOuKoVMLkEZqohJ");
    assertThat(ghl.server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void a422IsNotRetriedAndCarriesEveryMessage() {
    ghl.enqueue(
        422,
        "{\"statusCode\":422,\"message\":[\"property gender should not exist\",\"email must be an"
            + " email\"],\"error\":\"Unprocessable Entity\"}");
    ghl.enqueueFixture(200, "contact-get.json");

    assertThatThrownBy(() -> client.contacts().get("c1"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(422);
              assertThat(e.messages())
                  .containsExactly("property gender should not exist", "email must be an email");
            });
    assertThat(ghl.server.getRequestCount()).isEqualTo(1);
  }
}
