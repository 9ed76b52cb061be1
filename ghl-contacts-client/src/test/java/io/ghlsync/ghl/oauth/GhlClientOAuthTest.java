package io.ghlsync.ghl.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghlsync.core.PermissionException;
import io.ghlsync.core.Secret;
import io.ghlsync.core.token.InMemoryTokenStore;
import io.ghlsync.core.token.StoredToken;
import io.ghlsync.core.token.TokenKey;
import io.ghlsync.ghl.GhlClient;
import io.ghlsync.ghl.model.CreateContactRequest;
import java.time.Instant;
import java.util.Set;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GhlClientOAuthTest {
  private final MockWebServer server = new MockWebServer();
  private final FakeGhlOAuthServer ghl = new FakeGhlOAuthServer();
  private final InMemoryTokenStore store = new InMemoryTokenStore();

  @BeforeEach
  void start() throws Exception {
    server.setDispatcher(ghl);
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aClientBuiltWithOAuthRefreshesRetriesOn401AndHonoursTheGrantedScopes() throws Exception {
    ghl.scope = "contacts.readonly";
    ghl.issued("loc-1", "AT-old", "RT-old");
    store.save(
        new TokenKey(FakeGhlOAuthServer.CLIENT_ID, "loc-1"),
        StoredToken.builder(Secret.of("AT-old", "a"))
            .refreshToken(Secret.of("RT-old", "r"))
            .expiresAt(Instant.now().minusSeconds(5))
            .scopes(Set.of("contacts.readonly"))
            .userType("Location")
            .locationId("loc-1")
            .build());
    GhlOAuth oauth = GhlOAuthFlowTest.oauth(server.url("/"));
    GhlClient client =
        GhlClient.builder()
            .baseUrl(server.url("/").toString())
            .oauth(GhlOAuthSetup.location(oauth, store, "loc-1"))
            .build();

    assertThat(client.locationId()).contains("loc-1");
    assertThat(client.contacts().get("c1").toString()).contains("c1");
    assertThat(ghl.tokenCalls).hasValue(1);

    ghl.expireAccess("loc-1");
    client.contacts().get("c1");
    assertThat(ghl.tokenCalls).hasValue(2);

    int sent = server.getRequestCount();
    assertThatThrownBy(
            () -> client.contacts().create(CreateContactRequest.builder().name("x").build()))
        .isInstanceOf(PermissionException.class)
        .hasMessageContaining("contacts.write");
    assertThat(server.getRequestCount()).isEqualTo(sent);
  }
}
