package io.ghlsync.ghl.webhook;

import static io.ghlsync.ghl.webhook.WebhookFixtures.ED25519;
import static io.ghlsync.ghl.webhook.WebhookFixtures.documented;
import static io.ghlsync.ghl.webhook.WebhookFixtures.handlerBuilder;
import static io.ghlsync.ghl.webhook.WebhookFixtures.resource;
import static io.ghlsync.ghl.webhook.WebhookFixtures.signedHeaders;
import static io.ghlsync.ghl.webhook.WebhookFixtures.stamped;
import static io.ghlsync.ghl.webhook.WebhookFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.ghl.webhook.WebhookEvent.AppInstall;
import io.ghlsync.ghl.webhook.WebhookEvent.AppUninstall;
import io.ghlsync.ghl.webhook.WebhookEvent.AppointmentCreate;
import io.ghlsync.ghl.webhook.WebhookEvent.AppointmentDelete;
import io.ghlsync.ghl.webhook.WebhookEvent.AppointmentEvent;
import io.ghlsync.ghl.webhook.WebhookEvent.AppointmentUpdate;
import io.ghlsync.ghl.webhook.WebhookEvent.ContactCreate;
import io.ghlsync.ghl.webhook.WebhookEvent.ContactDelete;
import io.ghlsync.ghl.webhook.WebhookEvent.ContactDndUpdate;
import io.ghlsync.ghl.webhook.WebhookEvent.ContactEvent;
import io.ghlsync.ghl.webhook.WebhookEvent.ContactTagUpdate;
import io.ghlsync.ghl.webhook.WebhookEvent.ContactUpdate;
import io.ghlsync.ghl.webhook.WebhookEvent.NoteCreate;
import io.ghlsync.ghl.webhook.WebhookEvent.NoteDelete;
import io.ghlsync.ghl.webhook.WebhookEvent.NoteEvent;
import io.ghlsync.ghl.webhook.WebhookEvent.NoteUpdate;
import io.ghlsync.ghl.webhook.WebhookEvent.TaskComplete;
import io.ghlsync.ghl.webhook.WebhookEvent.TaskCreate;
import io.ghlsync.ghl.webhook.WebhookEvent.TaskDelete;
import io.ghlsync.ghl.webhook.WebhookEvent.TaskEvent;
import io.ghlsync.ghl.webhook.WebhookEvent.UnknownEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookEventParsingTest {

  /** Signs and handles a body; the handler must accept it. */
  private static WebhookEvent accept(String json) {
    byte[] body = utf8(json);
    WebhookResult result = handlerBuilder().build().handle(signedHeaders(ED25519, body), body);
    assertThat(result).isInstanceOf(WebhookResult.Accepted.class);
    return ((WebhookResult.Accepted) result).event();
  }

  private static WebhookEvent acceptDocumented(String type) {
    return accept(stamped(documented(type), "wh-" + type));
  }

  @Test
  void everyDocumentedContactPayloadParsesIntoItsRecord() {
    Map<String, Class<? extends ContactEvent>> types =
        Map.of(
            "ContactCreate", ContactCreate.class,
            "ContactUpdate", ContactUpdate.class,
            "ContactDelete", ContactDelete.class,
            "ContactTagUpdate", ContactTagUpdate.class,
            "ContactDndUpdate", ContactDndUpdate.class);
    types.forEach(
        (type, record) -> {
          WebhookEvent event = acceptDocumented(type);
          assertThat(event).isInstanceOf(record);
          ContactSnapshot c = ((ContactEvent) event).contact();
          assertThat(event.locationId()).isEqualTo("ve9EPM428h8vShlRW1KT");
          assertThat(event.webhookId()).isEqualTo("wh-" + type);
          assertThat(event.envelope().timestamp().instant())
              .contains(Instant.parse(WebhookFixtures.SENT_AT));
          assertThat(c.id()).isEqualTo("nmFmQEsNgz6AVpgLVUJ0");
          assertThat(c.email()).isEqualTo("JohnDeo@gmail.comm");
          assertThat(c.firstName()).isEqualTo("John");
          assertThat(c.phone()).isEqualTo("+919509597501");
          assertThat(c.dnd()).isTrue();
          assertThat(c.tags()).containsExactly("id magna sed Lorem", "Duis dolor commodo aliqua");
          assertThat(c.attachments()).isEmpty();
          assertThat(c.dateAdded().instant()).contains(Instant.parse("2021-11-26T12:41:02.193Z"));
          assertThat(c.customFields())
              .containsExactly(
                  new CustomFieldValue(
                      "BcdmQEsNgz6AVpgLVUJ0", new JsonValue.JsonString("XYZ Corp")));
          assertThat(c.customField("BcdmQEsNgz6AVpgLVUJ0").flatMap(JsonValue::asText))
              .contains("XYZ Corp");
        });
  }

  @Test
  void dndUpdateCarriesPerChannelSettingsMatchedInAnyCase() {
    ContactSnapshot c = ((ContactDndUpdate) acceptDocumented("ContactDndUpdate")).contact();

    assertThat(c.dndSettings()).hasSize(6);
    assertThat(c.dndChannel("sms"))
        .contains(new DndChannelStatus("inactive", "Some message", "101"));
    assertThat(c.dndChannel("WHATSAPP").map(DndChannelStatus::active)).contains(true);
    assertThat(c.dndChannel("Fax")).isEmpty();
    assertThat(((ContactUpdate) acceptDocumented("ContactUpdate")).contact().dndSettings())
        .isEmpty();
  }

  @Test
  void everyDocumentedTaskPayloadParsesIntoItsRecord() {
    assertThat(acceptDocumented("TaskCreate")).isInstanceOf(TaskCreate.class);
    assertThat(acceptDocumented("TaskDelete")).isInstanceOf(TaskDelete.class);
    WebhookEvent complete = acceptDocumented("TaskComplete");

    assertThat(complete).isInstanceOf(TaskComplete.class);
    assertThat(((TaskEvent) complete).task())
        .isEqualTo(
            new TaskSnapshot(
                "5HrB1IbmnKMBXloldFuP",
                "test",
                "testing",
                "WFwVrSSjZ2CNHbZThQX2",
                "bNl8QNGXhIQJLv8eeASQ",
                new EventTime("2021-11-29T13:37:28.304Z"),
                new EventTime("2021-12-22T06:55:00.000Z")));
  }

  @Test
  void everyDocumentedNotePayloadParsesIntoItsRecord() {
    assertThat(acceptDocumented("NoteUpdate")).isInstanceOf(NoteUpdate.class);
    assertThat(acceptDocumented("NoteDelete")).isInstanceOf(NoteDelete.class);
    WebhookEvent create = acceptDocumented("NoteCreate");

    assertThat(create).isInstanceOf(NoteCreate.class);
    assertThat(((NoteEvent) create).note())
        .isEqualTo(
            new NoteSnapshot(
                "otg8dTQqGLh3Q6iQI55w",
                "Loram ipsum",
                "CWBf1PR9LvvBkcYqiXlc",
                new EventTime("2021-11-26T12:41:02.193Z")));
  }

  @Test
  void appointmentPayloadKeepsTimesWithTheirOffset() {
    AppointmentSnapshot a =
        ((AppointmentCreate) acceptDocumented("AppointmentCreate")).appointment();

    assertThat(a.id()).isEqualTo("0007BWpSzSwfiuSl0tR2");
    assertThat(a.calendarId()).isEqualTo("BqTwX8QFwXzpegMve9EQ");
    assertThat(a.contactId()).isEqualTo("9NkT25Vor1v4aQatFsv2");
    assertThat(a.appointmentStatus()).isEqualTo("confirmed");
    assertThat(a.users()).containsExactly("YlWd2wuCAZQzh2cH1fVZ", "9NkT25Vor1v4aQatFsv2");
    assertThat(a.startTime().raw()).isEqualTo("2023-09-25T16:00:00+05:30");
    assertThat(a.startTime().offsetDateTime())
        .contains(OffsetDateTime.of(2023, 9, 25, 16, 0, 0, 0, ZoneOffset.ofHoursMinutes(5, 30)));
    assertThat(a.endTime().instant()).contains(Instant.parse("2023-09-25T10:30:00Z"));
  }

  @Test
  void appointmentUpdateAndDeleteDocsShowTheCreateTypeSoDispatchFollowsTheTypeField() {
    // Doc bug: both examples say "type": "AppointmentCreate"; the SDK trusts the type field.
    assertThat(acceptDocumented("AppointmentUpdate")).isInstanceOf(AppointmentCreate.class);
    assertThat(acceptDocumented("AppointmentDelete")).isInstanceOf(AppointmentCreate.class);

    String update =
        documented("AppointmentUpdate").replace("AppointmentCreate", "AppointmentUpdate");
    String delete =
        documented("AppointmentDelete").replace("AppointmentCreate", "AppointmentDelete");
    WebhookEvent updated = accept(stamped(update, "wh-au"));
    WebhookEvent deleted = accept(stamped(delete, "wh-ad"));

    assertThat(updated).isInstanceOf(AppointmentUpdate.class);
    assertThat(deleted).isInstanceOf(AppointmentDelete.class);
    assertThat(((AppointmentEvent) deleted).appointment().title())
        .isEqualTo("Appointment with GHL Dev team");
  }

  @Test
  void installAndUninstallParseIntoAppEvents() {
    WebhookEvent install = accept(resource("/ghl-webhooks-constructed/AppInstall.json"));
    WebhookEvent uninstall = accept(resource("/ghl-webhooks-constructed/AppUninstall.json"));

    assertThat(install).isInstanceOf(AppInstall.class);
    AppInstallation i = ((AppInstall) install).installation();
    assertThat(i.appId()).isEqualTo("6500aaaabbbbccccdddd0001");
    assertThat(i.installType()).isEqualTo("Location");
    assertThat(i.isWhitelabelCompany()).isTrue();
    assertThat(i.whitelabelDetails()).isInstanceOf(JsonValue.JsonObject.class);
    assertThat(install.locationId()).isEqualTo("ve9EPM428h8vShlRW1KT");
    assertThat(uninstall).isInstanceOf(AppUninstall.class);
    assertThat(((AppUninstall) uninstall).installation().trial())
        .isEqualTo(JsonValue.JsonNull.INSTANCE);
    assertThat(uninstall.locationId()).isEmpty();
  }

  @Test
  void unknownTypeBecomesUnknownEventKeepingTheRawJson() {
    String json =
        stamped(
            "{\"type\": \"OpportunityCreate\", \"locationId\": \"L1\", \"id\": \"o1\"}", "wh-u");

    WebhookEvent event = accept(json);

    assertThat(event).isInstanceOf(UnknownEvent.class);
    UnknownEvent unknown = (UnknownEvent) event;
    assertThat(unknown.type()).isEqualTo("OpportunityCreate");
    assertThat(unknown.rawJson()).isEqualTo(json);
    assertThat(unknown.json().get("id")).contains(new JsonValue.JsonString("o1"));
    assertThat(unknown.toString()).doesNotContain("o1");
  }

  @Test
  void customFieldValuesOfEveryJsonTypeAreKeptExactly() {
    String json =
        stamped(
            "{\"type\":\"ContactUpdate\",\"id\":\"c1\",\"customFields\":["
                + "{\"id\":\"s\",\"value\":\"text\"},"
                + "{\"id\":\"n\",\"value\":12345678901234567890.5},"
                + "{\"id\":\"a\",\"value\":[\"x\",1,true,null]},"
                + "{\"id\":\"o\",\"value\":{\"k\":{\"deep\":[]}}},"
                + "{\"id\":\"b\",\"value\":false},"
                + "{\"value\":\"no id is skipped\"}]}",
            "wh-cf");

    ContactSnapshot c = ((ContactUpdate) accept(json)).contact();

    assertThat(c.customFields())
        .extracting(CustomFieldValue::id)
        .containsExactly("s", "n", "a", "o", "b");
    assertThat(c.customField("n"))
        .contains(new JsonValue.JsonNumber(new BigDecimal("12345678901234567890.5")));
    assertThat(c.customField("a").map(JsonValue::toJson)).contains("[\"x\",1,true,null]");
    assertThat(c.customField("o").map(JsonValue::toJson)).contains("{\"k\":{\"deep\":[]}}");
    assertThat(c.customField("b").flatMap(JsonValue::asText)).contains("false");
    assertThat(c.customField("a").flatMap(JsonValue::asText)).isEmpty();
  }

  @Test
  void oddlyTypedOrMissingFieldsBecomeEmptyValuesInsteadOfFailingTheEvent() {
    String json =
        stamped(
            "{\"type\":\"ContactCreate\",\"id\":42,\"dnd\":\"true\",\"tags\":\"solo\","
                + "\"attachments\":null,\"customFields\":{\"id\":\"x\"},\"dndSettings\":[]}",
            "wh-odd");

    ContactSnapshot c = ((ContactCreate) accept(json)).contact();

    assertThat(c.id()).isEqualTo("42");
    assertThat(c.dnd()).isTrue();
    assertThat(c.tags()).containsExactly("solo");
    assertThat(c.attachments()).isEmpty();
    assertThat(c.customFields())
        .containsExactly(new CustomFieldValue("x", JsonValue.JsonNull.INSTANCE));
    assertThat(c.dndSettings()).isEmpty();
    assertThat(c.email()).isEmpty();
    assertThat(c.dateOfBirth().isPresent()).isFalse();
    assertThat(c.toString()).contains("id=42");
  }

  @Test
  void snapshotsLeavePersonalDataOutOfToString() {
    ContactSnapshot c = ((ContactCreate) acceptDocumented("ContactCreate")).contact();
    AppointmentSnapshot a =
        ((AppointmentCreate) acceptDocumented("AppointmentCreate")).appointment();

    assertThat(c.toString())
        .contains("nmFmQEsNgz6AVpgLVUJ0")
        .doesNotContain("JohnDeo@gmail.comm", "+919509597501", "John", "3535 1st St N");
    assertThat(a.toString()).doesNotContain("Some dummy note", "https://example.com/meeting");
    assertThat(((TaskCreate) acceptDocumented("TaskCreate")).task().toString())
        .doesNotContain("Loram ipsum");
    assertThat(((NoteCreate) acceptDocumented("NoteCreate")).note().toString())
        .doesNotContain("Loram ipsum");
    assertThat(c.customFields().get(0).toString()).doesNotContain("XYZ Corp");
  }
}
