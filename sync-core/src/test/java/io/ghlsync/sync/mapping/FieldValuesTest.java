package io.ghlsync.sync.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FieldValuesTest {
  private static final OffsetDateTime NOON_BERLIN =
      OffsetDateTime.of(2024, 5, 1, 12, 0, 0, 0, ZoneOffset.ofHours(2));

  /** Input, its normalised value, its canonical JSON and its text. */
  static Stream<Arguments> table() {
    return Stream.of(
        arguments("Anna", "Anna", "\"Anna\"", "Anna"),
        arguments(
            "say \"hi\"\\\n\r\t\u0001",
            "say \"hi\"\\\n\r\t\u0001",
            "\"say \\\"hi\\\"\\\\\\n\\r\\t\\u0001\"",
            "say \"hi\"\\\n\r\t\u0001"),
        arguments(true, true, "true", "true"),
        arguments(7, 7L, "7", "7"),
        arguments((short) 7, 7L, "7", "7"),
        arguments((byte) 7, 7L, "7", "7"),
        arguments(7.0, 7L, "7", "7"),
        arguments(2.50, new BigDecimal("2.5"), "2.5", "2.5"),
        arguments(new BigDecimal("2.500"), new BigDecimal("2.5"), "2.5", "2.5"),
        arguments(new BigDecimal("1E+3"), 1000L, "1000", "1000"),
        arguments(
            new BigInteger("123456789012345678901234567890"),
            new BigDecimal("123456789012345678901234567890").stripTrailingZeros(),
            "123456789012345678901234567890",
            "123456789012345678901234567890"),
        arguments(
            LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 1), "\"2024-05-01\"", "2024-05-01"),
        arguments(
            LocalDateTime.of(2024, 5, 1, 10, 0),
            LocalDateTime.of(2024, 5, 1, 10, 0),
            "\"2024-05-01T10:00:00\"",
            "2024-05-01T10:00:00"),
        arguments(
            NOON_BERLIN, NOON_BERLIN, "\"2024-05-01T12:00:00+02:00\"", "2024-05-01T12:00:00+02:00"),
        arguments(
            NOON_BERLIN.atZoneSameInstant(ZoneId.of("Europe/Berlin")),
            NOON_BERLIN,
            "\"2024-05-01T12:00:00+02:00\"",
            "2024-05-01T12:00:00+02:00"),
        arguments(
            Instant.parse("2024-05-01T10:00:00Z"),
            OffsetDateTime.of(2024, 5, 1, 10, 0, 0, 0, ZoneOffset.UTC),
            "\"2024-05-01T10:00:00Z\"",
            "2024-05-01T10:00:00Z"),
        arguments(List.of("a", 1), List.of("a", 1L), "[\"a\",1]", "[\"a\",1]"),
        arguments(Set.of(), List.of(), "[]", "[]"),
        arguments(
            ordered("b", 2, "a", List.of(1.5)),
            ordered("b", 2L, "a", List.of(new BigDecimal("1.5"))),
            "{\"a\":[1.5],\"b\":2}",
            "{\"a\":[1.5],\"b\":2}"));
  }

  private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(k1, v1);
    m.put(k2, v2);
    return m;
  }

  @ParameterizedTest(name = "{3}")
  @MethodSource("table")
  void normalisesOnceAndRendersCanonically(
      Object input, Object normalised, String json, String text) {
    Object value = FieldValues.normalize(input, "v");

    assertThat(value).isEqualTo(normalised);
    assertThat(FieldValues.render(value)).isEqualTo(json);
    assertThat(FieldValues.text(value)).isEqualTo(text);
    assertThat(FieldValues.same(value, normalised)).isTrue();
  }

  @Test
  void collectionsAreUnmodifiableAndDropNullMapEntries() {
    Map<String, Object> withNull = new LinkedHashMap<>();
    withNull.put("a", null);
    withNull.put("b", "x");

    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) FieldValues.normalize(withNull, "v");
    @SuppressWarnings("unchecked")
    List<Object> list = (List<Object>) FieldValues.normalize(List.of("a"), "v");

    assertThat(map).containsExactly(Map.entry("b", "x"));
    assertThatThrownBy(() -> map.put("c", "y")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> list.add("b")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(FieldValues.render(withNull)).isEqualTo("{\"b\":\"x\"}");
  }

  @Test
  void rejectsWhatTheModelCannotHoldNamingTheValue() {
    assertThatThrownBy(() -> FieldValues.normalize(new Object(), "field 'x'"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("field 'x' has unsupported type java.lang.Object; use String");
    assertThatThrownBy(() -> FieldValues.normalize(Arrays.asList("a", null), "field 'x'"))
        .hasMessage("field 'x' must not contain null elements");
    assertThatThrownBy(() -> FieldValues.normalize(Double.NaN, "field 'x'"))
        .hasMessage("field 'x' must be a finite number");
    assertThatThrownBy(() -> FieldValues.normalize(Float.POSITIVE_INFINITY, "field 'x'"))
        .hasMessage("field 'x' must be a finite number");
    assertThatThrownBy(() -> FieldValues.normalize(Double.NEGATIVE_INFINITY, "field 'x'"))
        .hasMessage("field 'x' must be a finite number");
  }

  @Test
  void sameComparesAsTextSoATargetsReadBackMatches() {
    assertThat(FieldValues.same("1", 1L)).isTrue();
    assertThat(FieldValues.same("true", true)).isTrue();
    assertThat(FieldValues.same("2024-05-01", LocalDate.of(2024, 5, 1))).isTrue();
    assertThat(FieldValues.same(List.of("Interessent"), List.of("Interessent"))).isTrue();
    assertThat(FieldValues.same("|Interessent|", List.of("Interessent"))).isFalse();
    assertThat(FieldValues.same("1", 2L)).isFalse();
  }

  @Test
  void dateTimesWithOffsetAreTheSameWhenTheyAreTheSameInstant() {
    OffsetDateTime utc = OffsetDateTime.of(2025, 2, 8, 12, 0, 0, 0, ZoneOffset.UTC);
    OffsetDateTime berlin = utc.withOffsetSameInstant(ZoneOffset.ofHours(1));

    assertThat(FieldValues.same(utc, berlin)).isTrue();
    assertThat(FieldValues.same(berlin, utc)).isTrue();
    assertThat(FieldValues.same(utc, berlin.plusNanos(1))).isFalse();
    assertThat(FieldValues.same(utc, "2025-02-08T13:00:00+01:00")).isFalse();
    assertThat(FieldValues.same(utc, "2025-02-08T12:00:00Z")).isTrue();
  }

  @Test
  void fingerprintsAreStableSha256() {
    assertThat(FieldValues.sha256("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void aDateTimeWithoutPatternStaysATypedDateInTheOutputZone() {
    FieldRule rule =
        FieldRule.to("due_at")
            .from("dueDate")
            .transform(
                new Transform.DateTime(
                    ZoneId.of("Europe/Berlin"), Optional.of(ZoneId.of("UTC")), ""))
            .build();

    Optional<Object> value =
        rule.evaluate(SourceRecord.of(Map.of("dueDate", "2024-05-01T10:00:00Z")));

    assertThat(value).contains(NOON_BERLIN);
    assertThat(MappedRecord.of(Map.of("due_at", value.get())).text("due_at"))
        .contains("2024-05-01T12:00:00+02:00");
    // A typed date is read back as the same instant when mapped again.
    assertThat(rule.evaluate(SourceRecord.of(Map.of("dueDate", NOON_BERLIN))))
        .contains(NOON_BERLIN);
  }
}
