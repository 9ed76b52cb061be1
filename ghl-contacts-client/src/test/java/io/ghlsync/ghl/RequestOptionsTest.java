package io.ghlsync.ghl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghlsync.core.NetworkException;
import io.ghlsync.core.RequestOptions;
import io.ghlsync.core.ServerException;
import io.ghlsync.ghl.model.Contact;
import io.ghlsync.ghl.model.CreateContactRequest;
import io.ghlsync.ghl.model.UpdateContactRequest;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The per-request options of the write overloads: timeout, retries off and on. */
class RequestOptionsTest {
  private static final String CONTACT =
      "{\"contact\":{\"id\":\"c1\",\"email\":\"ann@example.com\"}}";

  private final MockGhl ghl = new MockGhl();
  private final GhlClient client = ghl.client();

  @AfterEach
  void close() {
    ghl.close();
  }

  @Test
  void retriesOffSendsAnIdempotentUpdateOnce() {
    ghl.enqueue(503, "{\"message\":\"busy\"}");
    ghl.enqueue(200, CONTACT);

    assertThatThrownBy(
            () ->
                client
                    .contacts()
                    .update(
                        "c1",
                        UpdateContactRequest.builder().firstName("Ann").build(),
                        RequestOptions.builder().retries(false).build()))
        .isInstanceOf(ServerException.class);

    assertThat(ghl.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void withoutOptionsTheSameUpdateIsRetried() {
    ghl.enqueue(503, "{\"message\":\"busy\"}");
    ghl.enqueue(200, CONTACT);

    client.contacts().update("c1", UpdateContactRequest.builder().firstName("Ann").build());

    assertThat(ghl.server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void retriesOnRepeatsACreateTheClientWouldSendOnce() {
    ghl.enqueue(503, "{\"message\":\"busy\"}");
    ghl.enqueue(200, CONTACT);
    CreateContactRequest request = CreateContactRequest.builder().email("ann@example.com").build();

    Contact c = client.contacts().create(request, RequestOptions.builder().retries(true).build());

    assertThat(c.id()).isEqualTo("c1");
    assertThat(ghl.server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aCreateWithoutOptionsIsNotRetried() {
    ghl.enqueue(503, "{\"message\":\"busy\"}");

    assertThatThrownBy(
            () ->
                client
                    .contacts()
                    .create(CreateContactRequest.builder().email("ann@example.com").build()))
        .isInstanceOf(ServerException.class);
    assertThat(ghl.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void theTimeoutBoundsTheWholeCall() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    ghl.server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            release.await(30, TimeUnit.SECONDS);
            return new MockResponse.Builder().code(200).body(CONTACT).build();
          }
        });
    try {
      long start = System.nanoTime();
      assertThatThrownBy(
              () ->
                  client
                      .tasks()
                      .delete(
                          "c1",
                          "t1",
                          RequestOptions.builder().timeout(Duration.ofMillis(300)).build()))
          .isInstanceOf(NetworkException.class);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    } finally {
      release.countDown();
    }
  }

  @Test
  void anIdempotencyKeyIsRefusedBecauseGhlHasNone() {
    RequestOptions keyed = RequestOptions.builder().idempotencyKey("k-1").build();

    assertThatThrownBy(() -> client.notes().delete("c1", "n1", keyed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GHL has no idempotency key");
    assertThat(ghl.server.getRequestCount()).isZero();
  }
}
