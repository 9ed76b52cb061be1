package io.ghlsync.onoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.ghlsync.core.CredentialProvider;
import io.ghlsync.core.ServerException;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

class TransportTest {

  @Test
  void retriesReadsOn503AndSignsEveryAttemptAfresh() {
    Clock moving = MockOnOffice.ticking();
    try (MockOnOffice mock = new MockOnOffice(moving, 20)) {
      mock.enqueue(new MockResponse.Builder().code(503).body("<html>busy</html>").build());
      mock.enqueue(MockOnOffice.ok("address", "", "0"));

      assertThat(mock.client.addresses().findByEmail("a@b.de")).isEmpty();

      String first = mock.takeBody();
      String second = mock.takeBody();
      assertThat(first).contains("\"timestamp\":" + MockOnOffice.NOW + ",");
      assertThat(second).contains("\"timestamp\":" + (MockOnOffice.NOW + 1) + ",");
    }
  }

  @Test
  void doesNotRepeatWritesAfterA503() {
    try (MockOnOffice mock = new MockOnOffice()) {
      mock.enqueue(new MockResponse.Builder().code(503).body("<html>busy</html>").build());

      ServerException e =
          catchThrowableOfType(ServerException.class, () -> mock.client.addresses().archive(1));

      assertThat(e.isRetryable()).isTrue();
      assertThat(mock.server.getRequestCount()).isEqualTo(1);
    }
  }

  @Test
  void readsRotatedCredentialsOnTheNextRequest() throws Exception {
    AtomicReference<OnOfficeCredentials> current =
        new AtomicReference<>(OnOfficeCredentials.of("old-token", "old-secret"));
    try (MockWebServer server = new MockWebServer()) {
      server.start(java.net.InetAddress.getLoopbackAddress(), 0);
      server.enqueue(
          new MockResponse.Builder().body(MockOnOffice.ok("address", "", "null")).build());
      server.enqueue(
          new MockResponse.Builder().body(MockOnOffice.ok("address", "", "null")).build());
      CredentialProvider<OnOfficeCredentials> provider = current::get;
      OnOfficeClient client =
          OnOfficeClient.builder()
              .baseUrl(server.url("/api.php").toString())
              .credentials(provider)
              .build();

      client.addresses().archive(1);
      current.set(OnOfficeCredentials.of("new-token", "new-secret"));
      client.addresses().archive(1);

      assertThat(server.takeRequest().getBody().utf8()).contains("\"token\":\"old-token\"");
      String second = server.takeRequest().getBody().utf8();
      assertThat(second).contains("\"token\":\"new-token\"").doesNotContain("new-secret");
      assertThat(server.takeRequest(0, java.util.concurrent.TimeUnit.SECONDS)).isNull();
    }
  }

  @Test
  void sendsJsonToTheConfiguredEndpoint() {
    try (MockOnOffice mock = new MockOnOffice()) {
      mock.enqueue(MockOnOffice.ok("address", "", "null"));

      mock.client.addresses().archive(1);

      var request = mock.take();
      assertThat(request.getMethod()).isEqualTo("POST");
      assertThat(request.getUrl().encodedPath()).isEqualTo("/api/stable/api.php");
      assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
      assertThat(mock.client.endpoint()).endsWith("/api/stable/api.php");
    }
  }

  @Test
  void builderValidatesCredentialsAndUrls() {
    assertThat(OnOfficeClient.builder().token("t").secret("s").build().endpoint())
        .isEqualTo(OnOfficeClient.STABLE_URL);
    assertThat(OnOfficeClient.LATEST_URL).endsWith("/api/latest/api.php");
    assertThatThrownBy(() -> OnOfficeClient.builder().secret("s").build())
        .hasMessageContaining("token");
    assertThatThrownBy(() -> OnOfficeClient.builder().token("t").build())
        .hasMessageContaining("secret");
    assertThatThrownBy(() -> OnOfficeClient.builder().baseUrl("ftp:/x"))
        .hasMessageContaining("baseUrl");
    assertThatThrownBy(() -> OnOfficeClient.builder().maxActionsPerRequest(0))
        .hasMessageContaining("maxActionsPerRequest");
    assertThatThrownBy(() -> OnOfficeCredentials.of("t", " ")).hasMessageContaining("secret");
    assertThat(OnOfficeCredentials.of("tok-123", "sec-456").toString())
        .doesNotContain("tok-123")
        .doesNotContain("sec-456");
  }
}
