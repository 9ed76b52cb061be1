package io.ghlsync.sync.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghlsync.sync.model.EntityKind;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingJsonTest {
  private static final TransformFunctions FUNCTIONS =
      TransformFunctions.builder()
          .register("initial", v -> Optional.of(v.toString().substring(0, 1) + "."))
          .build();

  private static String mapping(String contactRules) {
    return "{\"name\": \"test\", \"version\": \"7\", \"contact\": [" + contactRules + "]}";
  }

  @Test
  void loadsEveryRuleShape() {
    String json =
        "{\"name\": \"full\", \"version\": \"2.1\", \"description\": \"x\","
            + "\"contact\": ["
            + " {\"target\": \"Vorname\", \"source\": \"firstName\", \"transforms\": [\"trim\", \"titlecase\"]},"
            + " {\"target\": \"Kurz\", \"source\": \"lastName\", \"transforms\": [{\"function\": \"initial\"}]},"
            + " {\"target\": \"Voll\", \"concat\": [\"firstName\", \"lastName\"], \"separator\": \"/\"},"
            + " {\"target\": \"Status\", \"constant\": 1, \"personal\": false},"
            + " {\"target\": \"phone\", \"source\": \"phone\", \"transforms\": [{\"e164\": {\"defaultCallingCode\": \"49\"}}]},"
            + " {\"target\": \"Art\", \"source\": \"type\", \"transforms\": [{\"valueMap\": {\"map\": {\"lead\": \"I\"}, \"otherwise\": \"S\"}}]},"
            + " {\"target\": \"Geb\", \"source\": \"dob\", \"transforms\": [{\"dateTime\": {\"zone\": \"UTC\", \"inputZone\": \"Europe/Berlin\", \"pattern\": \"dd.MM.yyyy\"}}]},"
            + " {\"target\": \"Firma\", \"source\": \"companyName\", \"nullPolicy\": \"clear\", \"comment\": \"c\"},"
            + " {\"target\": \"Quelle\", \"source\": \"source\", \"default\": \"web\", \"required\": true}"
            + "],"
            + "\"task\": [{\"target\": \"Betreff\", \"source\": \"title\"}],"
            + "\"notesSummary\": {\"target\": \"Memo\", \"zone\": \"Europe/Berlin\", \"maxLength\": 300, \"separator\": \" | \"}}";

    Mapping mapping = MappingJson.parse(json, FUNCTIONS);
    MappedRecord out =
        mapping
            .contact()
            .apply(
                SourceRecord.of(
                    Map.of(
                        "firstName", " ann ",
                        "lastName", "Lee",
                        "phone", "0241 1234567",
                        "type", "customer",
                        "dob", "1990-09-25")));

    assertThat(mapping.version()).isEqualTo("2.1");
    assertThat(out.fields())
        .containsEntry("Vorname", "Ann")
        .containsEntry("Kurz", "L.")
        .containsEntry("Voll", "ann/Lee")
        .containsEntry("Status", 1L)
        .containsEntry("phone", "+492411234567")
        .containsEntry("Art", "S")
        .containsEntry("Geb", "24.09.1990")
        .containsEntry("Quelle", "web");
    assertThat(out.cleared()).containsExactly("Firma");
    assertThat(mapping.isPersonal(EntityKind.CONTACT, "Status")).isFalse();
    assertThat(mapping.isPersonal(EntityKind.CONTACT, "Vorname")).isTrue();
    assertThat(mapping.notesSummary())
        .hasValueSatisfying(s -> assertThat(s.maxLength()).isEqualTo(300));
    assertThat(mapping.task().rules()).hasSize(1);
    assertThat(mapping.note().isEnabled()).isFalse();
  }

  @Test
  void loadsBothDefaultMappings() {
    assertThat(DefaultMappings.onOffice().contact().rules()).isNotEmpty();
    assertThat(DefaultMappings.onOffice().notesSummary()).isPresent();
    assertThat(DefaultMappings.optmyzr().task().rules()).isNotEmpty();
  }

  @Test
  void theDefaultOnOfficeMappingWritesARuleTasksPriorityAndTypedDates() {
    EntityMapping task = DefaultMappings.onOffice().task();
    Map<String, Object> ruleTask =
        Map.of("title", "Call", "dueDate", "2026-12-04T09:00:00Z", "priority", "high");

    MappedRecord high = task.apply(SourceRecord.of(ruleTask));

    assertThat(high.get("Prio")).contains(2L);
    assertThat(high.get("Deadline"))
        .contains(java.time.OffsetDateTime.parse("2026-12-04T10:00:00+01:00"));
    assertThat(task.apply(SourceRecord.of(Map.of("title", "Call", "priority", "low"))).get("Prio"))
        .contains(4L);
    assertThat(task.apply(SourceRecord.of(Map.of("title", "From GHL"))).get("Prio"))
        .as("GHL tasks have no priority")
        .contains(3L);
  }

  @Test
  void loadsFromFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("m.json");
    Files.writeString(file, mapping("{\"target\": \"a\", \"source\": \"b\"}"));

    assertThat(MappingJson.load(file, TransformFunctions.none()).name()).isEqualTo("test");
    assertThatThrownBy(
            () -> MappingJson.load(dir.resolve("missing.json"), TransformFunctions.none()))
        .isInstanceOf(UncheckedIOException.class);
    assertThatThrownBy(() -> MappingJson.resource("/nope.json", TransformFunctions.none()))
        .hasMessageContaining("not found");
  }

  @Test
  void namesTheRuleOfAnUnknownTransform() {
    assertThatThrownBy(
            () ->
                MappingJson.parse(
                    mapping(
                        "{\"target\": \"a\", \"source\": \"b\"},"
                            + "{\"target\": \"Email\", \"source\": \"email\", \"transforms\": [\"lowcase\"]}"),
                    FUNCTIONS))
        .isInstanceOf(MappingException.class)
        .hasMessageStartingWith(
            "mapping 'test' contact rule #2 'Email': unknown transform 'lowcase'");
  }

  @Test
  void namesTheRuleOfEveryOtherMistake() {
    List<List<String>> cases =
        List.of(
            List.of("{\"target\": \"a\", \"source\": \"b\", \"sorce\": 1}", "unknown key 'sorce'"),
            List.of("{\"target\": \"a\"}", "needs exactly one of 'source', 'constant' or 'concat'"),
            List.of("{\"target\": \"a\", \"source\": \"b\", \"constant\": 1}", "needs exactly one"),
            List.of("{\"source\": \"b\"}", "'target' is required"),
            List.of(
                "{\"target\": \"a\", \"source\": \"b\", \"nullPolicy\": \"drop\"}",
                "nullPolicy must be"),
            List.of(
                "{\"target\": \"a\", \"source\": \"b\", \"separator\": \"-\"}",
                "'separator' only goes with 'concat'"),
            List.of(
                "{\"target\": \"a\", \"source\": \"b\", \"transforms\": [{\"function\": \"nope\"}]}",
                "no function named 'nope'"),
            List.of(
                "{\"target\": \"a\", \"source\": \"b\", \"transforms\": [{\"dateTime\": {\"zone\": \"Mars/Base\"}}]}",
                "'Mars/Base' is not a zone id"),
            List.of(
                "{\"target\": \"a\", \"source\": \"b\", \"transforms\": [{\"dateTime\": {\"zone\": \"UTC\", \"pattern\": \"yyyy-bb\"}}]}",
                "not a valid date/time pattern"),
            List.of(
                "{\"target\": \"a\", \"source\": \"b\", \"transforms\": [{\"valueMap\": {\"map\": {}}}]}",
                "valueMap needs at least one entry"),
            List.of(
                "{\"target\": \"a\", \"source\": \"b\", \"transforms\": [{\"e164\": {\"defaultCallingCode\": \"0049\"}}]}",
                "defaultCallingCode"),
            List.of(
                "{\"target\": \"a\", \"source\": \"b\", \"transforms\": [{\"trim\": 1, \"x\": 2}]}",
                "an object with one key"),
            List.of(
                "{\"target\": \"a\", \"source\": \"b\", \"transforms\": [{\"upper\": 1}]}",
                "unknown transform 'upper'"),
            List.of(
                "{\"target\": \"a\", \"source\": \"b\", \"required\": \"yes\"}",
                "'required' must be true or false"),
            List.of("{\"target\": \"a\", \"concat\": [1]}", "concat entries must be source paths"),
            List.of("{\"target\": \"a\", \"source\": \"b..c\"}", "source path"),
            List.of(
                "{\"target\": \"a\", \"source\": \"b\"}, {\"target\": \"a\", \"source\": \"c\"}",
                "target field is mapped twice"));
    for (List<String> c : cases) {
      assertThatThrownBy(() -> MappingJson.parse(mapping(c.get(0)), FUNCTIONS))
          .as(c.get(0))
          .isInstanceOf(MappingException.class)
          .hasMessageContaining("contact rule #")
          .hasMessageContaining(c.get(1));
    }
  }

  @Test
  void rejectsBrokenTopLevel() {
    assertThatThrownBy(() -> MappingJson.parse("{\"name\": \"x\", \"contact\": []}", FUNCTIONS))
        .hasMessageContaining("mapping 'x': 'version' is required");
    assertThatThrownBy(() -> MappingJson.parse("{\"name\": \"x\", \"version\": \"1\"}", FUNCTIONS))
        .hasMessageContaining("needs at least one contact rule");
    assertThatThrownBy(() -> MappingJson.parse("{\"name\": \"x\", \"versio\": \"1\"}", FUNCTIONS))
        .hasMessageContaining("unknown key 'versio'");
    assertThatThrownBy(() -> MappingJson.parse("{\"name\": ", FUNCTIONS))
        .hasMessageContaining("not valid JSON");
    assertThatThrownBy(() -> MappingJson.parse("[1]", FUNCTIONS))
        .hasMessageContaining("must be a JSON object");
    assertThatThrownBy(
            () ->
                MappingJson.parse(
                    "{\"name\": \"x\", \"version\": \"1\", \"contact\": {}}", FUNCTIONS))
        .hasMessageContaining("'contact' must be a JSON array");
    assertThatThrownBy(
            () ->
                MappingJson.parse(
                    "{\"name\": \"x\", \"version\": \"1\", \"contact\": [{\"target\": \"M\", \"source\": \"a\"}],"
                        + " \"notesSummary\": {\"target\": \"M\", \"zone\": \"UTC\"}}",
                    FUNCTIONS))
        .hasMessageContaining("notesSummary.target 'M' is also mapped");
    assertThatThrownBy(
            () ->
                MappingJson.parse(
                    "{\"name\": \"x\", \"version\": \"1\", \"contact\": [{\"target\": \"M\", \"source\": \"a\"}],"
                        + " \"notesSummary\": {\"target\": \"S\", \"zone\": \"UTC\", \"maxNotes\": 0}}",
                    FUNCTIONS))
        .hasMessageContaining("notesSummary")
        .hasMessageContaining("maxNotes must be at least 1");
  }

  @Test
  void registryRejectsBadOrDuplicateNames() {
    TransformFunctions.Builder b = TransformFunctions.builder().register("a", Optional::of);
    assertThatThrownBy(() -> b.register("a", Optional::of))
        .hasMessageContaining("already registered");
    assertThatThrownBy(() -> b.register("a b", Optional::of))
        .hasMessageContaining("letters, digits");
  }
}
