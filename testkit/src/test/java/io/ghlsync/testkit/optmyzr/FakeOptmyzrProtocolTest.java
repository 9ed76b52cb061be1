package io.ghlsync.testkit.optmyzr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghlsync.testkit.Fault;
import io.ghlsync.testkit.RequestMatcher;
import io.ghlsync.testkit.TestClock;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import okhttp3.Headers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeOptmyzrProtocolTest {
  private final TestClock clock = TestClock.at(Instant.parse("2025-03-01T10:00:00Z"));
  private final FakeOptmyzr fake =
      FakeOptmyzr.builder().clock(clock).rateLimit(3, Duration.ofSeconds(10)).start();
  private final RawHttp http = RawHttp.withApiKey(fake);

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void sameKeyAndBodyReplaysAndAnotherBodyIsAConflict() {
    RawHttp.Reply first = http.write("POST", "/v1/contacts", "{\"email\":\"a@b.co\"}", "key-1");
    RawHttp.Reply replay =
        http.write("POST", "/v1/contacts", "{ \"email\" : \"a@b.co\" }", "key-1");
    RawHttp.Reply conflict = http.write("POST", "/v1/contacts", "{\"email\":\"x@b.co\"}", "key-1");

    assertThat(replay.code()).isEqualTo(201);
    assertThat(replay.json()).isEqualTo(first.json());
    assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(conflict.code()).isEqualTo(409);
    assertThat(conflict.error())
        .containsEntry("type", "conflict")
        .containsEntry("code", "idempotency_key_reused");
    assertThat(fake.contacts()).hasSize(1);
    assertThat(fake.storedIdempotencyKeys()).isEqualTo(1);
  }

  @Test
  void storedKeysExpireAfterTheirTimeToLive() {
    http.write("POST", "/v1/contacts", "{\"email\":\"a@b.co\"}", "key-1");
    clock.advance(Duration.ofHours(25));

    assertThat(http.write("POST", "/v1/contacts", "{\"email\":\"x@b.co\"}", "key-1").code())
        .isEqualTo(201);
  }

  @Test
  void canRequireIdempotencyKeys() {
    try (FakeOptmyzr strict = FakeOptmyzr.builder().requireIdempotencyKey(true).start()) {
      RawHttp.Reply reply =
          RawHttp.withApiKey(strict).send("POST", "/v1/contacts", "{}", Headers.of());
      assertThat(reply.code()).isEqualTo(400);
      assertThat(reply.error()).containsEntry("code", "missing_idempotency_key");
    }
    assertThat(http.send("POST", "/v1/contacts", "{}", Headers.of()).code()).isEqualTo(201);
  }

  @Test
  void checksCredentialsAndScopes() {
    assertThat(http.as(Headers.of()).get("/v1/contacts").error())
        .containsEntry("code", "missing_credentials");
    assertThat(http.as(Headers.of("X-API-Key", "wrong")).get("/v1/contacts").code()).isEqualTo(401);
    assertThat(
            http.as(Headers.of("Authorization", "Bearer " + fake.apiKey()))
                .get("/v1/contacts")
                .code())
        .isEqualTo(200);
    assertThat(http.as(Headers.of("Authorization", "Bearer nope")).get("/v1/contacts").code())
        .isEqualTo(401);

    String reader = fake.issueAccessToken(Set.of("contacts.read"), Duration.ofMinutes(5));
    RawHttp asReader = http.as(Headers.of("Authorization", "Bearer " + reader));
    assertThat(asReader.get("/v1/contacts").code()).isEqualTo(200);
    RawHttp.Reply denied = asReader.write("POST", "/v1/contacts", "{}", "k");
    assertThat(denied.code()).isEqualTo(403);
    assertThat(denied.error()).containsEntry("type", "permission_error");

    clock.advance(Duration.ofMinutes(6));
    assertThat(asReader.get("/v1/contacts").error()).containsEntry("code", "token_expired");

    String fresh = fake.issueAccessToken(Set.of("contacts.read"), Duration.ofMinutes(5));
    fake.expireAccessTokens();
    assertThat(http.as(Headers.of("Authorization", "Bearer " + fresh)).get("/v1/contacts").code())
        .isEqualTo(401);

    String old = fake.apiKey();
    fake.rotateApiKey("new-key");
    assertThat(http.as(Headers.of("X-API-Key", old)).get("/v1/contacts").code()).isEqualTo(401);
    assertThat(http.as(Headers.of("X-API-Key", "new-key")).get("/v1/contacts").code())
        .isEqualTo(200);
  }

  @Test
  void sendsRateLimitHeadersAnd429BeyondTheBudget() {
    RawHttp.Reply first = http.get("/v1/contacts");
    assertThat(first.header("RateLimit-Limit")).isEqualTo("3");
    assertThat(first.header("RateLimit-Remaining")).isEqualTo("2");
    assertThat(first.header("RateLimit-Reset")).isEqualTo("10");
    http.get("/v1/contacts");
    http.get("/v1/contacts");

    RawHttp.Reply limited = http.get("/v1/contacts");
    assertThat(limited.code()).isEqualTo(429);
    assertThat(limited.header("Retry-After")).isEqualTo("10");
    assertThat(limited.error()).containsEntry("type", "rate_limit_error");

    clock.advance(Duration.ofSeconds(10));
    assertThat(http.get("/v1/contacts").code()).isEqualTo(200);
  }

  @Test
  void injectsFaultsInTheContractShape() {
    fake.faults().script(Fault.status(503), Fault.tooManyRequests(), Fault.expiredToken());

    RawHttp.Reply unavailable = http.get("/v1/contacts");
    RawHttp.Reply limited = http.get("/v1/contacts");
    RawHttp.Reply expired = http.get("/v1/contacts");

    assertThat(unavailable.code()).isEqualTo(503);
    assertThat(unavailable.error()).containsEntry("type", "api_error");
    assertThat(limited.header("Retry-After")).isEqualTo("1");
    assertThat(expired.error()).containsEntry("code", "token_expired");
    assertThat(fake.journal().count("list-contacts")).isEqualTo(3);
  }

  @Test
  void aResetAfterProcessingKeepsTheWriteForTheRetry() {
    fake.faults()
        .script(RequestMatcher.operation("create-contact"), Fault.connectionResetAfterProcessing());

    assertThatThrownBy(() -> http.write("POST", "/v1/contacts", "{\"email\":\"a@b.co\"}", "k"))
        .isInstanceOf(UncheckedIOException.class);
    RawHttp.Reply retried = http.write("POST", "/v1/contacts", "{\"email\":\"a@b.co\"}", "k");

    assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(fake.contacts()).hasSize(1);
    assertThat(fake.journal().last("create-contact").orElseThrow().status()).isEqualTo(201);
  }

  @Test
  void malformedJsonFaultSpoilsTheBody() {
    fake.faults().script(Fault.malformedJson());

    assertThat(http.get("/v1/contacts").body()).doesNotStartWith("{\"data\"");
  }
}
