package io.ghlsync.testkit.ghl;

import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimitTest {
  private final TestClock clock = TestClock.at(Instant.parse("2025-01-01T23:59:00Z"));

  @Test
  void everyAuthenticatedResponseCarriesTheFiveRateLimitHeaders() {
    try (FakeGhl ghl = FakeGhl.start()) {
      GhlHttp http = new GhlHttp(ghl, ghl.location("l").privateToken("contacts.readonly"));

      GhlHttp.Reply reply = http.get("/contacts/?locationId=l");

      assertThat(reply.headers().get("X-RateLimit-Max")).isEqualTo("100");
      assertThat(reply.headers().get("X-RateLimit-Remaining")).isEqualTo("99");
      assertThat(reply.headers().get("X-RateLimit-Interval-Milliseconds")).isEqualTo("10000");
      assertThat(reply.headers().get("X-RateLimit-Limit-Daily")).isEqualTo("200000");
      assertThat(reply.headers().get("X-RateLimit-Daily-Remaining")).isEqualTo("199999");
    }
  }

  @Test
  void answers429BeyondTheWindowPerLocationUntilTheWindowPasses() {
    try (FakeGhl ghl =
        FakeGhl.builder().clock(clock).rateLimit(3, Duration.ofMillis(200)).start()) {
      GhlHttp one = new GhlHttp(ghl, ghl.location("a").privateToken("contacts.readonly"));
      GhlHttp two = new GhlHttp(ghl, ghl.location("b").privateToken("contacts.readonly"));
      for (int i = 0; i < 3; i++) {
        assertThat(one.get("/contacts/?locationId=a").code()).isEqualTo(200);
      }

      GhlHttp.Reply limited = one.get("/contacts/?locationId=a");
      assertThat(limited.code()).isEqualTo(429);
      assertThat(limited.headers().get("X-RateLimit-Remaining")).isEqualTo("0");
      assertThat(limited.json()).containsEntry("message", "Too Many Requests");
      assertThat(two.get("/contacts/?locationId=b").code()).isEqualTo(200);

      clock.advance(Duration.ofMillis(200));
      assertThat(one.get("/contacts/?locationId=a").code()).isEqualTo(200);
    }
  }

  @Test
  void dailyBudgetRunsOutAndResetsAtMidnightUtc() {
    try (FakeGhl ghl =
        FakeGhl.builder().clock(clock).rateLimit(100, Duration.ofMillis(1)).dailyLimit(2).start()) {
      GhlHttp http = new GhlHttp(ghl, ghl.location("a").privateToken("contacts.readonly"));
      http.get("/contacts/?locationId=a");
      GhlHttp.Reply last = http.get("/contacts/?locationId=a");
      assertThat(last.headers().get("X-RateLimit-Daily-Remaining")).isEqualTo("0");

      assertThat(http.get("/contacts/?locationId=a").code()).isEqualTo(429);
      clock.advance(Duration.ofMinutes(1));
      assertThat(http.get("/contacts/?locationId=a").code()).isEqualTo(200);
    }
  }
}
