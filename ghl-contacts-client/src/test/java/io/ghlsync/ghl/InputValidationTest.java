package io.ghlsync.ghl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghlsync.ghl.model.BulkTagsRequest;
import io.ghlsync.ghl.model.CreateContactRequest;
import io.ghlsync.ghl.model.CreateNoteRequest;
import io.ghlsync.ghl.model.CreateTaskRequest;
import io.ghlsync.ghl.model.CustomFieldInput;
import io.ghlsync.ghl.model.Filter;
import io.ghlsync.ghl.model.FilterGroup;
import io.ghlsync.ghl.model.ListByBusinessRequest;
import io.ghlsync.ghl.model.ListContactsRequest;
import io.ghlsync.ghl.model.Range;
import io.ghlsync.ghl.model.SearchContactsRequest;
import io.ghlsync.ghl.model.UpdateContactRequest;
import io.ghlsync.ghl.model.UpdateNoteRequest;
import io.ghlsync.ghl.model.UpdateTaskRequest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input fails before any request, with IllegalArgumentException naming the field. */
class InputValidationTest {
  private final MockGhl ghl = new MockGhl();
  private final GhlClient client = ghl.client();

  @AfterEach
  void nothingWasSent() {
    assertThat(ghl.server.getRequestCount()).isZero();
    ghl.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", " ", "../x", "..", ".", "a/b", "a?b", "?", "a#b", "a%2Fb", "a b", "a\tb", "a\\b"
      })
  void contactIdsThatCouldChangeThePathAreRefused(String id) {
    assertThatThrownBy(() -> client.contacts().get(id))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("contactId");
    assertThatThrownBy(() -> client.tasks().get("c1", id))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("taskId");
    assertThatThrownBy(() -> client.notes().delete("c1", id))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("noteId");
    assertThatThrownBy(() -> client.campaigns().add("c1", id))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("campaignId");
    assertThatThrownBy(() -> client.workflows().remove("c1", id))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("workflowId");
    assertThatThrownBy(
            () -> client.contacts().listByBusiness(id, ListByBusinessRequest.builder().build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("businessId");
  }

  @Test
  void nullIdsAreRefusedWithTheFieldName() {
    String none = nullString();
    assertThatThrownBy(() -> client.contacts().delete(none))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("contactId must not be blank");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 501})
  void pageLimitOutsideOneToFiveHundredIsRefused(int limit) {
    assertThatThrownBy(() -> SearchContactsRequest.builder().pageLimit(limit))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pageLimit")
        .hasMessageContaining("1..500");
  }

  @Test
  void pagingBeyondTenThousandRecordsNeedsSearchAfter() {
    assertThatThrownBy(() -> SearchContactsRequest.builder().pageLimit(500).page(21).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("page * pageLimit")
        .hasMessageContaining("searchAfter");
    assertThat(SearchContactsRequest.builder().pageLimit(500).page(20).build().page()).contains(20);
  }

  @Test
  void textLongerThanTheApiAcceptsIsRefused() {
    String tooLong = "x".repeat(76);
    assertThatThrownBy(() -> SearchContactsRequest.builder().query(tooLong))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("query");
    assertThatThrownBy(() -> Filter.eq("firstName", tooLong))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("filters.value");
    assertThat(Filter.eq("firstName", "x".repeat(75)).value()).isPresent();
  }

  @Test
  void malformedFiltersAreRefused() {
    assertThatThrownBy(() -> Filter.eq(" ", "x")).hasMessageContaining("filters.field");
    assertThatThrownBy(() -> Filter.eq("f", new Object())).hasMessageContaining("filters.value");
    assertThatThrownBy(() -> Filter.eq("f", List.of(List.of("x"))))
        .hasMessageContaining("filters.value");
    assertThatThrownBy(() -> Range.gte(new Object())).hasMessageContaining("range bounds");
    assertThatThrownBy(FilterGroup::or).hasMessageContaining("must not be empty");
  }

  @Test
  void requestsMissingRequiredFieldsAreRefused() {
    assertThatThrownBy(() -> CreateTaskRequest.builder().title("t").build())
        .hasMessage("dueDate is required");
    assertThatThrownBy(() -> CreateNoteRequest.builder().build()).hasMessage("body is required");
    assertThatThrownBy(() -> UpdateContactRequest.builder().build())
        .hasMessageContaining("sets no field");
    assertThatThrownBy(() -> UpdateTaskRequest.builder().build())
        .hasMessageContaining("sets no field");
    assertThatThrownBy(() -> UpdateNoteRequest.builder().build())
        .hasMessageContaining("sets no field");
    assertThatThrownBy(() -> BulkTagsRequest.builder().contacts("c").tags("t").build())
        .hasMessageContaining("type is required");
    assertThatThrownBy(
            () ->
                BulkTagsRequest.builder()
                    .type(BulkTagsRequest.Type.ADD)
                    .contacts("c")
                    .tags("t")
                    .removeAllTags(true)
                    .build())
        .hasMessageContaining("removeAllTags");
    assertThatThrownBy(() -> CustomFieldInput.byId("f", new Object()))
        .hasMessageContaining("customFields.field_value");
    assertThatThrownBy(() -> CustomFieldInput.byId("f", List.of(1)))
        .hasMessageContaining("only strings");
    assertThatThrownBy(() -> CreateContactRequest.builder().tags("ok", " "))
        .hasMessageContaining("tags[1]");
  }

  @Test
  void limitsOfListsAreChecked() {
    assertThatThrownBy(() -> ListContactsRequest.builder().limit(101))
        .hasMessageContaining("limit");
    assertThatThrownBy(() -> ListByBusinessRequest.builder().skip(-1)).hasMessageContaining("skip");
    assertThatThrownBy(() -> client.contacts().setBusiness("loc", List.of(), "b"))
        .hasMessageContaining("contactIds");
    assertThatThrownBy(() -> client.contacts().setBusiness("loc", List.of("x".repeat(51)), "b"))
        .hasMessageContaining("contactIds[0]");
    assertThatThrownBy(() -> client.tags().add("c1", List.of())).hasMessageContaining("tags");
    assertThatThrownBy(() -> client.followers().add("c1", List.of()))
        .hasMessageContaining("userIds");
  }

  @Test
  void findDuplicateNeedsAnEmailOrAPhone() {
    assertThatThrownBy(() -> client.contacts().findDuplicate("loc", null, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("email or a phone");
  }

  @Test
  void aLocationIsNeededWhenTheClientHasNone() {
    GhlClient noLocation =
        GhlClient.builder()
            .baseUrl(ghl.server.url("/").toString())
            .privateIntegrationToken("t")
            .build();
    assertThatThrownBy(
            () -> noLocation.contacts().create(CreateContactRequest.builder().name("x").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("locationId must be set");
  }

  @Test
  void aClientNeedsACredential() {
    assertThatThrownBy(() -> GhlClient.builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("privateIntegrationToken");
    assertThatThrownBy(() -> GhlClient.builder().privateIntegrationToken(" "))
        .hasMessageContaining("privateIntegrationToken must not be blank");
  }

  @SuppressWarnings("NullAway")
  private static String nullString() {
    return null;
  }
}
