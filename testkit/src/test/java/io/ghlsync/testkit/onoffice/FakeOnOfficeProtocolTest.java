package io.ghlsync.testkit.onoffice;

import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The envelope, authentication and batch rules of the fake, over raw HTTP. */
class FakeOnOfficeProtocolTest {
  private static final Instant START = Instant.parse("2025-03-01T10:00:00Z");

  private final TestClock clock = TestClock.at(START);
  private final FakeOnOffice fake = FakeOnOffice.builder().clock(clock).start();
  private final RawOnOffice raw = new RawOnOffice(fake, START.getEpochSecond());

  @AfterEach
  void close() {
    fake.close();
  }

  @Test
  void acceptsACorrectlySignedActionAndAnswersWithADateHeader() {
    Map<String, Object> response = raw.send(raw.action("read", "address", "", Map.of()));

    assertThat(RawOnOffice.status(response))
        .containsEntry("code", 200.0)
        .containsEntry("errorcode", 0.0);
    assertThat(RawOnOffice.errorCode(response, 0)).isZero();
    assertThat(RawOnOffice.result(response, 0)).containsEntry("cacheable", true);
    assertThat(fake.receivedActions())
        .singleElement()
        .extracting(ReceivedAction::timestamp)
        .isEqualTo(START.getEpochSecond());
    assertThat(fake.journal().count("read-address")).isEqualTo(1);
  }

  @Test
  void rejectsAWrongSecretWithHmacInvalid() {
    raw.secret = "not-the-secret";

    Map<String, Object> response = raw.send(raw.action("read", "address", "", Map.of()));

    assertThat(RawOnOffice.errorCode(response, 0)).isEqualTo(137);
    assertThat(RawOnOffice.status(response))
        .containsEntry("code", 500.0)
        .containsEntry("errorcode", 137.0);
    assertThat(RawOnOffice.result(response, 0).get("data")).isEqualTo(List.of());
  }

  @Test
  void rejectsANonStringHmacAndAMissingHmacVersion() {
    Map<String, Object> numeric = raw.action("read", "address", "", Map.of());
    numeric.put("hmac", 12345);
    Map<String, Object> v1 = raw.action("read", "address", "", Map.of());
    v1.remove("hmac_version");

    Map<String, Object> response = raw.send(List.of(numeric, v1));

    assertThat(RawOnOffice.errorCode(response, 0)).isEqualTo(243);
    assertThat(RawOnOffice.errorCode(response, 1)).isEqualTo(137);
    assertThat(RawOnOffice.status(response)).containsEntry("errorcode", 97.0);
  }

  @Test
  void rejectsTimestampsOutsideTheWindow() {
    clock.advance(Duration.ofSeconds(121));
    assertThat(RawOnOffice.errorCode(raw.send(raw.action("read", "address", "", Map.of())), 0))
        .isEqualTo(136);

    clock.set(START.minusSeconds(120));
    assertThat(RawOnOffice.errorCode(raw.send(raw.action("read", "address", "", Map.of())), 0))
        .isZero();
  }

  @Test
  void checksTheTokenAndTheEnvelopeBeforeAnyAction() {
    raw.token = "unknown";
    Map<String, Object> unknown = raw.send(raw.action("read", "address", "", Map.of()));
    assertThat(RawOnOffice.status(unknown))
        .containsEntry("code", 400.0)
        .containsEntry("errorcode", 22.0);
    assertThat(unknown.get("response")).isEqualTo(List.of());

    assertThat(
            RawOnOffice.status(
                io.ghlsync.testkit.JsonText.parseObject(raw.post("{\"request\":{}}"))))
        .containsEntry("errorcode", 13.0);
    assertThat(RawOnOffice.status(io.ghlsync.testkit.JsonText.parseObject(raw.post("{not json"))))
        .containsEntry("errorcode", 4.0);
    String noActions = "{\"token\":\"" + fake.token() + "\",\"request\":{\"actions\":[]}}";
    assertThat(RawOnOffice.status(io.ghlsync.testkit.JsonText.parseObject(raw.post(noActions))))
        .containsEntry("errorcode", 15.0);
    String noRequest = "{\"token\":\"" + fake.token() + "\"}";
    assertThat(RawOnOffice.status(io.ghlsync.testkit.JsonText.parseObject(raw.post(noRequest))))
        .containsEntry("errorcode", 14.0);
    assertThat(fake.receivedActions()).isEmpty();
  }

  @Test
  void answersEachActionOfABatchByPosition() {
    Map<String, Object> response =
        raw.send(
            List.of(
                raw.action("create", "address", "", Map.of("Name", "A")),
                raw.action("modify", "address", "999999", Map.of("Name", "B")),
                raw.action("frobnicate", "address", "", Map.of()),
                raw.action("read", "estate", "", Map.of())));

    assertThat(RawOnOffice.status(response))
        .containsEntry("code", 500.0)
        .containsEntry("errorcode", 97.0);
    assertThat(RawOnOffice.errorCode(response, 0)).isZero();
    assertThat(RawOnOffice.errorCode(response, 1)).isEqualTo(292);
    assertThat(RawOnOffice.errorCode(response, 2)).isEqualTo(23);
    assertThat(RawOnOffice.errorCode(response, 3)).isEqualTo(26);
    assertThat(fake.journal().count("batch")).isEqualTo(1);
    assertThat(fake.store().addresses()).hasSize(1);
  }

  @Test
  void canKeepTheTopLevelStatusOkWhenActionsFail() {
    try (FakeOnOffice lenient =
        FakeOnOffice.builder().clock(clock).topLevelStatusOnActionError(false).start()) {
      RawOnOffice client = new RawOnOffice(lenient, START.getEpochSecond());
      client.secret = "wrong";

      Map<String, Object> response = client.send(client.action("read", "address", "", Map.of()));

      assertThat(RawOnOffice.status(response))
          .containsEntry("code", 200.0)
          .containsEntry("errorcode", 0.0);
      assertThat(RawOnOffice.errorCode(response, 0)).isEqualTo(137);
    }
  }

  @Test
  void scriptedActionErrorsHitOnlyMatchingActions() {
    fake.failNextActions("modify", "task", 174, "Missing permission to perform modify call", 1);

    Map<String, Object> response =
        raw.send(
            List.of(
                raw.action("read", "address", "", Map.of()),
                raw.action("modify", "task", "1", Map.of())));

    assertThat(RawOnOffice.errorCode(response, 0)).isZero();
    assertThat(RawOnOffice.errorCode(response, 1)).isEqualTo(174);
    assertThat(fake.receivedActions())
        .extracting(ReceivedAction::errorCode)
        .containsExactly(0, 174);

    fake.failNextActions(137, "The HMAC is invalid", 1);
    assertThat(RawOnOffice.errorCode(raw.send(raw.action("read", "task", "", Map.of())), 0))
        .isEqualTo(137);
    fake.reset();
    assertThat(fake.receivedActions()).isEmpty();
    assertThat(fake.journal().total()).isZero();
  }

  @Test
  void servesTheLatestEndpointAndRejectsOtherPaths() throws Exception {
    assertThat(fake.latestUrl()).endsWith("/api/latest/api.php");
    okhttp3.OkHttpClient http = new okhttp3.OkHttpClient();
    try (okhttp3.Response r =
        http.newCall(
                new okhttp3.Request.Builder().url(fake.url().replace("stable", "nope")).build())
            .execute()) {
      assertThat(r.code()).isEqualTo(404);
      assertThat(r.header("Date")).isNotBlank();
    }
    assertThat(fake.journal().count("unknown")).isEqualTo(1);
  }
}
