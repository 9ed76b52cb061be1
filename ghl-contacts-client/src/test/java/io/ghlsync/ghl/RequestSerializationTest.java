package io.ghlsync.ghl;

import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.ghl.model.CustomFieldInput;
import io.ghlsync.ghl.model.DndSetting;
import io.ghlsync.ghl.model.DndSettings;
import io.ghlsync.ghl.model.SearchContactsRequest;
import io.ghlsync.ghl.model.UpdateContactRequest;
import io.ghlsync.ghl.model.UpsertContactRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RequestSerializationTest {
  private final MockGhl ghl = new MockGhl();

  @AfterEach
  void close() {
    ghl.close();
  }

  @Test
  void v3WritesLowerCamelDndKeysAndFieldValue() {
    GhlClient v3 = ghl.builder().version(GhlApiVersion.V3).build();
    ghl.enqueue(200, "{\"succeeded\":true,\"contact\":{\"id\":\"c1\"}}");

    v3.contacts()
        .update(
            "c1",
            UpdateContactRequest.builder()
                .dndSettings(
                    DndSettings.builder()
                        .call(DndSetting.of("active"))
                        .whatsApp(DndSetting.of("inactive"))
                        .gmb(DndSetting.of("inactive"))
                        .fb(DndSetting.of("active"))
                        .email(DndSetting.of("active"))
                        .build())
                .customFields(
                    List.of(
                        CustomFieldInput.byId("f1", List.of("a", "b")),
                        CustomFieldInput.byKey("file", Map.of("u1", Map.of("url", "https://x")))))
                .build());

    MockGhl.assertJsonBody(
        ghl.take("PUT", "/contacts/c1", "v3"),
        """
        {"dndSettings":{"call":{"status":"active"},"whatsApp":{"status":"inactive"},
          "gmb":{"status":"inactive"},"fb":{"status":"active"},"email":{"status":"active"}},
         "customFields":[{"id":"f1","fieldValue":["a","b"]},
                         {"key":"file","fieldValue":{"u1":{"url":"https://x"}}}]}
        """);
  }

  @Test
  void v2WritesGhlsOriginalDndKeysAndFieldValue() {
    GhlClient v2 = ghl.client();
    ghl.enqueueFixture(200, "contact-upsert.json");

    v2.contacts()
        .upsert(
            UpsertContactRequest.builder()
                .phone("+1 888")
                .dndSettings(DndSettings.builder().whatsApp(DndSetting.of("active")).build())
                .customFields(CustomFieldInput.byId("f", true))
                .build());

    MockGhl.assertJsonBody(
        ghl.take("POST", "/contacts/upsert"),
        """
        {"locationId":"ve9EPM428h8vShlRW1KT","phone":"+1 888",
         "dndSettings":{"WhatsApp":{"status":"active"}},
         "customFields":[{"id":"f","field_value":true}]}
        """);
  }

  @Test
  void searchAfterCursorsAreSentBackExactly() {
    ghl.enqueue(200, "{\"contacts\":[],\"total\":0}");

    ghl.client()
        .contacts()
        .search(
            SearchContactsRequest.builder()
                .locationId("loc9")
                .searchAfter(List.of(new java.math.BigDecimal("1709287200000"), "abc"))
                .build());

    assertThat(MockGhl.body(ghl.take("POST", "/contacts/search")))
        .isEqualTo(
            "{\"locationId\":\"loc9\",\"pageLimit\":100,\"searchAfter\":[1709287200000,\"abc\"]}");
  }

  @Test
  void everyNullableUpdateFieldCanBeClearedAndSettingAgainUndoesTheClear() {
    ghl.enqueueFixture(200, "contact-update.json");
    ghl.enqueueFixture(200, "contact-update.json");
    GhlClient client = ghl.client();

    client
        .contacts()
        .update(
            "c1",
            UpdateContactRequest.builder()
                .clearFirstName()
                .clearLastName()
                .clearName()
                .clearEmail()
                .clearPhone()
                .clearAddress1()
                .clearCity()
                .clearState()
                .clearWebsite()
                .clearTimezone()
                .clearSource()
                .clearDateOfBirth()
                .clearAssignedTo()
                .build());
    client
        .contacts()
        .update(
            "c1",
            UpdateContactRequest.builder()
                .clearCity()
                .city("Dolomite")
                .firstName("a")
                .lastName("b")
                .name("a b")
                .address1("3535 1st St N")
                .state("AL")
                .postalCode("35061")
                .website("https://www.tesla.com")
                .timezone("America/Chihuahua")
                .source("public api")
                .country("US")
                .assignedTo("u1")
                .dateOfBirth("1990/09/25")
                .build());

    MockGhl.assertJsonBody(
        ghl.take("PUT", "/contacts/c1"),
        """
        {"firstName":null,"lastName":null,"name":null,"email":null,"phone":null,
         "address1":null,"city":null,"state":null,"website":null,"timezone":null,
         "source":null,"dateOfBirth":null,"assignedTo":null}
        """);
    MockGhl.assertJsonBody(
        ghl.take("PUT", "/contacts/c1"),
        """
        {"city":"Dolomite","firstName":"a","lastName":"b","name":"a b","address1":"3535 1st St N",
         "state":"AL","postalCode":"35061","website":"https://www.tesla.com",
         "timezone":"America/Chihuahua","source":"public api","country":"US","assignedTo":"u1",
         "dateOfBirth":"1990/09/25"}
        """);
  }

  @Test
  void numbersAndBooleansArriveQuotedOrOddWithoutFailingTheCall() {
    ghl.enqueue(
        200,
        """
        {"tasks":[{"id":"t1","completed":"false"},{"id":"t2","completed":1},
                  {"id":"t3","completed":"maybe","title":["not","text"]}],
         "unknown":[{"deep":{"x":null}}]}
        """);
    ghl.enqueue(200, "{\"contacts\":[],\"count\":\"many\",\"meta\":{\"total\":\"12\"}}");

    var tasks = ghl.client().tasks().list("c1");
    @SuppressWarnings("deprecation")
    var list =
        ghl.client().contacts().list(io.ghlsync.ghl.model.ListContactsRequest.builder().build());

    assertThat(tasks).hasSize(3);
    assertThat(tasks.get(0).completed()).contains(false);
    assertThat(tasks.get(1).completed()).contains(true);
    assertThat(tasks.get(2).completed()).isEmpty();
    assertThat(tasks.get(2).title()).isEmpty();
    assertThat(list.count()).isEmpty();
    assertThat(list.meta().flatMap(m -> m.total())).contains(12L);
  }
}
