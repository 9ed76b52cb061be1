package io.ghlsync.ghl;

import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.ghl.model.Appointment;
import io.ghlsync.ghl.model.BulkTagsRequest;
import io.ghlsync.ghl.model.BulkTagsResult;
import io.ghlsync.ghl.model.FollowersResult;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Tags, appointments, followers, campaigns and workflows. */
class ContactLinksTest {
  private final MockGhl ghl = new MockGhl();
  private final GhlClient client = ghl.client();

  @AfterEach
  void close() {
    ghl.close();
  }

  @Test
  void addTagsPostsTheTags() {
    ghl.enqueueFixture(201, "tags-add.json");

    List<String> tags = client.tags().add("c1", List.of("minim", "velit magna"));

    RecordedRequest r = ghl.take("POST", "/contacts/c1/tags");
    MockGhl.assertJsonBody(r, "{\"tags\":[\"minim\",\"velit magna\"]}");
    assertThat(tags).containsExactly("minim", "velit magna");
  }

  @Test
  void removeTagsSendsADeleteWithABody() {
    ghl.enqueueFixture(200, "tags-remove.json");

    client.tags().remove("c1", List.of("minim"));

    RecordedRequest r = ghl.take("DELETE", "/contacts/c1/tags");
    MockGhl.assertJsonBody(r, "{\"tags\":[\"minim\"]}");
  }

  @Test
  void bulkUpdatePutsTheTypeInThePathAndReadsPerContactResults() {
    ghl.enqueueFixture(201, "tags-bulk.json");

    BulkTagsResult result =
        client
            .tags()
            .bulkUpdate(
                BulkTagsRequest.builder()
                    .type(BulkTagsRequest.Type.REMOVE)
                    .contacts("qFSqySFkVvNzOSqgGqFi", "abcdef")
                    .tags("tag-1")
                    .removeAllTags(false)
                    .build());

    RecordedRequest r = ghl.take("POST", "/contacts/bulk/tags/update/remove");
    MockGhl.assertJsonBody(
        r,
        "{\"contacts\":[\"qFSqySFkVvNzOSqgGqFi\",\"abcdef\"],\"tags\":[\"tag-1\"],"
            + "\"locationId\":\"ve9EPM428h8vShlRW1KT\",\"removeAllTags\":false}");
    assertThat(result.succeeded()).isTrue();
    assertThat(result.errorCount()).isZero();
    assertThat(result.responses()).hasSize(4);
    assertThat(result.responses().get(0).isSuccess()).isTrue();
    assertThat(result.responses().get(0).oldTags()).containsExactly("tag-1", "tag-2");
    assertThat(result.responses().get(1).message())
        .contains("contact id is not a valid firebase id");
  }

  @Test
  void appointmentsKeepZonelessTimesAsLocalTimes() {
    ghl.enqueueFixture(200, "appointments.json");

    List<Appointment> events = client.appointments().list("c1");

    ghl.take("GET", "/contacts/c1/appointments");
    assertThat(events).hasSize(1);
    Appointment a = events.get(0);
    assertThat(a.startTime()).contains("2021-07-16 11:00:00");
    assertThat(a.startTimeLocal()).contains(LocalDateTime.of(2021, 7, 16, 11, 0));
    assertThat(a.endTimeLocal()).contains(LocalDateTime.of(2021, 7, 16, 11, 30));
    assertThat(a.users()).hasSize(2);
    assertThat(a.appointmentStatus()).contains("booked");
  }

  @Test
  void addFollowersPostsUserIds() {
    ghl.enqueueFixture(201, "followers-add.json");

    FollowersResult result = client.followers().add("c1", List.of("u1", "u2"));

    RecordedRequest r = ghl.take("POST", "/contacts/c1/followers");
    MockGhl.assertJsonBody(r, "{\"followers\":[\"u1\",\"u2\"]}");
    assertThat(result.followersAdded()).hasSize(2);
    assertThat(result.followersRemoved()).isEmpty();
  }

  @Test
  void removeFollowersSendsADeleteWithABody() {
    ghl.enqueueFixture(200, "followers-remove.json");

    FollowersResult result = client.followers().remove("c1", List.of("u1"));

    RecordedRequest r = ghl.take("DELETE", "/contacts/c1/followers");
    MockGhl.assertJsonBody(r, "{\"followers\":[\"u1\"]}");
    assertThat(result.followersRemoved())
        .containsExactly("Mx6wyHhbFdRXh302Luer", "Ka6wyHhbFdRXh302LLsAm");
  }

  @Test
  void addToCampaignSendsAnEmptyObject() {
    ghl.enqueueFixture(201, "campaign.json");

    assertThat(client.campaigns().add("c1", "camp1")).isTrue();

    RecordedRequest r = ghl.take("POST", "/contacts/c1/campaigns/camp1");
    assertThat(MockGhl.body(r)).isEqualTo("{}");
  }

  @Test
  void removeFromCampaignDeletesTheMembership() {
    ghl.enqueueFixture(200, "campaign.json");

    assertThat(client.campaigns().remove("c1", "camp1")).isTrue();

    ghl.take("DELETE", "/contacts/c1/campaigns/camp1");
  }

  @Test
  void removeAllUsesTheCamelCasePathInVersion2() {
    ghl.enqueueFixture(200, "campaign.json");

    assertThat(client.campaigns().removeAll("c1")).isTrue();

    ghl.take("DELETE", "/contacts/c1/campaigns/removeAll");
  }

  @Test
  void removeAllUsesTheKebabCasePathAndV3Header() {
    GhlClient v3 = ghl.builder().version(GhlApiVersion.V3).build();
    ghl.enqueue(200, "{\"succeeded\":true,\"succeded\":true}");

    assertThat(v3.campaigns().removeAll("c1")).isTrue();

    ghl.take("DELETE", "/contacts/c1/campaigns/remove-all", "v3");
  }

  @Test
  void addToWorkflowSendsTheEventStartTimeWithItsOffset() {
    ghl.enqueueFixture(200, "workflow.json");

    boolean ok =
        client
            .workflows()
            .add("c1", "wf1", OffsetDateTime.of(2021, 6, 23, 3, 30, 0, 0, ZoneOffset.ofHours(1)));

    RecordedRequest r = ghl.take("POST", "/contacts/c1/workflow/wf1");
    MockGhl.assertJsonBody(r, "{\"eventStartTime\":\"2021-06-23T03:30:00+01:00\"}");
    assertThat(ok).isTrue();
  }

  @Test
  void addToWorkflowWithoutStartTimeSendsAnEmptyObject() {
    ghl.enqueueFixture(200, "workflow.json");

    client.workflows().add("c1", "wf1");

    assertThat(MockGhl.body(ghl.take("POST", "/contacts/c1/workflow/wf1"))).isEqualTo("{}");
  }

  @Test
  void removeFromWorkflowSendsADeleteWithABody() {
    ghl.enqueueFixture(200, "workflow.json");
    ghl.enqueueFixture(200, "workflow.json");

    assertThat(client.workflows().remove("c1", "wf1")).isTrue();
    client
        .workflows()
        .remove("c1", "wf1", OffsetDateTime.of(2021, 6, 23, 3, 30, 0, 0, ZoneOffset.UTC));

    assertThat(MockGhl.body(ghl.take("DELETE", "/contacts/c1/workflow/wf1"))).isEqualTo("{}");
    MockGhl.assertJsonBody(
        ghl.take("DELETE", "/contacts/c1/workflow/wf1"),
        "{\"eventStartTime\":\"2021-06-23T03:30:00+00:00\"}");
  }
}
