package io.ghlsync.sync.optmyzr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghlsync.sync.mapping.FieldValues;
import io.ghlsync.sync.mapping.MappedRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Typed mapped values are converted once, at the Optmyzr edge. */
class OptmyzrFieldsTest {
  private static final OffsetDateTime NOON_BERLIN =
      OffsetDateTime.of(2025, 2, 8, 13, 0, 0, 0, ZoneOffset.ofHours(1));

  @Test
  void writesTypedTimesAsInstants() {
    MappedRecord task = MappedRecord.of(Map.of("title", "Call", "due_at", NOON_BERLIN));
    MappedRecord note = MappedRecord.of(Map.of("body", "Met", "occurred_at", NOON_BERLIN));

    assertThat(OptmyzrFields.newTask(task, "c1").dueAt())
        .contains(Instant.parse("2025-02-08T12:00:00Z"));
    assertThat(OptmyzrFields.taskPatch(MappedRecord.of(Map.of("due_at", NOON_BERLIN))).toString())
        .doesNotContain("13:00");
    assertThat(OptmyzrFields.newNote(note).occurredAt())
        .contains(Instant.parse("2025-02-08T12:00:00Z"));
  }

  @Test
  void stillAcceptsIsoTextAndNamesTheFieldOtherwise() {
    assertThat(OptmyzrFields.instant("2025-02-08T12:00:00Z", "due_at"))
        .isEqualTo(Instant.parse("2025-02-08T12:00:00Z"));
    assertThatThrownBy(() -> OptmyzrFields.instant(LocalDate.of(2025, 2, 8), "due_at"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'due_at'")
        .hasMessageContaining("dateTime transform");
  }

  @Test
  void writesDatesInCustomFieldsAsIsoText() {
    MappedRecord record =
        MappedRecord.of(
            Map.of(
                "custom_fields.birthday", LocalDate.of(1990, 9, 25),
                "custom_fields.visits", List.of(NOON_BERLIN)));

    Map<String, Object> custom = OptmyzrFields.contact(record).customFields().orElseThrow();

    assertThat(custom)
        .containsEntry("birthday", "1990-09-25")
        .containsEntry("visits", List.of("2025-02-08T13:00:00+01:00"));
  }

  @Test
  void aTimeReadBackIsTheSameInstantAsTheTypedValueWritten() {
    Instant due = Instant.parse("2025-02-08T12:00:00Z");
    Object read = due.atOffset(ZoneOffset.UTC);

    assertThat(FieldValues.same(read, NOON_BERLIN)).isTrue();
    assertThat(FieldValues.same(read, NOON_BERLIN.plusSeconds(1))).isFalse();
  }
}
