package io.ghlsync.sync.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghlsync.sync.enrich.Enrichment;
import io.ghlsync.sync.mapping.SourceRecord;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeclarativeScorerTest {
  private static final FieldCatalog CATALOG = FieldCatalog.of(Enrichment.defaults("DE"));

  private static DeclarativeScorer scorer(String rules) {
    return DeclarativeScorer.fromJson(
        "{\"version\":\"t-1\",\"groups\":{\"engagement\":20},\"rules\":[" + rules + "]}",
        "test.json",
        CATALOG);
  }

  private static SourceRecord contact(Map<String, ?> enriched, Map<String, ?> fields) {
    return SourceRecord.of(fields).with("$enriched", enriched);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // condition | enriched value (JSON-ish) | fires
        "\"equals\":\"business\" | business | true",
        "\"equals\":\"business\" | BUSINESS | true",
        "\"equals\":\"business\" | free | false",
        "\"notEquals\":\"disposable\" | free | true",
        "\"notEquals\":\"disposable\" | disposable | false",
        "\"in\":[\"free\",\"business\"] | free | true",
        "\"in\":[\"free\",\"business\"] | disposable | false",
        "\"contains\":\"sin\" | business | true",
        "\"matches\":\"^bus\" | business | true",
        "\"matches\":\"^free$\" | business | false",
        "\"exists\":true | business | true",
      })
  void textOperators(String condition, String value, boolean fires) {
    Score s =
        scorer(
                "{\"id\":\"r\",\"field\":\"$enriched.emailDomainClass\","
                    + condition
                    + ",\"points\":10}")
            .score(contact(Map.of("emailDomainClass", value), Map.of()));
    assertThat(s.value()).isEqualTo(fires ? 10 : 0);
    assertThat(s.reasons()).hasSize(fires ? 1 : 0);
  }

  @ParameterizedTest
  @CsvSource({
    "atLeast, 30, 30, true",
    "atLeast, 30, 29, false",
    "atMost, 30, 30, true",
    "atMost, 30, 31, false",
    "greaterThan, 30, 30, false",
    "greaterThan, 30, 31, true",
    "lessThan, 7, 6, true",
    "lessThan, 7, 7, false",
  })
  void numberOperators(String op, int bound, long value, boolean fires) {
    Score s =
        scorer(
                "{\"id\":\"r\",\"field\":\"$enriched.daysSinceLastActivity\",\""
                    + op
                    + "\":"
                    + bound
                    + ",\"points\":10}")
            .score(contact(Map.of("daysSinceLastActivity", value), Map.of()));
    assertThat(s.value()).isEqualTo(fires ? 10 : 0);
  }

  @Test
  void missingValuesFailNumberTestsAndPassMissing() {
    SourceRecord empty = contact(Map.of(), Map.of());
    assertThat(
            scorer(
                    "{\"id\":\"r\",\"field\":\"$enriched.daysSinceLastActivity\",\"lessThan\":7,"
                        + "\"points\":10}")
                .score(empty)
                .value())
        .isZero();
    assertThat(
            scorer(
                    "{\"id\":\"r\",\"field\":\"email\",\"missing\":true,\"points\":-10},"
                        + "{\"id\":\"s\",\"field\":\"companyName\",\"notEquals\":\"x\",\"points\":30}")
                .score(empty))
        .satisfies(
            s -> {
              assertThat(s.value()).isEqualTo(20);
              assertThat(s.reasonLines()).containsExactly("r -10", "s +30");
            });
  }

  @Test
  void perMatchPointsStopAtTheRuleCapAndTheGroupCap() {
    DeclarativeScorer s =
        scorer(
            "{\"id\":\"tags\",\"field\":\"$enriched.tags\",\"containsAny\":[\"a\",\"b\",\"c\"],"
                + "\"points\":6,\"perMatch\":true,\"cap\":15,\"reason\":\"hot tags\"},"
                + "{\"id\":\"g1\",\"field\":\"$enriched.tags\",\"contains\":\"a\",\"points\":12,"
                + "\"group\":\"engagement\"},"
                + "{\"id\":\"g2\",\"field\":\"$enriched.tags\",\"contains\":\"b\",\"points\":12,"
                + "\"group\":\"engagement\"},"
                + "{\"id\":\"g3\",\"field\":\"$enriched.tags\",\"contains\":\"c\",\"points\":12,"
                + "\"group\":\"engagement\"}");
    Score two = s.score(contact(Map.of("tags", List.of("a", "b")), Map.of()));
    assertThat(two.reasonLines()).containsExactly("hot tags +12", "g1 +12", "g2 +8");
    assertThat(two.value()).isEqualTo(32);
    Score three = s.score(contact(Map.of("tags", List.of("a", "b", "c")), Map.of()));
    assertThat(three.reasonLines()).containsExactly("hot tags +15", "g1 +12", "g2 +8");
    assertThat(three.value()).isEqualTo(35);
  }

  @Test
  void theSumIsClampedToZeroAndHundred() {
    DeclarativeScorer s =
        scorer(
            "{\"id\":\"a\",\"field\":\"firstName\",\"exists\":true,\"points\":80},"
                + "{\"id\":\"b\",\"field\":\"lastName\",\"exists\":true,\"points\":70},"
                + "{\"id\":\"c\",\"field\":\"email\",\"exists\":true,\"points\":-100}");
    assertThat(s.score(contact(Map.of(), Map.of("firstName", "A", "lastName", "B"))).value())
        .isEqualTo(100);
    assertThat(s.score(contact(Map.of(), Map.of("email", "x@y.de"))).value()).isZero();
    assertThat(s.score(contact(Map.of(), Map.of("email", "x@y.de"))).reasons())
        .extracting(Score.Reason::points)
        .containsExactly(-100);
  }

  @Test
  void scoreCarriesVersionAndFields() {
    Score s =
        scorer(
                "{\"id\":\"biz\",\"field\":\"$enriched.emailDomainClass\",\"equals\":\"business\","
                    + "\"points\":25,\"reason\":\"business e-mail\"}")
            .score(contact(Map.of("emailDomainClass", "business"), Map.of()));
    assertThat(s.version()).isEqualTo("t-1");
    assertThat(s.fields())
        .containsEntry("value", 25L)
        .containsEntry("reasons", List.of("business e-mail +25"))
        .containsEntry("reasonText", "business e-mail +25")
        .containsEntry("version", "t-1");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"id\":\"r\",\"field\":\"emial\",\"exists\":true,\"points\":1} | rule 'r': unknown contact field 'emial'",
        "{\"id\":\"r\",\"field\":\"$enriched.emailClass\",\"exists\":true,\"points\":1} | rule 'r': unknown enriched field",
        "{\"id\":\"r\",\"field\":\"$score.value\",\"exists\":true,\"points\":1} | rule 'r': '$score.value' is not available",
        "{\"id\":\"r\",\"field\":\"email\",\"points\":1} | rule 'r': needs one operator",
        "{\"id\":\"r\",\"field\":\"email\",\"exists\":true,\"missing\":true,\"points\":1} | rule 'r': has two operators",
        "{\"id\":\"r\",\"field\":\"email\",\"exists\":true,\"points\":0} | rule 'r': points must not be 0",
        "{\"id\":\"r\",\"field\":\"email\",\"exists\":true,\"points\":101} | rule 'r'.points: must be a whole number",
        "{\"id\":\"r\",\"field\":\"email\",\"exists\":true,\"points\":20,\"cap\":10} | rule 'r': cap 10 is below",
        "{\"id\":\"r\",\"field\":\"email\",\"exists\":true,\"points\":2,\"perMatch\":true} | rule 'r': perMatch needs",
        "{\"id\":\"r\",\"field\":\"email\",\"exists\":true,\"points\":2,\"group\":\"x\"} | rule 'r': group 'x' is not declared",
        "{\"id\":\"r\",\"field\":\"email\",\"matches\":\"(\",\"points\":2} | rule 'r'.matches: matches needs a valid regular expression",
        "{\"id\":\"r\",\"field\":\"tags\",\"atLeast\":\"x\",\"points\":2} | rule 'r'.atLeast: atLeast needs one number",
        "{\"id\":\"r\",\"field\":\"email\",\"exists\":false,\"points\":2} | rule 'r'.exists: must be true",
        "{\"id\":\"r\",\"field\":\"email\",\"exists\":true,\"points\":2,\"weight\":2} | rule 'r': unknown key 'weight'",
        "{\"id\":\"r\",\"field\":\"email\",\"exists\":true,\"points\":2},{\"id\":\"r\",\"field\":\"email\",\"exists\":true,\"points\":2} | rule 'r': the id is used twice",
      })
  void refusesBadRulesNamingTheRule(String rules, String message) {
    assertThatThrownBy(() -> scorer(rules))
        .isInstanceOf(RuleFileException.class)
        .hasMessageContaining("scoring test.json")
        .hasMessageContaining(message);
  }

  @Test
  void refusesBadFiles() {
    assertThatThrownBy(() -> DeclarativeScorer.fromJson("{", "f", CATALOG))
        .isInstanceOf(RuleFileException.class)
        .hasMessageContaining("not valid JSON");
    assertThatThrownBy(() -> DeclarativeScorer.fromJson("{\"rules\":[]}", "f", CATALOG))
        .hasMessageContaining("'version' is required");
    assertThatThrownBy(
            () -> DeclarativeScorer.fromJson("{\"version\":\" \",\"rules\":[]}", "f", CATALOG))
        .hasMessageContaining("version");
  }
}
