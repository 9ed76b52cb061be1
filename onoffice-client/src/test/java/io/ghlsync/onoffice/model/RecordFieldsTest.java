package io.ghlsync.onoffice.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordFieldsTest {

  private static RecordFields fields() {
    Map<String, Object> raw = new HashMap<>();
    raw.put("Status", "1");
    raw.put("Kosten", "179.99");
    raw.put("Prio", 3L);
    raw.put("Ratio", 2.5);
    raw.put("Whole", 7.0);
    raw.put("Multi", "|indMulti1780Select8196||b|");
    raw.put("List", List.of("2529", 7L));
    raw.put("Datum", "2021-02-23 12:28:30");
    raw.put("Tag", "2021-02-23");
    raw.put("Leer", "0000-00-00 00:00:00");
    raw.put("Kaputt", "23.02.2021");
    raw.put("Flag", true);
    raw.put("FlagText", "false");
    raw.put("Empty", "");
    raw.put("Nothing", null);
    raw.put("Text", "abc");
    return RecordFields.of(raw);
  }

  @Test
  void convertsStringValuesToTypedValues() {
    RecordFields f = fields();

    assertThat(f.intValue("Status")).hasValue(1);
    assertThat(f.longValue("Prio")).hasValue(3);
    assertThat(f.longValue("Whole")).hasValue(7);
    assertThat(f.longValue("Ratio")).isEmpty();
    assertThat(f.longValue("Text")).isEmpty();
    assertThat(f.decimal("Kosten")).hasValue(new BigDecimal("179.99"));
    assertThat(f.decimal("Prio")).hasValue(BigDecimal.valueOf(3));
    assertThat(f.decimal("Ratio")).hasValue(new BigDecimal("2.5"));
    assertThat(f.decimal("Text")).isEmpty();
    assertThat(f.flag("Status")).hasValue(true);
    assertThat(f.flag("Flag")).hasValue(true);
    assertThat(f.flag("FlagText")).hasValue(false);
    assertThat(f.flag("Text")).isEmpty();
    assertThat(f.dateTime("Datum")).hasValue(LocalDateTime.of(2021, 2, 23, 12, 28, 30));
    assertThat(f.date("Tag")).hasValue(LocalDate.of(2021, 2, 23));
    assertThat(f.dateTime("Leer")).isEmpty();
    assertThat(f.dateTime("Kaputt")).isEmpty();
    assertThat(f.intValue("Missing")).isEmpty();
  }

  @Test
  void readsListsMultiselectsAndScalarsAsTexts() {
    RecordFields f = fields();

    assertThat(f.strings("Multi")).containsExactly("indMulti1780Select8196", "b");
    assertThat(f.strings("List")).containsExactly("2529", "7");
    assertThat(f.strings("Text")).containsExactly("abc");
    assertThat(f.strings("Missing")).isEmpty();
    assertThat(f.string("Whole")).hasValue("7");
    assertThat(f.string("Ratio")).hasValue("2.5");
    assertThat(f.string("Empty")).isEmpty();
    assertThat(f.string("List")).isEmpty();
  }

  @Test
  void dropsNullsAndHidesValuesInToString() {
    RecordFields f = fields();

    assertThat(f.has("Nothing")).isFalse();
    assertThat(f.has("Text")).isTrue();
    assertThat(f.toString()).contains("Text").doesNotContain("abc");
    assertThat(RecordFields.of(Map.of())).isSameAs(RecordFields.empty());
    assertThat(f).isEqualTo(fields()).hasSameHashCodeAs(fields());
  }
}
