package io.ghlsync.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghlsync.core.internal.RequestTag;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RequestOptionsTest {

  @Test
  void defaultsChangeNothing() {
    RequestOptions d = RequestOptions.defaults();

    assertThat(d.timeout()).isEmpty();
    assertThat(d.retries()).isEmpty();
    assertThat(d.idempotencyKey()).isEmpty();
    assertThat(RequestTag.of("op").with(d)).isEqualTo(RequestTag.of("op"));
    assertThat(d).isEqualTo(RequestOptions.builder().build());
  }

  @Test
  void theBuilderKeepsEachValueAndNullUnsetsIt() {
    RequestOptions o =
        RequestOptions.builder()
            .timeout(Duration.ofSeconds(3))
            .retries(false)
            .idempotencyKey("k-1")
            .build();

    assertThat(o.timeout()).contains(Duration.ofSeconds(3));
    assertThat(o.retries()).contains(false);
    assertThat(o.idempotencyKey()).contains("k-1");
    assertThat(o.toBuilder().timeout(null).idempotencyKey(null).build())
        .isEqualTo(RequestOptions.builder().retries(false).build());
    assertThat(o.toBuilder().build()).isEqualTo(o).hasSameHashCodeAs(o);
  }

  @Test
  void toStringHidesTheIdempotencyKey() {
    assertThat(RequestOptions.builder().idempotencyKey("secret-key").build().toString())
        .doesNotContain("secret-key")
        .contains("idempotencyKey=set");
  }

  @Test
  void badValuesAreRefusedNamingTheField() {
    assertThatThrownBy(() -> RequestOptions.builder().timeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("timeout must be positive");
    assertThatThrownBy(() -> RequestOptions.builder().idempotencyKey(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("idempotencyKey");
    assertThatThrownBy(
            () ->
                RequestOptions.builder()
                    .idempotencyKey("k")
                    .build()
                    .requireNoIdempotencyKey("onOffice"))
        .hasMessageContaining("onOffice has no idempotency key");
  }

  @Test
  void retriesOnMarksTheRequestSafeAndRetriesOffDisablesRetrying() {
    RequestTag create = RequestTag.of("POST /x").withRetrySafe(false);

    RequestTag on = create.with(RequestOptions.builder().retries(true).build());
    RequestTag off = create.with(RequestOptions.builder().retries(false).build());

    assertThat(on.retrySafe()).isTrue();
    assertThat(on.retriesDisabled()).isFalse();
    assertThat(off.retrySafe()).isFalse();
    assertThat(off.retriesDisabled()).isTrue();
  }
}
