package io.ghlsync.onoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.squareup.moshi.Moshi;
import io.ghlsync.core.AuthenticationException;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

class TimestampRetryTest {
  private static final String STALE =
      MockOnOffice.envelope(
          200,
          0,
          "OK",
          MockOnOffice.failedResult(136, "Your timestamp is too old or your server time is wrong"));

  private static Clock ticking() {
    return MockOnOffice.ticking();
  }

  @Test
  void reSignsAndRetriesOnceWithAFreshTimestampAndSignature() throws IOException {
    try (MockOnOffice mock = new MockOnOffice(ticking(), 20)) {
      mock.enqueue(STALE);
      mock.enqueue(MockOnOffice.ok("address", "", "null"));

      mock.client.addresses().archive(9);

      Map<String, Object> first = action(mock.takeBody());
      Map<String, Object> second = action(mock.takeBody());
      assertThat(second.get("timestamp")).isNotEqualTo(first.get("timestamp"));
      assertThat(second.get("hmac")).isNotEqualTo(first.get("hmac"));
      assertThat(mock.server.getRequestCount()).isEqualTo(2);
    }
  }

  @Test
  void adoptsTheServerClockFromTheDateHeader() throws IOException {
    try (MockOnOffice mock = new MockOnOffice()) {
      Instant server = Instant.ofEpochSecond(MockOnOffice.NOW + 3600);
      mock.enqueue(
          new MockResponse.Builder()
              .body(STALE)
              .addHeader(
                  "Date",
                  DateTimeFormatter.RFC_1123_DATE_TIME.format(server.atOffset(ZoneOffset.UTC)))
              .build());
      mock.enqueue(MockOnOffice.ok("address", "", "null"));
      mock.enqueue(MockOnOffice.ok("address", "", "null"));

      mock.client.addresses().archive(9);
      mock.client.addresses().archive(10);

      mock.take();
      assertThat(mock.takeBody())
          .isEqualTo(
              "{\"token\":\""
                  + MockOnOffice.TOKEN
                  + "\",\"request\":{\"actions\":["
                  + MockOnOffice.action(
                      ActionType.MODIFY, "9", "address", "{\"Status\":0}", MockOnOffice.NOW + 3600)
                  + "]}}");
      assertThat(action(mock.takeBody()).get("timestamp"))
          .isEqualTo((double) (MockOnOffice.NOW + 3600));
    }
  }

  @Test
  void givesUpAfterOneRetryWithAnAuthenticationError() {
    try (MockOnOffice mock = new MockOnOffice(ticking(), 20)) {
      mock.enqueue(STALE);
      mock.enqueue(STALE);
      mock.enqueue(MockOnOffice.ok("address", "", "null"));

      AuthenticationException e =
          catchThrowableOfType(
              AuthenticationException.class, () -> mock.client.addresses().archive(9));

      assertThat(e.serviceError().orElseThrow().code()).isEqualTo(136);
      assertThat(e.messages()).anyMatch(m -> m.contains("120 s"));
      assertThat(mock.server.getRequestCount()).isEqualTo(2);
    }
  }

  @Test
  void retriesOnlyTheActionsOfABatchThatHadAStaleTimestamp() throws IOException {
    try (MockOnOffice mock = new MockOnOffice(ticking(), 20)) {
      mock.enqueue(
          MockOnOffice.envelope(
              500,
              97,
              "Error in action",
              MockOnOffice.result(
                  "address", "{\"id\":7,\"type\":\"address\",\"elements\":[]}", "null"),
              MockOnOffice.failedResult(136, "stale")));
      mock.enqueue(MockOnOffice.ok("task", "{\"id\":8,\"type\":\"task\",\"elements\":[]}", "null"));

      OnOfficeBatch batch = mock.client.batch();
      BatchEntry<Long> address =
          batch.add(
              AddressActions.create(
                  io.ghlsync.onoffice.model.NewAddress.builder().name("A").build()));
      BatchEntry<Long> task =
          batch.add(
              TaskActions.create(io.ghlsync.onoffice.model.NewTask.builder().betreff("T").build()));
      batch.execute();

      assertThat(address.get()).isEqualTo(7);
      assertThat(task.get()).isEqualTo(8);
      mock.take();
      List<?> retried = actions(mock.takeBody());
      assertThat(retried).hasSize(1);
      assertThat(((Map<?, ?>) retried.get(0)).get("resourcetype")).isEqualTo("task");
    }
  }

  private static Map<String, Object> action(String body) throws IOException {
    @SuppressWarnings("unchecked")
    Map<String, Object> a = (Map<String, Object>) actions(body).get(0);
    return a;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> actions(String body) throws IOException {
    Map<String, Object> root =
        (Map<String, Object>) new Moshi.Builder().build().adapter(Object.class).fromJson(body);
    return (List<Object>) ((Map<String, Object>) root.get("request")).get("actions");
  }
}
