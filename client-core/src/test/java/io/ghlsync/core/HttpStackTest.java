package io.ghlsync.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghlsync.core.internal.RequestTag;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpStackTest {
  private final MockWebServer server = new MockWebServer();
  private final ApiCalls calls = new ApiCalls(ErrorMapper.byStatus(), RateLimitHeaders.ghl());

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private TestApi api(RetryConfig retry, TokenProvider tokens) {
    ClientConfig config =
        ClientConfig.builder(server.url("/").toString())
            .retry(retry)
            .defaultHeader("Version", "2021-07-28")
            .build();
    HttpStack stack =
        HttpStack.builder(config)
            .bearerTokens(tokens)
            .rateLimitHeaders(RateLimitHeaders.ghl())
            .build();
    return TestApi.create(stack, server.url("/"));
  }

  private static RetryConfig fastRetry() {
    return new RetryConfig(4, Duration.ofMillis(5), Duration.ofMillis(50), 0.1);
  }

  private static TokenProvider token(String value) {
    return TokenProvider.fixed(Secret.of(value, "token"), Set.of());
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  @Test
  void getIsRetriedAfter503AndSucceeds() throws Exception {
    server.enqueue(json(503, "{\"message\":\"busy\"}"));
    server.enqueue(json(200, "{\"id\":\"a\"}"));

    Map<String, Object> body =
        calls.execute(api(fastRetry(), token("t1")).get("a", RequestTag.of("get")), "get");

    assertThat(body).containsEntry("id", "a");
    assertThat(server.getRequestCount()).isEqualTo(2);
    RecordedRequest first = server.takeRequest();
    assertThat(first.getHeaders().get("Authorization")).isEqualTo("Bearer t1");
    assertThat(first.getHeaders().get("Version")).isEqualTo("2021-07-28");
    assertThat(first.getHeaders().get("User-Agent"))
        .isEqualTo("ghlsync-java/" + System.getProperty("ghlsync.projectVersion"));
  }

  @Test
  void okHttpsOwnSilentRetryIsOffSoOnlySafeRequestsAreRepeated() {
    HttpStack stack =
        HttpStack.builder(ClientConfig.builder(server.url("/").toString()).build()).build();

    assertThat(stack.okHttp().retryOnConnectionFailure()).isFalse();
  }

  @Test
  void socketsDisableNaglesAlgorithmAlsoOnAHostsOwnClient() throws Exception {
    HttpStack own =
        HttpStack.builder(ClientConfig.builder(server.url("/").toString()).build()).build();
    HttpStack derived =
        HttpStack.builder(
                ClientConfig.builder(server.url("/").toString())
                    .okHttpClient(new okhttp3.OkHttpClient())
                    .build())
            .build();

    for (HttpStack stack : java.util.List.of(own, derived)) {
      try (java.net.Socket socket = stack.okHttp().socketFactory().createSocket()) {
        assertThat(socket.getTcpNoDelay()).isTrue();
      }
    }
  }

  @Test
  void postIsNotRetriedAfter503() {
    server.enqueue(json(503, "{\"message\":\"busy\"}"));
    server.enqueue(json(201, "{\"id\":\"a\"}"));
    TestApi api = api(fastRetry(), token("t1"));

    assertThatThrownBy(
            () -> calls.execute(api.create(Map.of("x", 1), RequestTag.of("create")), "create"))
        .isInstanceOf(ServerException.class)
        .satisfies(e -> assertThat(((ApiException) e).isRetryable()).isTrue());
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void postMarkedRetrySafeIsRetriedAfter503() {
    server.enqueue(json(503, "{}"));
    server.enqueue(json(200, "{\"new\":false}"));
    TestApi api = api(fastRetry(), token("t1"));

    Map<String, Object> body =
        calls.execute(
            api.create(Map.of("x", 1), RequestTag.of("upsert").withRetrySafe(true)), "upsert");

    assertThat(body).containsEntry("new", false);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void postIsRetriedAfter429BecauseNothingWasProcessed() {
    server.enqueue(json(429, "{\"message\":\"Too many\"}"));
    server.enqueue(json(201, "{\"id\":\"c\"}"));

    Map<String, Object> body =
        calls.execute(
            api(fastRetry(), token("t")).create(Map.of(), RequestTag.of("create")), "create");

    assertThat(body).containsEntry("id", "c");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void dailyBudgetExhausted429IsNotRetriedAndSaysSo() {
    server.enqueue(
        new MockResponse.Builder()
            .code(429)
            .addHeader("X-RateLimit-Daily-Remaining", "0")
            .body("{\"message\":\"daily\"}")
            .build());

    assertThatThrownBy(
            () -> calls.execute(api(fastRetry(), token("t")).get("a", RequestTag.of("g")), "g"))
        .isInstanceOfSatisfying(
            RateLimitException.class, e -> assertThat(e.isDailyBudgetExhausted()).isTrue());
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void validationErrorIsNotRetriedAndCarriesArrayMessagesAndTraceId() {
    server.enqueue(
        json(
            422,
            "{\"statusCode\":422,\"message\":[\"property gender should not exist\",\"email must be"
                + " an email\"],\"error\":\"Unprocessable Entity\",\"traceId\":\"tr-1\"}"));

    assertThatThrownBy(
            () ->
                calls.execute(
                    api(fastRetry(), token("t")).get("a", RequestTag.of("get contact")),
                    "GET /contacts/{contactId}"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(422);
              assertThat(e.messages())
                  .containsExactly("property gender should not exist", "email must be an email");
              assertThat(e.requestId()).contains("tr-1");
              assertThat(e.rawBody()).hasValueSatisfying(b -> assertThat(b).contains("gender"));
              assertThat(e.getMessage())
                  .contains("GET /contacts/{contactId}", "422", "property gender", "tr-1");
            });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void statusCodesMapToTypedExceptions() {
    Map<Integer, Class<? extends ApiException>> expected =
        Map.of(
            401, AuthenticationException.class,
            403, PermissionException.class,
            404, NotFoundException.class,
            400, ValidationException.class,
            500, ServerException.class,
            418, ApiException.class);
    TestApi api = api(RetryConfig.disabled(), token("t"));
    expected.forEach(
        (status, type) -> {
          server.enqueue(json(status, "{\"statusCode\":" + status + ",\"message\":\"m\"}"));
          assertThatThrownBy(() -> calls.execute(api.get("a", RequestTag.of("g")), "g"))
              .isExactlyInstanceOf(type)
              .satisfies(e -> assertThat(((ApiException) e).messages()).containsExactly("m"));
        });
  }

  @Test
  void ioErrorOnGetIsRetriedAndSurfacesAsNetworkExceptionWhenPersistent() {
    for (int i = 0; i < 4; i++) {
      server.enqueue(
          new MockResponse.Builder()
              .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
              .build());
    }
    TestApi api = api(fastRetry(), token("t"));

    assertThatThrownBy(() -> calls.execute(api.get("a", RequestTag.of("g")), "GET /items"))
        .isInstanceOf(NetworkException.class)
        .hasMessageContaining("GET /items")
        .satisfies(e -> assertThat(((ApiException) e).isRetryable()).isTrue());
    assertThat(server.getRequestCount()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void unauthorizedRefreshesOnceAndRepeatsWithTheNewToken() throws Exception {
    AtomicInteger refreshes = new AtomicInteger();
    TokenProvider tokens =
        new TokenProvider() {
          private volatile Secret current = Secret.of("old", "t");

          @Override
          public Secret accessToken() {
            return current;
          }

          @Override
          public Optional<Secret> refreshAfterRejection(Secret rejected) {
            refreshes.incrementAndGet();
            current = Secret.of("new", "t");
            return Optional.of(current);
          }
        };
    server.enqueue(json(401, "{\"message\":\"Invalid token\"}"));
    server.enqueue(json(200, "{\"id\":\"a\"}"));

    calls.execute(api(fastRetry(), tokens).get("a", RequestTag.of("g")), "g");

    assertThat(refreshes).hasValue(1);
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer old");
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer new");
  }

  @Test
  void unauthorizedWithoutRefreshReachesTheCallerAsAuthenticationException() {
    server.enqueue(json(401, "{\"message\":\"Invalid token: access token is invalid\"}"));

    assertThatThrownBy(
            () ->
                calls.execute(
                    api(fastRetry(), token("secret-token-value")).get("a", RequestTag.of("g")),
                    "g"))
        .isInstanceOf(AuthenticationException.class)
        .hasMessageNotContaining("secret-token-value");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
