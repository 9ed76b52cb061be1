package io.ghlsync.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.core.internal.RequestTag;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The cases of issue 16 against a real socket: what the server says about its window and its waits
 * is followed exactly. Timings are taken where the server saw the requests.
 */
class ServerRateLimitsTest {
  private static final long MS = 1_000_000;
  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private TestApi api(RateLimitHeaders headers, RetryConfig retry, RateLimitConfig limit) {
    ClientConfig config =
        ClientConfig.builder(server.url("/").toString()).retry(retry).rateLimit(limit).build();
    HttpStack stack = HttpStack.builder(config).rateLimitHeaders(headers).build();
    return TestApi.create(stack, server.url("/"));
  }

  private static Map<String, Object> get(TestApi api, RateLimitHeaders headers, String id) {
    return new ApiCalls(ErrorMapper.byStatus(), headers)
        .execute(api.get(id, RequestTag.of("get")), "get");
  }

  @Test
  void neverSendsPastRemainingZeroBeforeTheResetNorWaitsPastIt() {
    // 2 per 1 s while the client starts from 100 per 10 s: the server's window wins.
    WindowServer window = new WindowServer(2, 1000, false);
    server.setDispatcher(window);
    RateLimitHeaders headers = RateLimitHeaders.ietf();
    TestApi api =
        api(
            headers,
            RetryConfig.defaults(),
            RateLimitConfig.perWindow(100, Duration.ofSeconds(10)));

    for (int i = 0; i < 6; i++) {
      get(api, headers, "c" + i);
    }

    List<WindowServer.Arrival> seen = window.arrivals();
    assertThat(window.rejected()).isZero();
    assertThat(seen).hasSize(6);
    long first = seen.get(0).nanos();
    // Pairs in consecutive windows: each pair after the previous window's end, and soon after it
    // (the reset is whole seconds, rounded up, so the client may wait up to one more second at most
    // when the answer came late in a second; here the windows are exactly 1 s).
    for (int w = 1; w < 3; w++) {
      long windowOpened = seen.get(2 * w).nanos() - first;
      assertThat(windowOpened).isGreaterThanOrEqualTo(w * 1000 * MS);
      assertThat(windowOpened).isLessThan(w * 1000 * MS + 400 * MS);
    }
  }

  @Test
  void waitsForTheServersResetWhenItsWindowIsLongerThanConfigured() {
    // 3 per 2 s, configured as 3 per 1 s: the 4th call goes when the server said, not before.
    WindowServer window = new WindowServer(3, 2000, false);
    server.setDispatcher(window);
    RateLimitHeaders headers = RateLimitHeaders.ietf();
    TestApi api =
        api(headers, RetryConfig.defaults(), RateLimitConfig.perWindow(3, Duration.ofSeconds(1)));

    for (int i = 0; i < 4; i++) {
      get(api, headers, "c" + i);
    }

    List<WindowServer.Arrival> seen = window.arrivals();
    assertThat(window.rejected()).isZero();
    long fourth = seen.get(3).nanos() - seen.get(0).nanos();
    assertThat(fourth).isBetween(2000 * MS, 2400 * MS);
  }

  @Test
  void a429RetryNeverComesBeforeRetryAfterWhateverTheJitter() {
    // Every first request of an id meets a 429 with Retry-After: 1; its repeat is answered.
    Map<String, Long> rejectedAt = new ConcurrentHashMap<>();
    Map<String, Long> repeatedAfter = new ConcurrentHashMap<>();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            long now = System.nanoTime();
            String path = request.getUrl().encodedPath();
            Long first = rejectedAt.putIfAbsent(path, now);
            if (first == null) {
              return new MockResponse.Builder()
                  .code(429)
                  .addHeader("Retry-After", "1")
                  .body("{}")
                  .build();
            }
            repeatedAfter.put(path, now - first);
            return new MockResponse.Builder().code(200).body("{\"ok\":true}").build();
          }
        });
    RateLimitHeaders headers = RateLimitHeaders.ietf();
    // Full jitter: with the old policy about half of the repeats came early.
    TestApi api =
        api(
            headers,
            new RetryConfig(4, Duration.ofMillis(100), Duration.ofSeconds(5), 1.0),
            RateLimitConfig.perWindow(100, Duration.ofSeconds(10)));

    for (int i = 0; i < 3; i++) {
      assertThat(get(api, headers, "c" + i)).containsEntry("ok", true);
    }

    assertThat(repeatedAfter).hasSize(3);
    assertThat(repeatedAfter.values())
        .allSatisfy(d -> assertThat(d).isGreaterThanOrEqualTo(1000 * MS));
  }

  @Test
  void a503IsBackedOffNotHeldForTheWindowReset() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(
          new MockResponse.Builder()
              .code(503)
              .addHeader("RateLimit-Limit", "100")
              .addHeader("RateLimit-Remaining", "90")
              .addHeader("RateLimit-Reset", "30")
              .body("{}")
              .build());
    }
    server.enqueue(new MockResponse.Builder().code(200).body("{\"ok\":true}").build());
    RateLimitHeaders headers = RateLimitHeaders.ietf();
    TestApi api =
        api(
            headers,
            new RetryConfig(4, Duration.ofMillis(5), Duration.ofMillis(200), 0.1),
            RateLimitConfig.perWindow(100, Duration.ofSeconds(10)));

    long start = System.nanoTime();
    assertThat(get(api, headers, "c")).containsEntry("ok", true);

    assertThat(server.getRequestCount()).isEqualTo(4);
    assertThat(System.nanoTime() - start).isLessThan(2000 * MS);
  }

  @Test
  void aBurstFromManyThreadsFillsEachGhlWindowWithoutA429() throws Exception {
    WindowServer window = new WindowServer(5, 400, true);
    server.setDispatcher(window);
    RateLimitHeaders headers = RateLimitHeaders.ghl();
    TestApi api =
        api(
            headers,
            RetryConfig.defaults(),
            new RateLimitConfig(
                5, Duration.ofMillis(400), 0, Duration.ofSeconds(30), Duration.ofMillis(5)));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Map<String, Object>>> results = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String id = "c" + i;
      results.add(pool.submit(() -> get(api, headers, id)));
    }
    for (Future<Map<String, Object>> f : results) {
      assertThat(f.get()).containsEntry("ok", true);
    }
    pool.shutdown();

    List<WindowServer.Arrival> seen = window.arrivals();
    assertThat(window.rejected()).isZero();
    assertThat(seen).hasSize(20);
    // Four windows of five: the last opens three windows (plus the answers' latency) after the
    // first, not one safety margin per request later.
    long last = seen.get(seen.size() - 1).nanos() - seen.get(0).nanos();
    assertThat(last).isLessThan(3 * 400 * MS + 600 * MS);
  }
}
