package io.ghlsync.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.core.internal.RequestTag;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class RateLimitedBurstTest {

  /** A server enforcing a fixed window, answering with GHL's headers and 429 beyond it. */
  static final class WindowedServer extends Dispatcher {
    private final int max;
    private final long windowMillis;
    private long windowStart = System.currentTimeMillis();
    private int used;
    final AtomicInteger rejected = new AtomicInteger();

    WindowedServer(int max, long windowMillis) {
      this.max = max;
      this.windowMillis = windowMillis;
    }

    @Override
    public synchronized MockResponse dispatch(RecordedRequest request) {
      long now = System.currentTimeMillis();
      if (now - windowStart >= windowMillis) {
        windowStart = now;
        used = 0;
      }
      MockResponse.Builder b =
          new MockResponse.Builder()
              .addHeader("X-RateLimit-Max", max)
              .addHeader("X-RateLimit-Interval-Milliseconds", windowMillis);
      if (used >= max) {
        rejected.incrementAndGet();
        return b.code(429)
            .addHeader("X-RateLimit-Remaining", 0)
            .body("{\"message\":\"Too Many\"}")
            .build();
      }
      used++;
      return b.code(200)
          .addHeader("X-RateLimit-Remaining", max - used)
          .body("{\"ok\":true}")
          .build();
    }
  }

  @Test
  void burstOf300CallsCompletesWithNo429ReachingTheCaller() throws Exception {
    WindowedServer dispatcher = new WindowedServer(50, 250);
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(dispatcher);
      server.start();
      ClientConfig config =
          ClientConfig.builder(server.url("/").toString())
              .rateLimit(
                  new RateLimitConfig(
                      100,
                      Duration.ofSeconds(10),
                      0,
                      Duration.ofSeconds(30),
                      Duration.ofMillis(30)))
              .retry(new RetryConfig(6, Duration.ofMillis(50), Duration.ofSeconds(1), 0.2))
              .build();
      HttpStack stack = HttpStack.builder(config).rateLimitHeaders(RateLimitHeaders.ghl()).build();
      TestApi api = TestApi.create(stack, server.url("/"));
      ApiCalls calls = new ApiCalls(ErrorMapper.byStatus(), RateLimitHeaders.ghl());

      ExecutorService pool = Executors.newFixedThreadPool(8);
      List<Future<Map<String, Object>>> results = new ArrayList<>();
      for (int i = 0; i < 300; i++) {
        String id = "c" + i;
        results.add(pool.submit(() -> calls.execute(api.get(id, RequestTag.of("get")), "get")));
      }
      for (Future<Map<String, Object>> f : results) {
        assertThat(f.get()).containsEntry("ok", true);
      }
      pool.shutdown();
      // The limiter starts at 100/10 s and learns 50/250 ms from the first responses.
      assertThat(stack.rateLimiter().orElseThrow().windowMax("default")).isEqualTo(50);
    }
  }
}
