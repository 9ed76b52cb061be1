package io.ghlsync.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ConfigAndPagingTest {

  @Test
  void configValidatesEveryFieldWithItsName() {
    assertThatThrownBy(() -> ClientConfig.builder(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("baseUrl");
    assertThatThrownBy(() -> ClientConfig.builder("ftp://x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("baseUrl");
    ClientConfig.Builder b = ClientConfig.builder("https://api.example.com");
    assertThatThrownBy(() -> b.readTimeout(Duration.ZERO)).hasMessageContaining("readTimeout");
    assertThatThrownBy(() -> b.connectTimeout(Duration.ofSeconds(-1)))
        .hasMessageContaining("connectTimeout");
    assertThatThrownBy(() -> b.userAgent("")).hasMessageContaining("userAgent");
    assertThatThrownBy(() -> b.defaultRateLimitKey(" "))
        .hasMessageContaining("defaultRateLimitKey");
    assertThatThrownBy(() -> new RetryConfig(0, Duration.ofMillis(1), Duration.ofMillis(1), 0))
        .hasMessageContaining("maxAttempts");
    assertThatThrownBy(() -> Secret.of(" ", "privateIntegrationToken"))
        .hasMessageContaining("privateIntegrationToken");
  }

  @Test
  void configIsImmutableAndCopiesThroughToBuilder() {
    ClientConfig a =
        ClientConfig.builder("https://api.example.com/v1")
            .readTimeout(Duration.ofSeconds(5))
            .defaultHeader("Version", "2021-07-28")
            .rateLimit(RateLimitConfig.ghlDefaults())
            .build();
    ClientConfig b = a.toBuilder().readTimeout(Duration.ofSeconds(9)).build();

    assertThat(a.baseUrl().toString()).isEqualTo("https://api.example.com/v1/");
    assertThat(a.readTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(b.readTimeout()).isEqualTo(Duration.ofSeconds(9));
    assertThat(b.defaultHeaders()).containsEntry("Version", "2021-07-28");
    assertThat(b.rateLimit()).contains(RateLimitConfig.ghlDefaults());
    assertThat(a.toString()).contains("api.example.com");
  }

  @Test
  void pagingFetchesLazilyOnePageAtATime() {
    List<Integer> fetched = new ArrayList<>();
    Paging.Fetcher<Integer, Integer> fetcher =
        offset -> {
          fetched.add(offset);
          List<Integer> items = IntStream.range(offset, Math.min(offset + 10, 35)).boxed().toList();
          return new Paging.Chunk<>(
              items, offset + 10 < 35 ? Optional.of(offset + 10) : Optional.empty());
        };

    assertThat(Paging.stream(0, fetcher).limit(12).toList()).hasSize(12);
    assertThat(fetched).containsExactly(0, 10);
    fetched.clear();
    assertThat(Paging.stream(0, fetcher).toList()).hasSize(35).doesNotHaveDuplicates();
    assertThat(fetched).containsExactly(0, 10, 20, 30);
  }

  @Test
  void scopeCheckRefusesOnlyWhenTheGrantIsKnownAndLacksTheScope() {
    Scopes.require(Optional.empty(), "contacts.write", "contacts.create");
    Scopes.require(Optional.of(Set.of("contacts.write")), "contacts.write", "contacts.create");

    assertThatThrownBy(
            () ->
                Scopes.require(
                    Optional.of(Set.of("contacts.readonly")), "contacts.write", "contacts.create"))
        .isInstanceOfSatisfying(
            PermissionException.class,
            e -> assertThat(e.messages().get(0)).contains("contacts.write", "re-authorise"))
        .hasMessageContaining("contacts.create");
  }
}
