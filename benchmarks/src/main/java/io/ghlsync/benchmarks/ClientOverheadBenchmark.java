package io.ghlsync.benchmarks;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.ghlsync.core.RateLimitConfig;
import io.ghlsync.core.RetryConfig;
import io.ghlsync.ghl.GhlClient;
import io.ghlsync.ghl.model.Contact;
import io.ghlsync.testkit.NoDelayServerSockets;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Per-call overhead of {@code contacts().get(id)} (full stack: retry, rate limiter with a limit too
 * high to bind, auth, headers, logging, Retrofit, Moshi records, error mapping) versus the same
 * request made with bare OkHttp + Moshi, both against one loopback server.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ClientOverheadBenchmark {

  // JMH runs @Setup before any benchmark method, so these are set before use.
  @SuppressWarnings("NullAway.Init")
  private MockWebServer server;

  @SuppressWarnings("NullAway.Init")
  private GhlClient client;

  @SuppressWarnings("NullAway.Init")
  private OkHttpClient bare;

  @SuppressWarnings("NullAway.Init")
  private JsonAdapter<Map<String, Object>> bareAdapter;

  @SuppressWarnings("NullAway.Init")
  private Request bareRequest;

  /** Starts the loopback server and both clients. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    MockWebServer s = new MockWebServer();
    s.setServerSocketFactory(new NoDelayServerSockets());
    s.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return new MockResponse.Builder()
                .addHeader("Content-Type", "application/json")
                .body(ContactJson.BODY)
                .build();
          }
        });
    s.start();
    server = s;
    client =
        GhlClient.builder()
            .baseUrl(s.url("/").toString())
            .privateIntegrationToken("pit-benchmark")
            .locationId("ve9EPM428h8vShlRW1KT")
            .rateLimit(
                new RateLimitConfig(
                    10_000_000, Duration.ofSeconds(1), 0, Duration.ofSeconds(1), Duration.ZERO))
            .retry(RetryConfig.defaults())
            .build();
    bare = new OkHttpClient();
    bareAdapter =
        new Moshi.Builder()
            .build()
            .adapter(Types.newParameterizedType(Map.class, String.class, Object.class));
    bareRequest =
        new Request.Builder()
            .url(s.url("/contacts/seD4PfOuKoVMLkEZqohJ"))
            .header("Authorization", "Bearer pit-benchmark")
            .header("Version", "2021-07-28")
            .build();
  }

  /** Stops the server. */
  @TearDown(Level.Trial)
  public void tearDown() {
    server.close();
  }

  /** The SDK call. */
  @Benchmark
  public Contact sdkGet() {
    return client.contacts().get("seD4PfOuKoVMLkEZqohJ");
  }

  /** The same request with bare OkHttp + Moshi. */
  @Benchmark
  public @Nullable Map<String, Object> bareOkHttpGet() throws IOException {
    try (Response response = bare.newCall(bareRequest).execute()) {
      ResponseBody body = response.body();
      return bareAdapter.fromJson(body.source());
    }
  }
}
