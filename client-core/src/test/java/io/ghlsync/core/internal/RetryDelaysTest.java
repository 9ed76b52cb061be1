package io.ghlsync.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.core.RateLimitHeaders;
import io.ghlsync.core.RetryConfig;
import java.time.Duration;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

class RetryDelaysTest {
  private static final RetryConfig CONFIG =
      new RetryConfig(6, Duration.ofMillis(100), Duration.ofSeconds(10), 0.5);

  private static Response answer(int code, String... headers) {
    Response.Builder b =
        new Response.Builder()
            .request(new Request.Builder().url("http://localhost/x").build())
            .protocol(Protocol.HTTP_1_1)
            .code(code)
            .message("m");
    for (int i = 0; i < headers.length; i += 2) {
      b.addHeader(headers[i], headers[i + 1]);
    }
    return b.build();
  }

  private static RetryDelays delays(double random) {
    return new RetryDelays(CONFIG, RateLimitHeaders.ietf(), () -> random);
  }

  @Test
  void jitterOnlyLengthensAServersRetryAfter() {
    Response tooMany = answer(429, "Retry-After", "1");
    for (double r : new double[] {0.0, 0.01, 0.3, 0.5, 0.99}) {
      Duration d = delays(r).delay(1, tooMany);
      assertThat(d).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
      assertThat(d).isLessThanOrEqualTo(Duration.ofMillis(1500));
    }
    assertThat(delays(0.0).delay(3, answer(503, "Retry-After", "2")))
        .isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void a429WithoutRetryAfterWaitsForTheWindowsResetExactly() {
    Response tooMany = answer(429, "RateLimit-Remaining", "0", "RateLimit-Reset", "4");
    assertThat(delays(0.9).delay(1, tooMany)).isEqualTo(Duration.ofSeconds(4));
  }

  @Test
  void a503BacksOffAndIgnoresTheWindowsReset() {
    Response unavailable = answer(503, "RateLimit-Remaining", "50", "RateLimit-Reset", "7");
    RetryDelays d = delays(0.5); // the midpoint draw: no spread
    assertThat(d.delay(1, unavailable)).isEqualTo(Duration.ofMillis(100));
    assertThat(d.delay(2, unavailable)).isEqualTo(Duration.ofMillis(200));
    assertThat(d.delay(3, unavailable)).isEqualTo(Duration.ofMillis(400));
    assertThat(d.delay(30, unavailable)).isEqualTo(Duration.ofSeconds(10));
    assertThat(d.delay(2, null)).isEqualTo(Duration.ofMillis(200));
    assertThat(delays(0.0).delay(1, unavailable)).isEqualTo(Duration.ofMillis(50));
    assertThat(delays(1.0).delay(1, unavailable)).isEqualTo(Duration.ofMillis(150));
  }

  @Test
  void aServerWaitBeyondMaxDelayEndsTheRetriesInsteadOfComingEarly() {
    RetryDelays d = delays(0.5);
    assertThat(d.serverWaitFits(answer(429, "Retry-After", "11"))).isFalse();
    assertThat(d.serverWaitFits(answer(429, "RateLimit-Reset", "60"))).isFalse();
    assertThat(d.serverWaitFits(answer(429, "Retry-After", "10"))).isTrue();
    assertThat(d.serverWaitFits(answer(503, "RateLimit-Reset", "60"))).isTrue();
    assertThat(d.serverWaitFits(answer(429))).isTrue();
  }
}
