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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * Rate-limit use: a loopback server enforces N requests per window with GHL's headers and answers
 * 429 beyond; a burst of calls to {@code contacts().get} from many threads must take no longer than
 * the window allows. Reports the burst's time against the ideal ({@code (ceil(calls / N) - 1)}
 * windows: every window full, the last one opened right when the one before ended) and the 429s the
 * server sent.
 *
 * <p>The server's window opens with the first request after the previous one ended, as the
 * testkit's fake GHL models GHL; {@code fixed} instead aligns windows to the server's start (the
 * client then cannot see where a window begins and loses the offset each window).
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * io.ghlsync.benchmarks.RateLimitThroughput [calls] [threads] [perWindow] [windowMillis]
 * [anchored|fixed]} (defaults 1500 50 100 1000 anchored).
 */
public final class RateLimitThroughput {

  private RateLimitThroughput() {}

  /** A window server, like GHL's burst limit, scaled down. */
  static final class WindowServer extends Dispatcher {
    private final int max;
    private final long windowMillis;
    private final boolean anchored;
    private long windowStart;
    private int used;
    final AtomicInteger served = new AtomicInteger();
    final AtomicInteger rejected = new AtomicInteger();
    final List<Long> windowOpenings = new ArrayList<>();

    WindowServer(int max, long windowMillis, boolean anchored) {
      this.max = max;
      this.windowMillis = windowMillis;
      this.anchored = anchored;
      this.windowStart = anchored ? Long.MIN_VALUE / 2 : System.currentTimeMillis();
    }

    @Override
    public synchronized MockResponse dispatch(RecordedRequest request) {
      long now = System.currentTimeMillis();
      if (now - windowStart >= windowMillis) {
        windowStart =
            anchored ? now : windowStart + ((now - windowStart) / windowMillis) * windowMillis;
        used = 0;
        windowOpenings.add(now);
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
   * @param args calls, threads, perWindow, windowMillis, anchored|fixed
   * @throws IOException if the server cannot start
   * @throws InterruptedException if interrupted
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    int calls = args.length > 0 ? Integer.parseInt(args[0]) : 1500;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    int perWindow = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    long windowMillis = args.length > 3 ? Long.parseLong(args[3]) : 1000;
    boolean anchored = args.length <= 4 || !"fixed".equals(args[4]);
    WindowServer dispatcher = new WindowServer(perWindow, windowMillis, anchored);
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
                      Duration.ofSeconds(60),
                      // GHL's default margin (50 ms per 10 s), scaled with the window.
                      Duration.ofMillis(Math.max(1, windowMillis / 200))))
              .retry(RetryConfig.defaults())
              .build();
      // Warm the connection pool and classes outside the measurement, then let that window pass.
      client.contacts().get("seD4PfOuKoVMLkEZqohJ");
      Thread.sleep(windowMillis + 50);
      int servedBefore = dispatcher.served.get();
      AtomicLong callerErrors = new AtomicLong();
      AtomicInteger next = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<?>> futures = new ArrayList<>();
      long start = System.nanoTime();
      for (int t = 0; t < threads; t++) {
        futures.add(
            pool.submit(
                () -> {
                  while (next.getAndIncrement() < calls) {
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
      double elapsed = (System.nanoTime() - start) / 1e9;
      pool.shutdown();
      // Openings 0 and 1 are the warm-up's window and the burst's first; after that, each window
      // opens when the client lets the next request go.
      List<Long> openings = dispatcher.windowOpenings;
      long lateMs = 0;
      for (int i = 2; i < openings.size(); i++) {
        lateMs += openings.get(i) - openings.get(i - 1) - windowMillis;
      }
      double ideal = ((calls + perWindow - 1) / perWindow - 1) * (windowMillis / 1000.0);
      System.out.printf(
          Locale.ROOT,
          "%d calls, %d threads, %d per %d ms (%s window): %.2f s, ideal %.2f s, efficiency"
              + " %.3f, served %d, server 429s %d, errors reaching callers %d, windows opened"
              + " %d ms late in total%n",
          calls,
          threads,
          perWindow,
          windowMillis,
          anchored ? "anchored" : "fixed",
          elapsed,
          ideal,
          ideal / elapsed,
          dispatcher.served.get() - servedBefore,
          dispatcher.rejected.get(),
          callerErrors.get(),
          lateMs);
    }
  }
}
