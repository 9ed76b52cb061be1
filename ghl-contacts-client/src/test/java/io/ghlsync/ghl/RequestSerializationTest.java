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
}
