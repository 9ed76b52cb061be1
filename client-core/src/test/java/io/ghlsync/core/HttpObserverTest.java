package io.ghlsync.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.core.internal.RequestTag;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class HttpObserverTest {
  private static final MockResponse OK =
      new MockResponse.Builder()
          .addHeader("Content-Type", "application/json")
          .body("{\"id\":\"x1\"}")
          .build();

  /** Writes every event as one line, so a test compares the whole sequence. */
  static final class Recorder implements HttpObserver {
    final List<String> events = new CopyOnWriteArrayList<>();

    @Override
    public HttpCallObservation callStarted(HttpCall call) {
      events.add("start " + call.service() + " " + call.operation() + " " + call.method());
      return new HttpCallObservation() {
        @Override
        public void rateLimitWaited(String key, Duration wait) {
          events.add("wait " + key + (wait.toNanos() > 0 ? " >0" : " 0"));
        }

        @Override
        public void retried(int attempt, Duration waited, String cause) {
          events.add("retry " + attempt + " " + cause);
        }

        @Override
        public void budgetReported(String key, RateLimitBudget budget) {
          events.add("budget " + key + " " + budget.windowMax());
        }

        @Override
        public void finished(int status, @Nullable Throwable error) {
          events.add("end " + status + (error == null ? "" : " " + error.getClass().getName()));
        }
      };
    }
  }

  @Test
  void aRetriedCallReportsItsOperationRetryAndFinalStatusOnce() throws Exception {
    Recorder recorder = new Recorder();
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(
          new MockResponse.Builder().code(429).addHeader("Retry-After", "0").body("{}").build());
      server.enqueue(OK);
      server.start();
      ClientConfig config =
          ClientConfig.builder(server.url("/").toString())
              .retry(new RetryConfig(3, Duration.ofMillis(1), Duration.ofMillis(5), 0))
              .observer(recorder)
              .build();
      try (HttpStack stack = HttpStack.builder(config).service("test").build()) {
        Map<String, Object> body =
            new ApiCalls(ErrorMapper.byStatus(), RateLimitHeaders.ietf())
                .execute(
                    TestApi.create(stack, server.url("/"))
                        .get("x1", RequestTag.of("GET /items/{id}")),
                    "GET /items/{id}");
        assertThat(body).containsEntry("id", "x1");
      }
    }

    assertThat(recorder.events)
        .containsExactly("start test GET /items/{id} GET", "retry 2 HTTP 429", "end 200");
  }

  @Test
  void rateLimitWaitsAndTheReportedBudgetReachTheObserver() throws Exception {
    Recorder recorder = new Recorder();
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(OK);
      server.enqueue(OK);
      server.start();
      ClientConfig config =
          ClientConfig.builder(server.url("/").toString())
              .rateLimit(RateLimitConfig.perWindow(1, Duration.ofMillis(200)))
              .observer(recorder)
              .build();
      try (HttpStack stack = HttpStack.builder(config).service("test").build()) {
        TestApi api = TestApi.create(stack, server.url("/"));
        ApiCalls calls = new ApiCalls(ErrorMapper.byStatus(), RateLimitHeaders.ietf());
        RequestTag options = RequestTag.of("GET /items/{id}").withRateLimitKey("loc-1");
        calls.execute(api.get("a", options), "GET /items/{id}");
        calls.execute(api.get("b", options), "GET /items/{id}");
      }
    }

    assertThat(recorder.events).contains("wait loc-1 >0").endsWith("end 200");
    assertThat(recorder.events.stream().filter(e -> e.startsWith("budget loc-1"))).hasSize(2);
    assertThat(recorder.events).filteredOn(e -> e.startsWith("start")).hasSize(2);
  }

  @Test
  void anIoFailureEndsTheCallWithStatusZeroAndTheException() throws Exception {
    Recorder recorder = new Recorder();
    MockWebServer server = new MockWebServer();
    server.start();
    String url = server.url("/").toString();
    server.close();
    ClientConfig config =
        ClientConfig.builder(url).retry(RetryConfig.disabled()).observer(recorder).build();
    try (HttpStack stack = HttpStack.builder(config).build()) {
      ApiCalls calls = new ApiCalls(ErrorMapper.byStatus(), RateLimitHeaders.ietf());
      TestApi api = TestApi.create(stack, okhttp3.HttpUrl.get(url));
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> calls.execute(api.get("a", RequestTag.of("GET /items/{id}")), "get"))
          .isInstanceOf(NetworkException.class);
    }

    assertThat(recorder.events).hasSize(2);
    assertThat(recorder.events.get(0)).isEqualTo("start localhost GET /items/{id} GET");
    assertThat(recorder.events.get(1)).startsWith("end 0 java.net.");
  }

  @Test
  void anObserverThatThrowsNeverBreaksTheCall() throws Exception {
    HttpObserver broken =
        call -> {
          throw new IllegalStateException("observer bug");
        };
    HttpObserver brokenLater =
        call ->
            new HttpCallObservation() {
              @Override
              public void finished(int status, @Nullable Throwable error) {
                throw new IllegalStateException("observation bug");
              }
            };
    for (HttpObserver observer : List.of(broken, brokenLater)) {
      try (MockWebServer server = new MockWebServer()) {
        server.enqueue(OK);
        server.start();
        ClientConfig config =
            ClientConfig.builder(server.url("/").toString()).observer(observer).build();
        try (HttpStack stack = HttpStack.builder(config).build()) {
          Map<String, Object> body =
              new ApiCalls(ErrorMapper.byStatus(), RateLimitHeaders.ietf())
                  .execute(
                      TestApi.create(stack, server.url("/")).get("x1", RequestTag.of("get")),
                      "get");
          assertThat(body).containsEntry("id", "x1");
        }
      }
    }
  }

  @Test
  void aRateLimitWaitOfASecondOrMoreIsLoggedOnceAtInfoWithKeyAndWait() throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(OK);
      server.enqueue(OK);
      server.start();
      ClientConfig config =
          ClientConfig.builder(server.url("/").toString())
              .rateLimit(
                  new RateLimitConfig(
                      1, Duration.ofMillis(1600), 0, Duration.ofSeconds(5), Duration.ZERO))
              .build();
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      try (HttpStack stack = HttpStack.builder(config).build()) {
        TestApi api = TestApi.create(stack, server.url("/"));
        ApiCalls calls = new ApiCalls(ErrorMapper.byStatus(), RateLimitHeaders.ietf());
        RequestTag options = RequestTag.of("GET /items/{id}").withRateLimitKey("loc-9");
        calls.execute(api.get("a", options), "get");
        calls.execute(api.get("b", options), "get");
      }
    } finally {
      System.setOut(original);
    }
    List<String> waits =
        captured
            .toString(StandardCharsets.UTF_8)
            .lines()
            .filter(l -> l.contains("INFO io.ghlsync.ratelimit") && l.contains("waited"))
            .toList();

    assertThat(waits).hasSize(1);
    assertThat(waits.get(0))
        .containsPattern("INFO io\\.ghlsync\\.ratelimit - waited \\d{4} ms for a request permit")
        .contains("rate-limit key 'loc-9'");
  }
}
