package io.ghlsync.ghl;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.Moshi;
import io.ghlsync.core.RetryConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** A loopback GHL for tests: a MockWebServer, a client pointed at it, fixtures and assertions. */
final class MockGhl implements AutoCloseable {
  static final String TOKEN = "pit-7f3c9e1a-secret-token";
  static final String LOCATION = "ve9EPM428h8vShlRW1KT";

  final MockWebServer server = new MockWebServer();

  MockGhl() {
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A builder with fast retries, the test token and the default location. */
  GhlClient.Builder builder() {
    return GhlClient.builder()
        .baseUrl(server.url("/").toString())
        .privateIntegrationToken(TOKEN)
        .locationId(LOCATION)
        .retry(new RetryConfig(3, Duration.ofMillis(5), Duration.ofMillis(20), 0));
  }

  GhlClient client() {
    return builder().build();
  }

  void enqueue(int code, String body) {
    server.enqueue(
        new MockResponse.Builder()
            .code(code)
            .addHeader("Content-Type", "application/json")
            .body(body)
            .build());
  }

  void enqueueFixture(int code, String name) {
    enqueue(code, fixture(name));
  }

  RecordedRequest take() {
    try {
      RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
      assertThat(r).as("a request reached the server").isNotNull();
      return r;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Takes the next request and checks method, path and query (none unless {@code target} has a
   * {@code ?}), the bearer token and the {@code Version} header.
   */
  RecordedRequest take(String method, String target) {
    return take(method, target, "2021-07-28");
  }

  RecordedRequest take(String method, String target, String version) {
    RecordedRequest r = take();
    int q = target.indexOf('?');
    assertThat(r.getMethod()).isEqualTo(method);
    assertThat(r.getUrl().encodedPath()).isEqualTo(q < 0 ? target : target.substring(0, q));
    assertThat(r.getUrl().encodedQuery()).isEqualTo(q < 0 ? null : target.substring(q + 1));
    assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(r.getHeaders().get("Version")).isEqualTo(version);
    return r;
  }

  /**
   * The request body as text. {@code getBody()} returns an okio {@code ByteString}; calling it
   * reflectively keeps okio (OkHttp's own transitive dependency) out of this module's declared
   * dependencies, which the dependency analysis would otherwise demand.
   */
  static String body(RecordedRequest r) {
    try {
      Object bytes = RecordedRequest.class.getMethod("getBody").invoke(r);
      return bytes == null ? "" : (String) bytes.getClass().getMethod("utf8").invoke(bytes);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Asserts the request's JSON body equals the expected JSON (order-insensitive). */
  static void assertJsonBody(RecordedRequest r, String expectedJson) {
    assertThat(r.getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(parse(body(r))).isEqualTo(parse(expectedJson));
  }

  static Object parse(String json) {
    try {
      return new Moshi.Builder().build().adapter(Object.class).fromJson(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String fixture(String name) {
    try (InputStream in = MockGhl.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
