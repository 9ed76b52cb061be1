package io.ghlsync.optmyzr;

import static io.ghlsync.optmyzr.Clients.contactJson;
import static io.ghlsync.optmyzr.Clients.error;
import static io.ghlsync.optmyzr.Clients.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghlsync.core.ApiException;
import io.ghlsync.core.AuthenticationException;
import io.ghlsync.core.NetworkException;
import io.ghlsync.core.NotFoundException;
import io.ghlsync.core.RateLimitConfig;
import io.ghlsync.core.RateLimitException;
import io.ghlsync.core.RetryConfig;
import io.ghlsync.core.Secret;
import io.ghlsync.core.ServerException;
import io.ghlsync.core.UnexpectedResponseException;
import io.ghlsync.core.ValidationException;
import io.ghlsync.optmyzr.model.ContactFields;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ErrorsAndRetriesTest {
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
  void aWriteIsRetriedAfter503WithTheSameIdempotencyKey() throws Exception {
    server.enqueue(error(503, "api_error", "service_unavailable", "busy", "x"));
    server.enqueue(json(201, contactJson("ct_1")));

    assertThat(contacts.create(fields).id()).isEqualTo("ct_1");

    String first = server.takeRequest().getHeaders().get("Idempotency-Key");
    assertThat(first).isNotBlank();
    assertThat(server.takeRequest().getHeaders().get("Idempotency-Key")).isEqualTo(first);
  }

  @Test
  void aWriteIsRetriedAfterAConnectionResetWithTheSameKey() throws Exception {
    server.enqueue(
        new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(json(200, contactJson("ct_1")));

    contacts.update("ct_1", fields, IdempotencyKey.of("step-42").options());

    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(server.takeRequest().getHeaders().get("Idempotency-Key")).isEqualTo("step-42");
    assertThat(server.takeRequest().getHeaders().get("Idempotency-Key")).isEqualTo("step-42");
  }

  @Test
  void a500IsNotRetriedAndCarriesTheRequestId() {
    server.enqueue(
        json(500, "{\"error\":{\"type\":\"api_error\",\"code\":\"boom\",\"message\":\"broke\"}}")
            .newBuilder()
            .addHeader("X-Request-Id", "req_hdr_9")
            .build());

    assertThatThrownBy(() -> contacts.create(fields))
        .isInstanceOfSatisfying(
            ServerException.class,
            e -> {
              assertThat(e.requestId()).contains("req_hdr_9");
              assertThat(e.isRetryable()).isFalse();
              assertThat(e.getMessage())
                  .contains("POST /v1/contacts", "HTTP 500", "broke", "req_hdr_9");
            });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aReusedKeyWithAnotherBodyIsAClearConflict() {
    server.enqueue(
        error(
            409,
            "conflict",
            "idempotency_key_reused",
            "Idempotency-Key was used with another body",
            "Idempotency-Key"));

    assertThatThrownBy(() -> contacts.create(fields, IdempotencyKey.of("k").options()))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> {
              assertThat(e.isIdempotencyKeyReused()).isTrue();
              assertThat(e.code()).contains("idempotency_key_reused");
              assertThat(e.statusCode()).isEqualTo(409);
              assertThat(e.requestId()).contains("req_body_1");
              assertThat(e.isRetryable()).isFalse();
            });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aConflictWithoutTheContractBodyIsStillAConflict() {
    server.enqueue(json(409, "{\"message\":\"duplicate\"}"));

    assertThatThrownBy(() -> contacts.create(fields))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.isIdempotencyKeyReused()).isFalse());
  }

  @Test
  void fieldErrorsBecomeValidationExceptionsNamingTheParams() {
    server.enqueue(
        json(
            422,
            "{\"error\":{\"type\":\"invalid_request_error\",\"code\":\"validation_failed\","
                + "\"message\":\"is invalid\",\"param\":\"email\",\"request_id\":\"req_7\","
                + "\"errors\":[{\"param\":\"phone\",\"code\":\"invalid\",\"message\":\"bad\"}]}}"));

    assertThatThrownBy(() -> contacts.create(fields))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.messages()).containsExactly("email: is invalid", "phone: bad");
              assertThat(e.requestId()).contains("req_7");
            });
  }

  @Test
  void statusesMapOntoTheCoreExceptions() {
    server.enqueue(error(404, "not_found", "resource_missing", "no such contact", "id"));
    server.enqueue(error(401, "authentication_error", "invalid_api_key", "bad key", "x"));
    server.enqueue(json(418, "teapot"));

    assertThatThrownBy(() -> contacts.get("ct_x")).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> contacts.get("ct_x")).isInstanceOf(AuthenticationException.class);
    assertThatThrownBy(() -> contacts.get("ct_x"))
        .isExactlyInstanceOf(ApiException.class)
        .hasMessageContaining("HTTP 418");
  }

  @Test
  void a429IsRetriedAfterRetryAfterAndTheLimiterWindow() throws Exception {
    ContactsService limited =
        Clients.base(server)
            .apiKey(Secret.of("k", "apiKey"))
            .config(
                c ->
                    c.retry(Clients.FAST_RETRY)
                        .rateLimit(RateLimitConfig.perWindow(100, Duration.ofMillis(200))))
            .build()
            .contacts();
    server.enqueue(
        error(429, "rate_limit_error", "rate_limited", "slow down", "x")
            .newBuilder()
            .addHeader("Retry-After", "0")
            .build());
    server.enqueue(json(200, contactJson("ct_1")));

    long start = System.nanoTime();
    assertThat(limited.get("ct_1").id()).isEqualTo("ct_1");
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void a429ThatOutlastsTheRetriesIsARateLimitException() throws Exception {
    server.close();
    try (MockWebServer limited = new MockWebServer()) {
      limited.start();
      limited.enqueue(
          error(429, "rate_limit_error", "rate_limited", "slow down", "x")
              .newBuilder()
              .addHeader("Retry-After", "7")
              .addHeader("RateLimit-Remaining", "0")
              .build());
      ContactsService noRetry =
          Clients.base(limited)
              .apiKey(Secret.of("k", "apiKey"))
              .config(c -> c.retry(RetryConfig.disabled()))
              .build()
              .contacts();

      assertThatThrownBy(() -> noRetry.get("ct_1"))
          .isInstanceOfSatisfying(
              RateLimitException.class,
              e -> {
                assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
                assertThat(e.isRetryable()).isTrue();
              });
    }
  }

  @Test
  void malformedJsonIsAnUnexpectedResponseAndAWrongShapeAnApiError() {
    server.enqueue(json(200, "{\"id\": <html>"));
    server.enqueue(json(200, "{\"id\":[1,2]}"));
    server.enqueue(json(200, "{\"email\":\"a@b.co\"}"));

    assertThatThrownBy(() -> contacts.get("ct_1"))
        .isInstanceOf(UnexpectedResponseException.class)
        .isNotInstanceOf(NetworkException.class)
        .hasMessageContaining("HTTP 200");
    assertThatThrownBy(() -> contacts.get("ct_1"))
        .isExactlyInstanceOf(ApiException.class)
        .hasMessageContaining("unexpected shape");
    assertThatThrownBy(() -> contacts.get("ct_1"))
        .isExactlyInstanceOf(ApiException.class)
        .hasMessageContaining("without 'id'");
  }
}
