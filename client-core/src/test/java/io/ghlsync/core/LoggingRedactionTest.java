package io.ghlsync.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

class LoggingRedactionTest {

  @Test
  void tokensEmailsAndSecretsNeverReachTheLogEvenWithBodyLogging() throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(
          new MockResponse.Builder()
              .addHeader("Content-Type", "application/json")
              .body(
                  "{\"access_token\":\"at-SECRET-1\",\"email\":\"jane@example.com\",\"id\":\"x1\"}")
              .build());
      server.start();
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      ClientConfig config =
          ClientConfig.builder(server.url("/").toString()).logBodies(true).build();
      HttpStack stack =
          HttpStack.builder(config)
              .bearerTokens(TokenProvider.fixed(Secret.of("pit-SECRET-2", "token"), Set.of()))
              .build();
      TestApi api = TestApi.create(stack, server.url("/"));
      new ApiCalls(ErrorMapper.byStatus(), RateLimitHeaders.ietf())
          .execute(api.find("jane@example.com", "query-SECRET-3"), "find");
    } finally {
      System.setOut(original);
    }
    String log = captured.toString(StandardCharsets.UTF_8);

    assertThat(log).contains("GET", "x1", "[redacted]");
    assertThat(log)
        .doesNotContain("at-SECRET-1")
        .doesNotContain("pit-SECRET-2")
        .doesNotContain("query-SECRET-3")
        .doesNotContain("jane@example.com")
        .doesNotContain("jane%40example.com");
  }

  @Test
  void retriesAreLoggedAtInfoWithTheirDelayAndCause() throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(
          new MockResponse.Builder().code(429).addHeader("Retry-After", "0").body("{}").build());
      server.enqueue(
          new MockResponse.Builder()
              .addHeader("Content-Type", "application/json")
              .body("{\"id\":\"x1\"}")
              .build());
      server.start();
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      ClientConfig config =
          ClientConfig.builder(server.url("/").toString())
              .retry(
                  new RetryConfig(
                      3, java.time.Duration.ofMillis(1), java.time.Duration.ofMillis(5), 0))
              .build();
      HttpStack stack = HttpStack.builder(config).build();
      new ApiCalls(ErrorMapper.byStatus(), RateLimitHeaders.ietf())
          .execute(TestApi.create(stack, server.url("/")).find("a@b.c", "t"), "find");
      stack.close();
    } finally {
      System.setOut(original);
    }
    String log = captured.toString(StandardCharsets.UTF_8);

    assertThat(log)
        .containsPattern(
            "INFO io\\.ghlsync\\.http - retrying GET \\S+ in \\d+ ms \\(attempt 2 of 3\\)")
        .contains("after HTTP 429")
        .doesNotContain("a@b.c", "a%40b.c");
  }

  @Test
  void secretAndConfigToStringRevealNothing() {
    Secret secret = Secret.of("abc-123", "token");

    assertThat(secret.toString()).doesNotContain("abc-123");
    assertThat(TokenProvider.fixed(secret, Set.of("contacts.readonly")).toString())
        .doesNotContain("abc-123");
    assertThat(secret).isEqualTo(Secret.of("abc-123", "other")).isNotEqualTo(Secret.of("x", "t"));
    assertThat(Map.of("k", secret).toString()).doesNotContain("abc-123");
  }
}
