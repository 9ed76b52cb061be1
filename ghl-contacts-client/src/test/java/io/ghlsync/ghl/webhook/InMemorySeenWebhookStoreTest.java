package io.ghlsync.ghl.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemorySeenWebhookStoreTest {
  private static final Instant T0 = Instant.parse("2025-01-28T14:00:00Z");

  @Test
  void reportsTheFirstSightingOnlyUntilTheRetentionPasses() {
    InMemorySeenWebhookStore store = new InMemorySeenWebhookStore(10, Duration.ofMinutes(7));

    assertThat(store.markSeen("a", T0)).isTrue();
    assertThat(store.markSeen("a", T0.plusSeconds(419))).isFalse();
    assertThat(store.markSeen("a", T0.plusSeconds(420))).isTrue();
  }

  @Test
  void dropsTheOldestIdsWhenFull() {
    InMemorySeenWebhookStore store = new InMemorySeenWebhookStore(2, Duration.ofHours(1));
    store.markSeen("a", T0);
    store.markSeen("b", T0.plusSeconds(1));
    store.markSeen("c", T0.plusSeconds(2));

    assertThat(store.size()).isEqualTo(2);
    assertThat(store.markSeen("b", T0.plusSeconds(3))).isFalse();
    assertThat(store.markSeen("a", T0.plusSeconds(4))).isTrue();
  }

  @Test
  void forgetsAnIdOnRequest() {
    InMemorySeenWebhookStore store = new InMemorySeenWebhookStore(10, Duration.ofHours(1));
    store.markSeen("a", T0);

    store.forget("a");

    assertThat(store.markSeen("a", T0)).isTrue();
  }

  @Test
  void refusesNonsensicalBounds() {
    assertThatThrownBy(() -> new InMemorySeenWebhookStore(0, Duration.ofMinutes(1)))
        .hasMessageContaining("maxEntries");
    assertThatThrownBy(() -> new InMemorySeenWebhookStore(1, Duration.ZERO))
        .hasMessageContaining("retention");
  }
}
