package io.ghlsync.optmyzr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghlsync.core.Secret;
import io.ghlsync.core.TokenProvider;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OptmyzrClientBuilderTest {
  private static final Secret KEY = Secret.of("k", "apiKey");

  @Test
  void contractCredentialsWithoutABaseUrlFailNamingIt() {
    assertThatThrownBy(() -> OptmyzrClient.builder().apiKey(KEY).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("contractBaseUrl must be set")
        .hasMessageContaining("no default host");
  }

  @Test
  void anEmptyBuilderSaysWhatToSet() {
    assertThatThrownBy(() -> OptmyzrClient.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("contractBaseUrl")
        .hasMessageContaining("userDataToken");
  }

  @Test
  void aBaseUrlNeedsExactlyOneKindOfCredential() {
    assertThatThrownBy(
            () -> OptmyzrClient.builder().contractBaseUrl("https://bridge.example.com").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("apiKey(...) or oauth(...)");
    assertThatThrownBy(
            () ->
                OptmyzrClient.builder()
                    .contractBaseUrl("https://bridge.example.com")
                    .apiKey(KEY)
                    .oauth(TokenProvider.fixed(KEY, Set.of()))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not both");
  }

  @Test
  void badUrlsAndPathsAreRefused() {
    assertThatThrownBy(() -> OptmyzrClient.builder().contractBaseUrl("not a url"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("baseUrl");
    assertThatThrownBy(() -> OptmyzrClient.builder().optimizationHistoryPath(" "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OptmyzrClient.builder().optimizationHistoryPath("a?b=c"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("relative path");
  }

  @Test
  void eachPartIsOnlyAvailableWhenConfigured() {
    OptmyzrClient userDataOnly = OptmyzrClient.builder().userDataToken(KEY).build();
    OptmyzrClient contractOnly =
        OptmyzrClient.builder().contractBaseUrl("https://bridge.example.com").apiKey(KEY).build();

    assertThat(userDataOnly.userData()).isNotNull();
    assertThatThrownBy(userDataOnly::contacts)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("contractBaseUrl");
    assertThatThrownBy(userDataOnly::tasks).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(userDataOnly::notes).isInstanceOf(IllegalStateException.class);
    assertThat(contractOnly.contacts()).isNotNull();
    assertThat(contractOnly.tasks()).isNotNull();
    assertThat(contractOnly.notes()).isNotNull();
    assertThatThrownBy(contractOnly::userData)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("userDataToken");
  }

  @Test
  void derivedIdempotencyKeysRepeatForTheSameStepOnly() {
    IdempotencyKey a = IdempotencyKey.derive("contact", "ghl-1", "v3");

    assertThat(IdempotencyKey.derive("contact", "ghl-1", "v3")).isEqualTo(a);
    assertThat(IdempotencyKey.derive("contact", "ghl-1", "v4")).isNotEqualTo(a);
    assertThat(IdempotencyKey.derive("ab", "c")).isNotEqualTo(IdempotencyKey.derive("a", "bc"));
    assertThat(IdempotencyKey.random()).isNotEqualTo(IdempotencyKey.random());
  }
}
