package io.ghlsync.sync.onoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghlsync.sync.mapping.MappedRecord;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Typed mapped values are converted once, at the onOffice edge. */
class OnOfficeWritesTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final OffsetDateTime NOON_UTC =
      OffsetDateTime.of(2025, 2, 8, 12, 13, 30, 0, ZoneOffset.UTC);

  @Test
  void writesATaskDeadlineMappedWithoutPatternInTheAccountsZone() {
    MappedRecord record = MappedRecord.of(Map.of("Betreff", "Call", "Deadline", NOON_UTC));

    Map<String, Object> params = OnOfficeWrites.newTask(record, 7L, BERLIN).toParameters();

    assertThat(params.toString()).contains("Deadline=2025-02-08 13:13:30");
  }

  @Test
  void writesTypedDatesOfAnAddressAndItsChanges() {
    MappedRecord record =
        MappedRecord.of(
            Map.of(
                "Geburtsdatum", LocalDate.of(1990, 9, 25),
                "Erstkontakt", LocalDateTime.of(2024, 1, 2, 3, 4, 5),
                "Termine", List.of(NOON_UTC)));

    String created = OnOfficeWrites.newAddress(record, BERLIN).toParameters().toString();
    String changed =
        OnOfficeWrites.addressChanges(record, Map.of(), BERLIN).toParameters().toString();

    for (String params : List.of(created, changed)) {
      assertThat(params)
          .contains("Geburtsdatum=1990-09-25")
          .contains("Erstkontakt=2024-01-02 03:04:05")
          .contains("Termine=[2025-02-08 13:13:30]");
    }
  }

  @Test
  void writesTaskChangesAndNoteTimesTyped() {
    MappedRecord changes = MappedRecord.of(Map.of("Deadline", NOON_UTC));
    assertThat(OnOfficeWrites.taskChanges(changes, ZoneOffset.UTC).toParameters().toString())
        .contains("Deadline=2025-02-08 12:13:30");

    MappedRecord note = MappedRecord.of(Map.of("note", "Called", "datetime", NOON_UTC));
    assertThat(OnOfficeWrites.newActivity(note, 7L, BERLIN).toParameters().toString())
        .contains("2025-02-08 13:13:30");
  }

  @Test
  void stillAcceptsNoteTimesMappedAsOnOfficeText() {
    MappedRecord note =
        MappedRecord.of(Map.of("note", "Called", "datetime", "2025-02-08 11:13:30"));
    assertThat(OnOfficeWrites.newActivity(note, 7L, BERLIN).toParameters().toString())
        .contains("2025-02-08 11:13:30");
  }

  @Test
  void namesTheFieldWhenANoteTimeIsNoDate() {
    MappedRecord note = MappedRecord.of(Map.of("note", "Called", "datetime", "yesterday"));
    assertThatThrownBy(() -> OnOfficeWrites.newActivity(note, 7L, BERLIN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'datetime'")
        .hasMessageContaining("dateTime transform");
  }

  @Test
  void decodesDatesReadBackIntoTheMappedType() {
    Object berlinNoon = NOON_UTC.withOffsetSameInstant(ZoneOffset.ofHours(1));
    assertThat(OnOfficeValues.decode("2025-02-08 13:13:30", NOON_UTC, BERLIN)).isEqualTo(NOON_UTC);
    assertThat(OnOfficeValues.decode("2025-02-08 13:13:30", berlinNoon, BERLIN))
        .isEqualTo(berlinNoon);
    assertThat(OnOfficeValues.decode("1990-09-25", LocalDate.of(2000, 1, 1), BERLIN))
        .isEqualTo(LocalDate.of(1990, 9, 25));
    assertThat(OnOfficeValues.decode("2024-01-02 03:04:05", LocalDateTime.MIN, BERLIN))
        .isEqualTo(LocalDateTime.of(2024, 1, 2, 3, 4, 5));
    assertThat(OnOfficeValues.decode("soon", NOON_UTC, BERLIN)).isEqualTo("soon");
    assertThat(OnOfficeValues.decode("2025-02-08 13:13:30", "text", BERLIN))
        .isEqualTo("2025-02-08 13:13:30");
  }
}
