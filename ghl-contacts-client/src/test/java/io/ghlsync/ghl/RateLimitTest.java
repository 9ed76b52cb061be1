package io.ghlsync.ghl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.ghlsync.core.RateLimitConfig;
import io.ghlsync.core.RateLimitException;
import io.ghlsync.core.RetryConfig;
import io.ghlsync.ghl.model.Contact;
import io.ghlsync.ghl.model.SearchContactsRequest;
import io.ghlsync.ghl.model.UpsertContactRequest;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * A server that enforces GHL's burst limit (scaled down to 30 requests per 300 ms), sends GHL's
 * rate-limit headers and answers 429 beyond the window.
 */
class RateLimitTest {
  private static final int WINDOW_MAX = 30;
  private static final long WINDOW_MILLIS = 300;

  /** Sliding-window limiter on the server side, like GHL's. */
  private static final class GhlLikeServer extends Dispatcher {
    private final ArrayDeque<Long> accepted = new ArrayDeque<>();
    final AtomicInteger tooMany = new AtomicInteger();
    final AtomicInteger served = new AtomicInteger();

    @Override
    public synchronized MockResponse dispatch(RecordedRequest request) {
      long now = System.nanoTime();
      while (!accepted.isEmpty() && now - accepted.peekFirst() >= WINDOW_MILLIS * 1_000_000) {
        accepted.pollFirst();
      }
      boolean allowed = accepted.size() < WINDOW_MAX;
      if (allowed) {
        accepted.addLast(now);
      }
      MockResponse.Builder b =
          new MockResponse.Builder()
              .addHeader("X-RateLimit-Max", WINDOW_MAX)
              .addHeader("X-RateLimit-Remaining", WINDOW_MAX - accepted.size())
              .addHeader("X-RateLimit-Interval-Milliseconds", WINDOW_MILLIS)
              .addHeader("X-RateLimit-Limit-Daily", 200_000)
              .addHeader("X-RateLimit-Daily-Remaining", 200_000 - served.get());
      if (!allowed) {
        tooMany.incrementAndGet();
        return b.code(429).body("{\"statusCode\":429,\"message\":\"Too Many Requests\"}").build();
      }
      served.incrementAndGet();
      String id = request.getUrl().pathSegments().get(1);
      return b.code(200).body("{\"contact\":{\"id\":\"" + id + "\"}}").build();
    }
  }

  @Test
  void aBurstOf300CallsFromManyThreadsCompletesWithoutA429ReachingTheCaller() throws Exception {
    try (MockGhl ghl = new MockGhl()) {
      GhlLikeServer server = new GhlLikeServer();
      ghl.server.setDispatcher(server);
      GhlClient client =
          ghl.builder()
              .rateLimit(
                  new RateLimitConfig(
                      WINDOW_MAX,
                      Duration.ofMillis(WINDOW_MILLIS),
                      0,
                      Duration.ofSeconds(30),
                      Duration.ofMillis(20)))
              .retry(new RetryConfig(5, Duration.ofMillis(10), Duration.ofSeconds(1), 0.2))
              .build();
      ExecutorService pool = Executors.newFixedThreadPool(8);
      long start = System.nanoTime();
      try {
        List<Future<Contact>> calls = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
          String id = "c" + i;
          calls.add(pool.submit(() -> client.contacts().get(id)));
        }
        for (int i = 0; i < calls.size(); i++) {
          assertThat(calls.get(i).get().id()).contains("c" + i);
        }
      } finally {
        pool.shutdownNow();
      }
      long millis = (System.nanoTime() - start) / 1_000_000;

      assertThat(server.served.get()).isEqualTo(300);
      // The client paces itself: 429s are rare (clock skew at window edges), not the norm.
      assertThat(server.tooMany.get()).isLessThan(30);
      // 300 calls at 30 per 300 ms need at least 9 full windows.
      assertThat(millis).isGreaterThanOrEqualTo(9 * WINDOW_MILLIS);
    }
  }

  @Test
  void eachLocationHasItsOwnBucketAndRequestsWithoutOneUseTheClientsLocation() {
    try (MockGhl ghl = new MockGhl()) {
      GhlClient client =
          ghl.builder()
              .rateLimit(
                  new RateLimitConfig(1, Duration.ofMinutes(1), 0, Duration.ZERO, Duration.ZERO))
              .build();
      ghl.enqueueFixture(200, "contact-get.json");
      ghl.enqueueFixture(200, "contact-upsert.json");
      ghl.enqueueFixture(200, "contacts-search.json");

      client.contacts().get("c1");
      client
          .contacts()
          .upsert(UpsertContactRequest.builder().locationId("otherLoc").email("a@b.c").build());
      Throwable sameLocation =
          catchThrowable(
              () ->
                  client
                      .contacts()
                      .search(
                          SearchContactsRequest.builder().locationId(MockGhl.LOCATION).build()));
      Throwable defaultLocation = catchThrowable(() -> client.tasks().list("c1"));

      assertThat(sameLocation)
          .isInstanceOf(RateLimitException.class)
          .hasMessageContaining(MockGhl.LOCATION);
      assertThat(defaultLocation).isInstanceOf(RateLimitException.class);
      assertThat(ghl.server.getRequestCount()).isEqualTo(2);
    }
  }
}
