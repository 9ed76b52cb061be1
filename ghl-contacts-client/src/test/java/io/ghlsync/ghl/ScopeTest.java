package io.ghlsync.ghl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghlsync.core.PermissionException;
import io.ghlsync.core.Secret;
import io.ghlsync.core.TokenProvider;
import io.ghlsync.ghl.model.CreateContactRequest;
import io.ghlsync.ghl.model.SearchContactsRequest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ScopeTest {
  private final MockGhl ghl = new MockGhl();

  @AfterEach
  void close() {
    ghl.close();
  }

  @Test
  void aReadOnlyClientRefusesWritesBeforeSending() {
    GhlClient readOnly = ghl.builder().grantedScopes("contacts.readonly").build();

    assertThatThrownBy(
            () -> readOnly.contacts().create(CreateContactRequest.builder().name("x").build()))
        .isInstanceOf(PermissionException.class)
        .hasMessageContaining("contacts.write")
        .hasMessageContaining("POST /contacts/");
    assertThatThrownBy(() -> readOnly.tags().add("c1", List.of("t")))
        .isInstanceOf(PermissionException.class);
    assertThatThrownBy(() -> readOnly.campaigns().removeAll("c1"))
        .isInstanceOf(PermissionException.class);

    assertThat(ghl.server.getRequestCount()).isZero();
  }

  @Test
  void aWriteOnlyClientRefusesReadsIncludingSearch() {
    GhlClient writeOnly = ghl.builder().grantedScopes(Set.of("contacts.write")).build();

    assertThatThrownBy(() -> writeOnly.contacts().get("c1"))
        .isInstanceOf(PermissionException.class)
        .hasMessageContaining("contacts.readonly");
    assertThatThrownBy(() -> writeOnly.contacts().search(SearchContactsRequest.builder().build()))
        .isInstanceOf(PermissionException.class)
        .hasMessageContaining("contacts.readonly");
    assertThat(writeOnly.contacts().getAsync("c1"))
        .failsWithin(java.time.Duration.ofSeconds(10))
        .withThrowableOfType(java.util.concurrent.ExecutionException.class)
        .withCauseInstanceOf(PermissionException.class);

    assertThat(ghl.server.getRequestCount()).isZero();
  }

  @Test
  void theProvidersScopesAreCheckedWhenTheClientDeclaresNone() {
    TokenProvider provider =
        TokenProvider.fixed(Secret.of(MockGhl.TOKEN, "token"), Set.of("contacts.readonly"));
    GhlClient client = ghl.builder().tokenProvider(provider).build();

    assertThatThrownBy(() -> client.notes().delete("c1", "n1"))
        .isInstanceOf(PermissionException.class)
        .hasMessageContaining("contacts.write");
    assertThat(ghl.server.getRequestCount()).isZero();

    ghl.enqueueFixture(200, "notes-list.json");
    assertThat(client.notes().list("c1")).hasSize(1);
    ghl.take("GET", "/contacts/c1/notes");
  }

  @Test
  void declaredScopesNarrowButNeverWidenAReadOnlyToken() {
    TokenProvider readOnly =
        TokenProvider.fixed(Secret.of(MockGhl.TOKEN, "token"), Set.of("contacts.readonly"));

    assertThatThrownBy(
            () ->
                ghl.builder()
                    .tokenProvider(readOnly)
                    .grantedScopes("contacts.readonly", "contacts.write")
                    .build())
        .isInstanceOf(PermissionException.class)
        .hasMessageContaining("grantedScopes declares contacts.write")
        .hasMessageContaining("granted only [contacts.readonly]")
        .hasMessageContaining("re-authorise");

    TokenProvider readWrite =
        TokenProvider.fixed(
            Secret.of(MockGhl.TOKEN, "token"), Set.of("contacts.readonly", "contacts.write"));
    GhlClient narrowed =
        ghl.builder().tokenProvider(readWrite).grantedScopes("contacts.readonly").build();
    assertThatThrownBy(() -> narrowed.notes().delete("c1", "n1"))
        .isInstanceOf(PermissionException.class)
        .hasMessageContaining("contacts.write");
    assertThat(ghl.server.getRequestCount()).isZero();
  }

  @Test
  void unknownScopesAreNotChecked() {
    GhlClient client = ghl.client();
    ghl.enqueueFixture(200, "note-delete.json");

    assertThat(client.notes().delete("c1", "n1")).isTrue();
  }
}
