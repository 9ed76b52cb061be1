package io.ghlsync.sync.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FieldRuleTest {
  private static final SourceRecord CONTACT =
      SourceRecord.of(
          Map.of(
              "firstName", "  Ann ",
              "lastName", "Lee",
              "email", " Ann.Lee@Example.COM ",
              "phone", "0241 123-456",
              "type", "lead",
              "completed", true,
              "dueDate", "2024-03-31T00:30:00Z",
              "tags", List.of(" vip ", "new"),
              "customFields", Map.of("cf1", 42),
              "blank", "   "));

  @Test
  void trimsAndLowerCasesEmail() {
    FieldRule rule = FieldRule.to("Email").from("email").trim().lowerCase().build();

    assertThat(rule.evaluate(CONTACT)).contains("ann.lee@example.com");
  }

  @Test
  void normalisesNationalPhoneWithDefaultCallingCode() {
    FieldRule rule = FieldRule.to("phone").from("phone").e164("49").build();

    assertThat(rule.evaluate(CONTACT)).contains("+49241123456");
  }

  @Test
  void failsWhenPhoneCannotBeWrittenAsE164() {
    FieldRule rule = FieldRule.to("phone").from("phone").e164("").build();

    assertThatThrownBy(() -> rule.evaluate(CONTACT))
        .isInstanceOf(MappingException.class)
        .hasMessageContaining("E.164")
        .hasMessageNotContaining("0241");
  }

  @Test
  void writesDateTimeInExplicitZoneAcrossDaylightSavingChange() {
    FieldRule rule =
        FieldRule.to("Deadline")
            .from("dueDate")
            .dateTime(ZoneId.of("Europe/Berlin"), "yyyy-MM-dd HH:mm:ss")
            .build();

    assertThat(rule.evaluate(CONTACT)).contains("2024-03-31 01:30:00");
  }

  @Test
  void mapsBooleanThroughValueTable() {
    FieldRule rule =
        FieldRule.to("Status").from("completed").valueMap(Map.of("true", 3, "false", 1)).build();

    assertThat(rule.evaluate(CONTACT)).contains(3L);
  }

  @Test
  void dropsUnmappedValueAndFallsBackToDefault() {
    FieldRule rule =
        FieldRule.to("ArtDaten")
            .from("type")
            .valueMap(Map.of("customer", "Kunde"))
            .defaultValue("Sonstige")
            .build();

    assertThat(rule.evaluate(CONTACT)).contains("Sonstige");
  }

  @Test
  void keepsOrReplacesUnmappedValuesWhenAsked() {
    Transform keep = new Transform.ValueMap(Map.of("x", "y"), Optional.empty(), true);
    Transform otherwise = new Transform.ValueMap(Map.of("x", "y"), Optional.of("other"), false);

    assertThat(keep.apply("lead")).contains("lead");
    assertThat(otherwise.apply("lead")).contains("other");
  }

  @Test
  void concatenatesPresentPartsOnly() {
    FieldRule rule = FieldRule.to("Name").concat(" ", "firstName", "middle", "lastName").build();

    assertThat(rule.evaluate(CONTACT)).contains("Ann Lee");
  }

  @Test
  void usesConstant() {
    FieldRule rule = FieldRule.to("Status").constant(1).personal(false).build();

    assertThat(rule.evaluate(CONTACT)).contains(1L);
    assertThat(rule.personal()).isFalse();
  }

  @Test
  void readsCustomFieldsAndListsByPath() {
    assertThat(FieldRule.to("x").from("customFields.cf1").build().evaluate(CONTACT)).contains(42L);
    assertThat(FieldRule.to("x").from("tags.1").build().evaluate(CONTACT)).contains("new");
    assertThat(FieldRule.to("x").from("tags.7").build().evaluate(CONTACT)).isEmpty();
    assertThat(FieldRule.to("x").from("firstName.deeper").build().evaluate(CONTACT)).isEmpty();
  }

  @Test
  void trimsListElementsAndTreatsBlankAsMissing() {
    assertThat(FieldRule.to("t").from("tags").trim().build().evaluate(CONTACT))
        .contains(List.of("vip", "new"));
    assertThat(FieldRule.to("b").from("blank").trim().build().evaluate(CONTACT)).isEmpty();
  }

  @Test
  void changesCase() {
    Transform title = new Transform.ChangeCase(Transform.CaseStyle.TITLE);
    Transform upper = new Transform.ChangeCase(Transform.CaseStyle.UPPER);

    assertThat(title.apply("anna-lena MÜLLER")).contains("Anna-Lena Müller");
    assertThat(upper.apply("de")).contains("DE");
    assertThat(upper.apply(5L)).contains(5L);
  }

  @Test
  void runsCustomFunctionAndNamesItWhenItFails() {
    Transform ok =
        new Transform.Custom("strip-gmbh", v -> Optional.of(v.toString().replace(" GmbH", "")));
    Transform broken =
        new Transform.Custom(
            "broken",
            v -> {
              throw new IllegalStateException("boom");
            });

    assertThat(ok.apply("Acme GmbH")).contains("Acme");
    assertThatThrownBy(() -> broken.apply("x"))
        .isInstanceOf(MappingException.class)
        .hasMessageContaining("function 'broken' failed: boom");
  }

  @Test
  void failsRequiredRuleWithoutValue() {
    FieldRule rule = FieldRule.to("Betreff").from("title").required().build();

    assertThatThrownBy(() -> rule.evaluate(CONTACT))
        .isInstanceOf(MappingException.class)
        .hasMessageContaining("required value is missing");
  }

  @Test
  void rejectsRuleWithoutSource() {
    assertThatThrownBy(() -> FieldRule.to("x").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rule 'x' needs a source");
  }

  @Test
  void entityMappingAppliesNullPolicyAndNamesFailingRule() {
    EntityMapping mapping =
        new EntityMapping(
            "contact",
            List.of(
                FieldRule.to("Vorname").from("firstName").trim().build(),
                FieldRule.to("Zusatz1").from("companyName").nullPolicy(NullPolicy.CLEAR).build(),
                FieldRule.to("Plz").from("postalCode").build()));

    MappedRecord mapped = mapping.apply(CONTACT);

    assertThat(mapped.fields()).containsExactly(Map.entry("Vorname", "Ann"));
    assertThat(mapped.cleared()).containsExactly("Zusatz1");
    EntityMapping failing =
        new EntityMapping(
            "task", List.of(FieldRule.to("Betreff").from("title").required().build()));
    assertThatThrownBy(() -> failing.apply(CONTACT))
        .hasMessage(
            "task rule #1 'Betreff': required value is missing; set the source or a default");
  }

  @Test
  void entityMappingRejectsTargetMappedTwice() {
    assertThatThrownBy(
            () ->
                new EntityMapping(
                    "contact",
                    List.of(
                        FieldRule.to("Name").from("a").build(),
                        FieldRule.to("Name").from("b").build())))
        .hasMessageContaining("contact rule #2 'Name': target field is mapped twice");
  }
}
