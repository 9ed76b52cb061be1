package io.ghlsync.optmyzr;

import static io.ghlsync.optmyzr.Clients.contactJson;
import static io.ghlsync.optmyzr.Clients.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghlsync.core.AuthenticationException;
import io.ghlsync.core.CredentialProvider;
import io.ghlsync.core.PermissionException;
import io.ghlsync.core.Secret;
import io.ghlsync.core.TokenProvider;
import io.ghlsync.optmyzr.model.ContactFields;
import io.ghlsync.optmyzr.model.NoteInput;
import io.ghlsync.optmyzr.model.TaskInput;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuthenticationTest {
  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void writesTheTokenCannotMakeFailBeforeSending() {
    OptmyzrClient client =
        Clients.withOAuth(
            server, TokenProvider.fixed(Secret.of("at-1", "token"), Set.of("contacts.read")));

    assertThatThrownBy(() -> client.contacts().create(ContactFields.builder().company("A").build()))
        .isInstanceOf(PermissionException.class)
        .hasMessageContaining("contacts.write");
    assertThatThrownBy(() -> client.tasks().create(TaskInput.builder("ct_1", "t").build()))
        .isInstanceOf(PermissionException.class)
        .hasMessageContaining("tasks.write");
    assertThatThrownBy(() -> client.notes().create("ct_1", NoteInput.builder("n").build()))
        .isInstanceOf(PermissionException.class)
        .hasMessageContaining("notes.write");
    assertThatThrownBy(() -> client.contacts().setTags("ct_1", List.of("a")))
        .isInstanceOf(PermissionException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void grantedWritesGoOutWithTheBearerToken() throws Exception {
    server.enqueue(json(201, contactJson("ct_1")));
    OptmyzrClient client =
        Clients.withOAuth(
            server,
            TokenProvider.fixed(Secret.of("at-1", "token"), Set.of(OptmyzrScopes.CONTACTS_WRITE)));

    client.contacts().create(ContactFields.builder().company("A").build());

    var request = server.takeRequest();
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer at-1");
    assertThat(request.getHeaders().get("X-API-Key")).isNull();
  }

  @Test
  void aRejectedBearerTokenIsRefreshedOnceAndTheWriteRepeatedWithTheSameKey() throws Exception {
    server.enqueue(
        json(401, "{\"error\":{\"type\":\"authentication_error\",\"code\":\"token_expired\"}}"));
    server.enqueue(json(201, contactJson("ct_1")));
    AtomicInteger refreshes = new AtomicInteger();
    TokenProvider tokens =
        new TokenProvider() {
          @Override
          public Secret accessToken() {
            return Secret.of("old", "token");
          }

          @Override
          public Optional<Secret> refreshAfterRejection(Secret rejected) {
            refreshes.incrementAndGet();
            return Optional.of(Secret.of("new", "token"));
          }
        };

    Clients.withOAuth(server, tokens)
        .contacts()
        .create(ContactFields.builder().company("A").build());

    var first = server.takeRequest();
    var second = server.takeRequest();
    assertThat(first.getHeaders().get("Authorization")).isEqualTo("Bearer old");
    assertThat(second.getHeaders().get("Authorization")).isEqualTo("Bearer new");
    assertThat(second.getHeaders().get("Idempotency-Key"))
        .isEqualTo(first.getHeaders().get("Idempotency-Key"));
    assertThat(refreshes).hasValue(1);
  }

  @Test
  void aKeyRotatedWhileARequestWasInFlightIsRetriedOnceWithTheNewKey() throws Exception {
    server.enqueue(json(401, "{}"));
    server.enqueue(json(200, contactJson("ct_1")));
    AtomicInteger reads = new AtomicInteger();
    CredentialProvider<Secret> keys =
        () -> Secret.of(reads.getAndIncrement() == 0 ? "old-key" : "new-key", "apiKey");

    assertThat(Clients.base(server).apiKey(keys).build().contacts().get("ct_1").id())
        .isEqualTo("ct_1");

    assertThat(server.takeRequest().getHeaders().get("X-API-Key")).isEqualTo("old-key");
    assertThat(server.takeRequest().getHeaders().get("X-API-Key")).isEqualTo("new-key");
  }

  @Test
  void anUnchangedRejectedKeyIsNotRetried() {
    server.enqueue(json(401, "{}"));
    AtomicReference<Secret> key = new AtomicReference<>(Secret.of("bad-key", "apiKey"));
    CredentialProvider<Secret> keys = key::get;

    assertThatThrownBy(() -> Clients.base(server).apiKey(keys).build().contacts().get("ct_1"))
        .isInstanceOf(AuthenticationException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
