package io.ghlsync.ghl.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class EventTimeTest {

  @Test
  void keepsTheOffsetOfIsoText() {
    EventTime t = new EventTime("2023-09-25T16:00:00+05:30");

    assertThat(t.offsetDateTime().map(o -> o.getOffset()))
        .contains(ZoneOffset.ofHoursMinutes(5, 30));
    assertThat(t.instant()).contains(Instant.parse("2023-09-25T10:30:00Z"));
    assertThat(t.isPresent()).isTrue();
  }

  @Test
  void readsLongNumbersAsEpochMillisAndShortOnesAsEpochSeconds() {
    assertThat(new EventTime("1738074900000").instant())
        .contains(Instant.parse("2025-01-28T14:35:00Z"));
    assertThat(new EventTime("1738074900").instant())
        .contains(Instant.parse("2025-01-28T14:35:00Z"));
    assertThat(new EventTime("1738074900").offsetDateTime().map(o -> o.getOffset()))
        .contains(ZoneOffset.UTC);
  }

  @Test
  void keepsUnparseableTextButOffersNoParsedValue() {
    EventTime t = new EventTime("2023-09-25 16:00");

    assertThat(t.raw()).isEqualTo("2023-09-25 16:00");
    assertThat(t.offsetDateTime()).isEmpty();
    assertThat(t.instant()).isEmpty();
    assertThat(new EventTime("99999999999999999999999").instant()).isEmpty();
    assertThat(EventTime.absent().isPresent()).isFalse();
    assertThat(EventTime.absent().instant()).isEmpty();
  }
}
