package io.ghlsync.testkit.ghl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MembershipOperationsTest {
  private FakeGhl ghl;
  private FakeGhlLocation location;
  private GhlHttp http;
  private String contactId;

  @BeforeEach
  void start() {
    ghl = FakeGhl.builder().seed(3).start();
    location = ghl.location("loc-1");
    http = new GhlHttp(ghl, location.privateToken("contacts.readonly", "contacts.write"));
    contactId = location.createContact(Map.of("firstName", "Mo", "tags", List.of("old")));
  }

  @AfterEach
  void stop() {
    ghl.close();
  }

  @Test
  void addTagsAnswers201AndRemoveTagsTakesADeleteBody() {
    GhlHttp.Reply added =
        http.post("/contacts/" + contactId + "/tags", Map.of("tags", List.of("New", "old")));
    assertThat(added.code()).isEqualTo(201);
    assertThat(added.json()).containsEntry("tags", List.of("old", "new"));

    GhlHttp.Reply removed =
        http.delete("/contacts/" + contactId + "/tags", Map.of("tags", List.of("old")));
    assertThat(removed.code()).isEqualTo(200);
    assertThat(removed.json()).containsEntry("tags", List.of("new"));
    assertThat(http.post("/contacts/" + contactId + "/tags", Map.of()).code()).isEqualTo(422);
  }

  @Test
  void followersReportWhatWasAddedAndRemoved() {
    String path = "/contacts/" + contactId + "/followers";
    GhlHttp.Reply added = http.post(path, Map.of("followers", List.of("u1", "u2")));
    assertThat(added.code()).isEqualTo(201);
    assertThat(added.json())
        .containsEntry("followers", List.of("u1", "u2"))
        .containsEntry("followersAdded", List.of("u1", "u2"));

    GhlHttp.Reply removed = http.delete(path, Map.of("followers", List.of("u1", "u9")));
    assertThat(removed.code()).isEqualTo(200);
    assertThat(removed.json())
        .containsEntry("followers", List.of("u2"))
        .containsEntry("followersRemoved", List.of("u1"));
  }

  @Test
  void campaignsNeedAKnownCampaignAndRemoveAllIsNotACampaignId() {
    location.addCampaign("camp-1").addCampaign("camp-2");
    String base = "/contacts/" + contactId + "/campaigns/";

    assertThat(http.post(base + "nope", Map.of()).code()).isEqualTo(400);
    assertThat(http.post(base + "camp-1", Map.of("x", 1)).messages())
        .containsExactly("property x should not exist");
    GhlHttp.Reply added = http.post(base + "camp-1", Map.of());
    assertThat(added.code()).isEqualTo(201);
    assertThat(added.json()).containsEntry("succeded", true);
    http.post(base + "camp-2", Map.of());
    assertThat(location.campaigns(contactId)).containsExactly("camp-1", "camp-2");

    assertThat(http.delete(base + "camp-1").json()).containsEntry("succeded", true);
    assertThat(location.campaigns(contactId)).containsExactly("camp-2");
    assertThat(http.delete(base + "removeAll").code()).isEqualTo(200);
    assertThat(location.campaigns(contactId)).isEmpty();
    assertThat(ghl.journal().count("remove-contact-from-every-campaign")).isEqualTo(1);
  }

  @Test
  void workflowsAnswer200AndValidateEventStartTime() {
    location.addWorkflow("wf-1");
    String path = "/contacts/" + contactId + "/workflow/wf-1";

    GhlHttp.Reply added = http.post(path, Map.of("eventStartTime", "2021-06-23T03:30:00+01:00"));
    assertThat(added.code()).isEqualTo(200);
    assertThat(added.json()).containsEntry("succeded", true);
    assertThat(location.workflows(contactId)).containsExactly("wf-1");
    assertThat(http.post(path, Map.of("eventStartTime", "soon")).code()).isEqualTo(422);
    assertThat(http.post("/contacts/" + contactId + "/workflow/wf-9", Map.of()).code())
        .isEqualTo(400);

    assertThat(http.delete(path, Map.of()).json()).containsEntry("succeded", true);
    assertThat(location.workflows(contactId)).isEmpty();
  }

  @Test
  void appointmentsListTheSeededEventsOfTheContact() {
    String id =
        location.addAppointment(
            contactId, Map.of("title", "Viewing", "startTime", "2021-07-16 11:00:00"));

    List<Map<String, Object>> events =
        http.get("/contacts/" + contactId + "/appointments").list("events");

    assertThat(events).hasSize(1);
    assertThat(events.get(0))
        .containsEntry("id", id)
        .containsEntry("title", "Viewing")
        .containsEntry("contactId", contactId)
        .containsEntry("locationId", "loc-1");
  }

  @Test
  void bulkTagsAnswer201WithOneResponsePerContact() {
    String other = location.createContact(Map.of("firstName", "Ola", "tags", List.of("old")));
    Map<String, Object> body =
        Map.of(
            "locationId", "loc-1",
            "contacts", List.of(contactId, other, "missingContact000000"),
            "tags", List.of("hot"));

    GhlHttp.Reply reply = http.post("/contacts/bulk/tags/update/add", body);

    assertThat(reply.code()).isEqualTo(201);
    assertThat(reply.json()).containsEntry("succeded", false).containsEntry("errorCount", 1.0);
    List<Map<String, Object>> responses = reply.list("responses");
    assertThat(responses.get(0))
        .containsEntry("type", "success")
        .containsEntry("oldTags", List.of("old"))
        .containsEntry("tagsAdded", List.of("hot"));
    assertThat(responses.get(2)).containsEntry("type", "error");

    Map<String, Object> removeAll = new HashMap<>(body);
    removeAll.put("contacts", List.of(contactId));
    removeAll.put("removeAllTags", true);
    GhlHttp.Reply removed = http.post("/contacts/bulk/tags/update/remove", removeAll);
    assertThat(removed.json()).containsEntry("succeded", true);
    assertThat(location.contact(contactId).orElseThrow()).containsEntry("tags", List.of());
    assertThat(http.post("/contacts/bulk/tags/update/add", removeAll).messages())
        .containsExactly("removeAllTags can only be used with type remove");
  }

  @Test
  void bulkBusinessLinksAndUnlinksContactsAndBusinessListShowsThem() {
    location.addBusiness("biz-1", "Acme");
    Map<String, Object> link =
        Map.of("locationId", "loc-1", "ids", List.of(contactId), "businessId", "biz-1");

    GhlHttp.Reply linked = http.post("/contacts/bulk/business", link);
    assertThat(linked.code()).isEqualTo(200);
    assertThat(linked.json())
        .containsEntry("success", true)
        .containsEntry("ids", List.of(contactId));
    GhlHttp.Reply listed = http.get("/contacts/business/biz-1?locationId=loc-1&limit=10&skip=0");
    assertThat(listed.json()).containsEntry("count", 1.0);
    assertThat(listed.list("contacts").get(0)).containsEntry("businessId", "biz-1");

    Map<String, Object> unlink = new HashMap<>(link);
    unlink.put("businessId", null);
    assertThat(http.post("/contacts/bulk/business", unlink).code()).isEqualTo(200);
    assertThat(location.contact(contactId).orElseThrow()).doesNotContainKey("businessId");
    Map<String, Object> unknown = new HashMap<>(link);
    unknown.put("businessId", "biz-9");
    assertThat(http.post("/contacts/bulk/business", unknown).code()).isEqualTo(400);
  }
}
