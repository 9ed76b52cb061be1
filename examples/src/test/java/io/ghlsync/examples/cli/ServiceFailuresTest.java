package io.ghlsync.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.core.ApiException;
import io.ghlsync.core.AuthenticationException;
import io.ghlsync.core.ErrorDetails;
import io.ghlsync.core.NetworkException;
import io.ghlsync.core.PermissionException;
import io.ghlsync.core.RateLimitException;
import io.ghlsync.sync.mapping.MappingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceFailuresTest {

  @Test
  void explainsExpectedErrorsAsRunFailuresWithTheStep() {
    RuntimeException explained =
        ServiceFailures.explain("reading contacts", new IllegalStateException("no scope"));

    assertThat(explained).isInstanceOf(ExampleFailure.class);
    assertThat(((ExampleFailure) explained).exitCode()).isEqualTo(1);
    assertThat(explained).hasMessage("reading contacts failed: no scope");
  }

  @Test
  void handsBackBugsUnchangedSoTheirTraceIsShown() {
    NullPointerException bug = new NullPointerException("bug");

    assertThat(ServiceFailures.explain("x", bug)).isSameAs(bug);
    assertThat(ServiceFailures.describe(bug)).isEmpty();
  }

  @Test
  void keepsExampleFailuresAsTheyAre() {
    ExampleFailure f = ExampleFailure.setup("missing X");

    assertThat(ServiceFailures.explain("x", f)).isSameAs(f);
  }

  @Test
  void describesEachKindOfServiceError() {
    assertThat(ServiceFailures.describe(new AuthenticationException(details(401), null)))
        .contains("credentials were rejected (HTTP 401)");
    assertThat(ServiceFailures.describe(new PermissionException(details(403), null)))
        .contains("permission denied (HTTP 403)");
    assertThat(ServiceFailures.describe(new RateLimitException(details(429), false, null)))
        .contains("rate limited (HTTP 429)");
    assertThat(
            ServiceFailures.describe(
                new NetworkException("GET /contacts", new IOException("connection refused"))))
        .contains("could not be reached");
    assertThat(ServiceFailures.describe(new ApiException(details(500), false, null)))
        .contains("answered HTTP 500");
    assertThat(ServiceFailures.describe(new MappingException("rule #2 broken")))
        .contains("mapping is invalid: rule #2 broken");
    assertThat(ServiceFailures.describe(new UncheckedIOException("disk", new IOException())))
        .isEqualTo("disk");
  }

  private static ErrorDetails details(int status) {
    return new ErrorDetails(status, null, List.of("status " + status), null, null, "GET /x");
  }
}
