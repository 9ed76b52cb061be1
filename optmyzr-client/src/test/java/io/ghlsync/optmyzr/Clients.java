package io.ghlsync.optmyzr;

import io.ghlsync.core.RetryConfig;
import io.ghlsync.core.Secret;
import io.ghlsync.core.TokenProvider;
import io.ghlsync.testkit.FakeDispatcher;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** Builds clients against a MockWebServer with fast retries, and small helpers for responses. */
final class Clients {
  static final String API_KEY = "key-SECRET-123";
  static final String USER_DATA_TOKEN = "ud-SECRET-456";
  static final RetryConfig FAST_RETRY =
      new RetryConfig(3, Duration.ofMillis(5), Duration.ofMillis(50), 0);

  private Clients() {}

  static OptmyzrClient withApiKey(MockWebServer server) {
    return base(server).apiKey(Secret.of(API_KEY, "apiKey")).build();
  }

  static OptmyzrClient withOAuth(MockWebServer server, TokenProvider tokens) {
    return base(server).oauth(tokens).build();
  }

  static OptmyzrClient.Builder base(MockWebServer server) {
    return OptmyzrClient.builder()
        .contractBaseUrl(server.url("/").toString())
        .config(c -> c.retry(FAST_RETRY));
  }

  static OptmyzrClient userData(MockWebServer server) {
    return OptmyzrClient.builder()
        .userDataBaseUrl(server.url("/").toString())
        .userDataToken(Secret.of(USER_DATA_TOKEN, "userDataToken"))
        .config(c -> c.retry(FAST_RETRY))
        .build();
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  static MockResponse error(int code, String type, String code2, String message, String param) {
    return json(
        code,
        "{\"error\":{\"type\":\""
            + type
            + "\",\"code\":\""
            + code2
            + "\",\"message\":\""
            + message
            + "\",\"param\":\""
            + param
            + "\",\"request_id\":\"req_body_1\"}}");
  }

  static String body(RecordedRequest request) {
    return FakeDispatcher.bodyText(request);
  }

  static String contactJson(String id) {
    return "{\"id\":\""
        + id
        + "\",\"external_id\":\"ghl-1\",\"email\":\"ana@example.com\",\"phone\":\"+4915112345678\","
        + "\"first_name\":\"Ana\",\"last_name\":null,\"lead_score\":12,\"tags\":[\"vip\"],"
        + "\"custom_fields\":{\"plan\":\"gold\"},\"created_at\":\"2025-01-02T03:04:05Z\","
        + "\"updated_at\":\"2025-01-03T03:04:05.123+01:00\",\"unexpected\":true}";
  }
}
