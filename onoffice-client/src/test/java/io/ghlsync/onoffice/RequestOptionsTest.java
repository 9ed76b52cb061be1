package io.ghlsync.onoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghlsync.core.NetworkException;
import io.ghlsync.core.RequestOptions;
import io.ghlsync.core.ServerException;
import java.time.Duration;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

/** The write overloads' RequestOptions on onOffice: retries on, timeout, no idempotency key. */
class RequestOptionsTest {

  @Test
  void retriesOnRepeatsAWriteTheClientWouldSendOnce() {
    try (MockOnOffice mock = new MockOnOffice()) {
      mock.enqueue(new MockResponse.Builder().code(503).body("<html>busy</html>").build());
      mock.enqueue(MockOnOffice.ok("address", "", "null"));

      mock.client.addresses().archive(1, RequestOptions.builder().retries(true).build());

      assertThat(mock.server.getRequestCount()).isEqualTo(2);
    }
  }

  @Test
  void retriesOffSendsEvenAReadOnce() {
    try (MockOnOffice mock = new MockOnOffice()) {
      mock.enqueue(new MockResponse.Builder().code(503).body("<html>busy</html>").build());
      mock.enqueue(MockOnOffice.ok("address", "", "0"));

      assertThatThrownBy(
              () ->
                  mock.client.execute(
                      AddressActions.findByEmail("a@b.de", java.util.List.of()),
                      RequestOptions.builder().retries(false).build()))
          .isInstanceOf(ServerException.class);
      assertThat(mock.server.getRequestCount()).isEqualTo(1);
    }
  }

  @Test
  void theTimeoutBoundsTheRequest() {
    try (MockOnOffice mock = new MockOnOffice()) {
      mock.enqueue(
          new MockResponse.Builder()
              .headersDelay(5, java.util.concurrent.TimeUnit.SECONDS)
              .body(MockOnOffice.ok("address", "", "null"))
              .build());

      assertThatThrownBy(
              () ->
                  mock.client
                      .tasks()
                      .update(
                          7,
                          io.ghlsync.onoffice.model.TaskChanges.builder().erledigt(true).build(),
                          RequestOptions.builder().timeout(Duration.ofMillis(300)).build()))
          .isInstanceOf(NetworkException.class);
    }
  }

  @Test
  void anIdempotencyKeyIsRefusedBecauseOnOfficeHasNone() {
    try (MockOnOffice mock = new MockOnOffice()) {
      RequestOptions keyed = RequestOptions.builder().idempotencyKey("k").build();

      OnOfficeBatch batch = mock.client.batch();
      batch.add(AddressActions.archive(1));
      assertThatThrownBy(() -> batch.execute(keyed))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("onOffice has no idempotency key");
      assertThat(mock.server.getRequestCount()).isZero();
    }
  }
}
