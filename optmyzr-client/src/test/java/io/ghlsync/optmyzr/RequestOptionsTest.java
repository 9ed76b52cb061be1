package io.ghlsync.optmyzr;

import static io.ghlsync.optmyzr.Clients.contactJson;
import static io.ghlsync.optmyzr.Clients.error;
import static io.ghlsync.optmyzr.Clients.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghlsync.core.NetworkException;
import io.ghlsync.core.RequestOptions;
import io.ghlsync.core.ServerException;
import io.ghlsync.optmyzr.model.ContactFields;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The write overloads' RequestOptions: idempotency key, retries off, timeout. */
class RequestOptionsTest {
  private final MockWebServer server = new MockWebServer();
  private final ContactFields fields = ContactFields.builder().email("a@b.co").build();
  private ContactsService contacts;

  @BeforeEach
  void start() throws Exception {
    server.start();
    contacts = Clients.withApiKey(server).contacts();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void theOptionsKeyIsSentAsIdempotencyKey() throws Exception {
    server.enqueue(json(201, contactJson("ct_1")));

    contacts.create(fields, RequestOptions.builder().idempotencyKey("sync-step-9").build());

    assertThat(server.takeRequest().getHeaders().get("Idempotency-Key")).isEqualTo("sync-step-9");
  }

  @Test
  void optionsWithoutAKeyStillSendARandomOne() throws Exception {
    server.enqueue(json(201, contactJson("ct_1")));

    contacts.create(fields, RequestOptions.builder().timeout(Duration.ofSeconds(5)).build());

    assertThat(server.takeRequest().getHeaders().get("Idempotency-Key")).hasSize(36);
  }

  @Test
  void aKeyOptmyzrWouldRefuseFailsBeforeSending() {
    RequestOptions spaced = RequestOptions.builder().idempotencyKey("has space").build();

    assertThatThrownBy(() -> contacts.create(fields, spaced))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("idempotencyKey");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void retriesOffSendsAKeyedWriteOnce() {
    server.enqueue(error(503, "api_error", "service_unavailable", "busy", "x"));
    server.enqueue(json(201, contactJson("ct_1")));

    assertThatThrownBy(
            () -> contacts.create(fields, RequestOptions.builder().retries(false).build()))
        .isInstanceOf(ServerException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void theTimeoutBoundsTheWrite() {
    CountDownLatch release = new CountDownLatch(1);
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            release.await(30, TimeUnit.SECONDS);
            return json(201, contactJson("ct_1"));
          }
        });
    try {
      assertThatThrownBy(
              () ->
                  contacts.update(
                      "ct_1",
                      fields,
                      RequestOptions.builder().timeout(Duration.ofMillis(300)).build()))
          .isInstanceOf(NetworkException.class);
    } finally {
      release.countDown();
    }
  }
}
