package io.ghlsync.ghl;

import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.ghl.model.Contact;
import io.ghlsync.ghl.model.CustomFieldValue;
import io.ghlsync.ghl.model.DndSetting;
import io.ghlsync.ghl.model.DndSettings;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Models tolerate what GHL really sends: odd types, unknown fields, both casings, bad dates. */
class ModelParsingTest {
  private final MockGhl ghl = new MockGhl();
  private final GhlClient client = ghl.client();

  @AfterEach
  void close() {
    ghl.close();
  }

  private Contact oddContact() {
    ghl.enqueueFixture(200, "contact-odd.json");
    return client.contacts().get("oddContact000000001");
  }

  @Test
  void oddValuesAreKeptOrDroppedButNeverFailTheCall() {
    Contact c = oddContact();

    assertThat(c.firstName()).contains("12345");
    assertThat(c.email()).isEmpty();
    assertThat(c.dnd()).contains(true);
    assertThat(c.birthMonth()).contains(8);
    assertThat(c.tags()).containsExactly("single-tag");
    assertThat(c.attachments()).isEmpty();
    assertThat(c.followers()).containsExactly("u1", "u2");
    assertThat(c.attributionSource()).isEmpty();
    assertThat(c.searchAfter())
        .containsExactly(new BigDecimal("1709287200000"), "oddContact000000001");
  }

  @Test
  void datesAreKeptAsSentWithParsedViews() {
    Contact c = oddContact();

    assertThat(c.dateAdded()).contains("not a date");
    assertThat(c.dateAddedInstant()).isEmpty();
    assertThat(c.dateUpdatedInstant()).contains(Instant.parse("2024-03-01T08:15:30Z"));
    assertThat(c.lastActivityInstant()).contains(Instant.ofEpochMilli(1709287200000L));
    assertThat(c.dateOfBirthDate()).contains(LocalDate.of(1990, 9, 25));
  }

  @Test
  void dndKeysAreReadInBothCasings() {
    DndSettings dnd = oddContact().dndSettings().orElseThrow();

    assertThat(dnd.call().map(DndSetting::status)).contains("inactive");
    assertThat(dnd.email().flatMap(DndSetting::message)).contains("bounced");
    assertThat(dnd.email().flatMap(DndSetting::code)).contains("103");
    assertThat(dnd.email().map(DndSetting::isBlocked)).contains(true);
    assertThat(dnd.sms().map(DndSetting::status)).contains("active");
    assertThat(dnd.whatsApp()).isEmpty();
    assertThat(dnd.fb()).isEmpty();
  }

  @Test
  void customFieldValuesOfEveryJsonTypeHaveTypedViews() {
    Contact c = oddContact();

    assertThat(field(c, "text").asString()).contains("hello");
    assertThat(field(c, "text").asNumber()).isEmpty();
    assertThat(field(c, "number").asNumber()).contains(new BigDecimal("100.50"));
    assertThat(field(c, "number").asString()).contains("100.50");
    assertThat(field(c, "bigNumber").asNumber())
        .contains(new BigDecimal("12345678901234567890.123"));
    assertThat(field(c, "checkbox").asStringList()).containsExactly("a", "b", "3");
    assertThat(field(c, "checkbox").asString()).isEmpty();
    assertThat(field(c, "text").asStringList()).containsExactly("hello");
    Map<String, Object> file = field(c, "file").asMap().orElseThrow();
    assertThat(file).containsKey("f31175d4");
    assertThat(field(c, "bool").asBoolean()).contains(true);
    assertThat(field(c, "bool").asString()).contains("true");
    assertThat(field(c, "v3style").asString()).contains("from v3");
    assertThat(field(c, "empty").value()).isEmpty();
    assertThat(field(c, "empty").asStringList()).isEmpty();
    assertThat(field(c, "numericText").asNumber()).contains(new BigDecimal("42"));
    assertThat(c.customField("missing")).isEmpty();
  }

  @Test
  void bothSpellingsOfTheSuccessFlagAreRead() {
    ghl.enqueue(200, "{\"succeeded\":true}");
    ghl.enqueue(200, "{\"succeded\":true}");
    ghl.enqueue(200, "{\"succeeded\":false,\"succeded\":true}");
    ghl.enqueue(200, "{}");

    assertThat(client.contacts().delete("a")).isTrue();
    assertThat(client.contacts().delete("b")).isTrue();
    assertThat(client.contacts().delete("c")).isFalse();
    assertThat(client.contacts().delete("d")).isFalse();
  }

  @Test
  void contactToStringLeavesOutPersonalData() {
    ghl.enqueueFixture(200, "contact-get.json");
    Contact c = client.contacts().get("seD4PfOuKoVMLkEZqohJ");

    assertThat(c.toString())
        .contains("seD4PfOuKoVMLkEZqohJ")
        .doesNotContain("rubika")
        .doesNotContain("+18832327657");
  }

  private static CustomFieldValue field(Contact c, String id) {
    return c.customField(id).orElseThrow();
  }
}
