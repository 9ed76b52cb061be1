package io.ghlsync.benchmarks;

import io.ghlsync.core.ApiException;
import io.ghlsync.core.RateLimitConfig;
import io.ghlsync.core.RetryConfig;
import io.ghlsync.ghl.GhlClient;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * Rate-limit use: a loopback server enforces N requests per window with GHL's headers and answers
 * 429 beyond; several threads call {@code contacts().get} as fast as the client lets them for a
 * fixed time. Reports the sustained rate as a share of the allowed rate and the 429s seen.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * io.ghlsync.benchmarks.RateLimitThroughput [perWindow] [windowMillis] [seconds] [threads]}
 */
public final class RateLimitThroughput {

  private RateLimitThroughput() {}

  /** A fixed-window server, like GHL's burst limit, scaled down. */
  static final class WindowServer extends Dispatcher {
    private final int max;
    private final long windowMillis;
    private long windowStart = System.currentTimeMillis();
    private int used;
    final AtomicInteger served = new AtomicInteger();
    final AtomicInteger rejected = new AtomicInteger();

    WindowServer(int max, long windowMillis) {
      this.max = max;
      this.windowMillis = windowMillis;
    }

    @Override
    public synchronized MockResponse dispatch(RecordedRequest request) {
      long now = System.currentTimeMillis();
      if (now - windowStart >= windowMillis) {
        windowStart += ((now - windowStart) / windowMillis) * windowMillis;
        used = 0;
      }
      MockResponse.Builder b =
          new MockResponse.Builder()
              .addHeader("Content-Type", "application/json")
              .addHeader("X-RateLimit-Max", max)
              .addHeader("X-RateLimit-Interval-Milliseconds", windowMillis)
              .addHeader("X-RateLimit-Limit-Daily", 200_000)
              .addHeader("X-RateLimit-Daily-Remaining", 150_000);
      if (used >= max) {
        rejected.incrementAndGet();
        return b.code(429)
            .addHeader("X-RateLimit-Remaining", 0)
            .body("{\"statusCode\":429,\"message\":\"Too Many Requests\"}")
            .build();
      }
      used++;
      served.incrementAndGet();
      return b.code(200)
          .addHeader("X-RateLimit-Remaining", max - used)
          .body(ContactJson.BODY)
          .build();
    }
  }

  /**
   * Runs the measurement and prints one result line.
   *
   * @param args perWindow, windowMillis, seconds, threads (defaults 100, 1000, 20, 8)
   * @throws IOException if the server cannot start
   * @throws InterruptedException if interrupted
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    int perWindow = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    long windowMillis = args.length > 1 ? Long.parseLong(args[1]) : 1000;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    int threads = args.length > 3 ? Integer.parseInt(args[3]) : 8;
    WindowServer dispatcher = new WindowServer(perWindow, windowMillis);
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(dispatcher);
      server.start();
      GhlClient client =
          GhlClient.builder()
              .baseUrl(server.url("/").toString())
              .privateIntegrationToken("pit-benchmark")
              .locationId("loc-1")
              .rateLimit(
                  new RateLimitConfig(
                      perWindow,
                      Duration.ofMillis(windowMillis),
                      200_000,
                      Duration.ofSeconds(30),
                      Duration.ofMillis(10)))
              .retry(RetryConfig.defaults())
              .build();
      AtomicLong callerErrors = new AtomicLong();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<?>> futures = new ArrayList<>();
      long start = System.nanoTime();
      for (int t = 0; t < threads; t++) {
        futures.add(
            pool.submit(
                () -> {
                  while (System.nanoTime() < deadline) {
                    try {
                      client.contacts().get("seD4PfOuKoVMLkEZqohJ");
                    } catch (ApiException e) {
                      callerErrors.incrementAndGet();
                    }
                  }
                }));
      }
      for (Future<?> f : futures) {
        try {
          f.get();
        } catch (java.util.concurrent.ExecutionException e) {
          throw new IllegalStateException(e.getCause());
        }
      }
      pool.shutdown();
      double elapsed = (System.nanoTime() - start) / 1e9;
      double allowed = perWindow * (1000.0 / windowMillis);
      double achieved = dispatcher.served.get() / elapsed;
      System.out.printf(
          Locale.ROOT,
          "allowed %.1f req/s, achieved %.1f req/s (%.1f%%), served %d, server 429s %d,"
              + " errors reaching callers %d, %d threads, %.1f s%n",
          allowed,
          achieved,
          100 * achieved / allowed,
          dispatcher.served.get(),
          dispatcher.rejected.get(),
          callerErrors.get(),
          threads,
          elapsed);
    }
  }
}
