package io.ghlsync.ghl;

import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.ghl.oauth.GhlTokenResponse;
import io.ghlsync.ghl.oauth.OAuthService;
import io.ghlsync.ghl.webhook.WebhookHandler;
import io.ghlsync.ghl.webhook.WebhookResult;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class ClientEntryPointsTest {

  @Test
  void oauthCallsTheAgencyEndpointsWithTheClientsCredentialAndIsShared() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(
          new MockResponse.Builder()
              .addHeader("Content-Type", "application/json")
              .body(
                  "{\"access_token\":\"LAT-1\",\"token_type\":\"Bearer\",\"expires_in\":86399,"
                      + "\"scope\":\"contacts.readonly\",\"userType\":\"Location\","
                      + "\"locationId\":\"loc-9\",\"companyId\":\"company-1\"}")
              .build());
      server.start();
      GhlClient client =
          GhlClient.builder()
              .baseUrl(server.url("/").toString())
              .privateIntegrationToken("agency-token-123")
              .build();

      OAuthService oauth = client.oauth();
      GhlTokenResponse token = oauth.locationToken("company-1", "loc-9");

      RecordedRequest request = server.takeRequest();
      assertThat(client.oauth()).isSameAs(oauth);
      assertThat(request.getMethod()).isEqualTo("POST");
      assertThat(request.getUrl().encodedPath()).isEqualTo("/oauth/locationToken");
      assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer agency-token-123");
      assertThat(request.getHeaders().values("Version")).containsExactly("2021-07-28");
      assertThat(MockGhl.body(request)).contains("companyId=company-1", "locationId=loc-9");
      assertThat(token.accessToken().reveal()).isEqualTo("LAT-1");
    }
  }

  @Test
  void webhooksStartsAHandlerBuilder() {
    GhlClient client = GhlClient.builder().privateIntegrationToken("pit-1").build();

    WebhookHandler handler =
        client.webhooks().allowUnsignedEvents(true).requireTimestamp(false).build();
    WebhookResult result =
        handler.handle(
            Map.of(),
            "{\"type\":\"ContactDelete\",\"locationId\":\"loc\",\"webhookId\":\"w1\",\"id\":\"c1\"}"
                .getBytes(StandardCharsets.UTF_8));

    assertThat(result).isInstanceOf(WebhookResult.Accepted.class);
  }
}
