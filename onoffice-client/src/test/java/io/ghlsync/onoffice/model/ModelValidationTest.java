package io.ghlsync.onoffice.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghlsync.onoffice.ActionType;
import io.ghlsync.onoffice.OnOfficeAction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelValidationTest {

  @Test
  void filtersCheckThatTheValueFitsTheOperator() {
    assertThatThrownBy(() -> Filter.where("Status", FilterOperator.IN, 1))
        .hasMessageContaining("filter.Status")
        .hasMessageContaining("list");
    assertThatThrownBy(() -> Filter.where("Datum", FilterOperator.BETWEEN, List.of("a")))
        .hasMessageContaining("two bounds");
    assertThatThrownBy(() -> Filter.where("Name", FilterOperator.EQ, List.of("a")))
        .hasMessageContaining("single value");
    assertThatThrownBy(() -> Filter.where(" ", FilterOperator.EQ, "a"))
        .hasMessageContaining("field");
    Filter f =
        Filter.where("Name", FilterOperator.NE, "x").and("Name", FilterOperator.NOT_LIKE, "y%");
    assertThat(f.toParameter().get("Name")).hasSize(2);
    assertThat(f.toString()).contains("Name !=").doesNotContain("y%");
    assertThat(f)
        .isEqualTo(
            Filter.where("Name", FilterOperator.NE, "x")
                .and("Name", FilterOperator.NOT_LIKE, "y%"));
    assertThat(Filter.none().isEmpty()).isTrue();
    assertThat(FilterOperator.NOT_IN.takesList()).isTrue();
    assertThat(FilterOperator.GE.symbol()).isEqualTo(">=");
  }

  @Test
  void newAddressDefaultsMustMatchAGivenValue() {
    assertThatThrownBy(
            () ->
                NewAddress.builder()
                    .email("a@b.de")
                    .defaultContact(ContactType.Channel.EMAIL, "c@d.de")
                    .build())
        .hasMessageContaining("default_email");
    assertThatThrownBy(() -> NewAddress.builder().build()).hasMessageContaining("at least one");
    assertThatThrownBy(() -> NewAddress.builder().field("email", "x"))
        .hasMessageContaining("contact data");
    assertThatThrownBy(() -> NewAddress.builder().field("checkDuplicate", true))
        .hasMessageContaining("checkDuplicate(..)");
    assertThatThrownBy(() -> NewAddress.builder().status(2)).hasMessageContaining("Status");
    assertThatThrownBy(() -> NewAddress.builder().phone(" ")).hasMessageContaining("phone");
    NewAddress ok =
        NewAddress.builder()
            .zusatz1("ACME")
            .status(1)
            .contact(ContactType.FAX_BUSINESS, "0241 9")
            .defaultContact(ContactType.Channel.FAX, "0241 9")
            .noOverrideByDuplicate(true)
            .build();
    assertThat(ok.toParameters())
        .containsEntry("default_fax", "0241 9")
        .containsEntry("fax_business", "0241 9")
        .containsEntry("noOverrideByDuplicate", true);
    assertThat(ok.toString()).doesNotContain("0241");
  }

  @Test
  void addressChangesAllowOneContactOperationPerKey() {
    assertThatThrownBy(
            () ->
                AddressChanges.builder()
                    .addContact(ContactType.EMAIL, "a@b.de", false)
                    .deleteContact(ContactType.EMAIL, "c@d.de"))
        .hasMessageContaining("email already has an operation");
    assertThatThrownBy(() -> AddressChanges.builder().build()).hasMessageContaining("at least one");
    assertThatThrownBy(
            () -> AddressChanges.builder().modifyContact(ContactType.PHONE, "", "1", false))
        .hasMessageContaining("phone.oldvalue");
    AddressChanges changes =
        AddressChanges.builder()
            .vorname("Max")
            .status(1)
            .addContact(ContactType.MOBILE, "0170", true)
            .build();
    assertThat(changes.toParameters()).containsKeys("Vorname", "Status", "mobile");
    assertThat(changes.toString()).doesNotContain("0170");
  }

  @Test
  void actionsRejectValuesThatCannotBeSent() {
    assertThatThrownBy(() -> OnOfficeAction.builder(ActionType.READ, " ").build())
        .hasMessageContaining("resourcetype");
    assertThatThrownBy(
            () ->
                OnOfficeAction.builder(ActionType.READ, "address").parameter("data", new Object()))
        .hasMessageContaining("parameters.data");
    List<Object> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(
            () -> OnOfficeAction.builder(ActionType.READ, "address").parameter("data", withNull))
        .hasMessageContaining("parameters.data[0]");
    assertThatThrownBy(
            () -> OnOfficeAction.builder(ActionType.READ, "address").parameter("x", Double.NaN))
        .hasMessageContaining("finite");
    assertThatThrownBy(
            () ->
                OnOfficeAction.builder(ActionType.READ, "address")
                    .parameter("x", Collections.singletonMap(" ", 1)))
        .hasMessageContaining("blank");
    assertThatThrownBy(() -> OnOfficeAction.builder(ActionType.READ, "address").parameter(" ", 1))
        .hasMessageContaining("parameter name");
    OnOfficeAction action =
        OnOfficeAction.builder(ActionType.GET, "search")
            .resourceid("address")
            .identifier("lookup-1")
            .parameters(Map.of("input", "Max", "listlimit", 5))
            .build();
    assertThat(action.parameters().keySet()).containsExactly("input", "listlimit");
    assertThat(action.describe()).isEqualTo("onOffice get search address");
    assertThat(ActionType.fromUrn(ActionType.DELETE.urn())).hasValue(ActionType.DELETE);
    assertThat(ActionType.fromUrn("urn:other")).isEmpty();
    assertThat(ActionType.DO.isReadOnly()).isFalse();
  }

  @Test
  void queriesValidateIdsAndNames() {
    List<Long> tooMany = new ArrayList<>();
    for (long i = 1; i <= 501; i++) {
      tooMany.add(i);
    }
    assertThatThrownBy(() -> AddressQuery.builder().recordids(tooMany))
        .hasMessageContaining("at most 500");
    assertThatThrownBy(() -> AddressQuery.builder().recordids(List.of(0L)))
        .hasMessageContaining("recordids");
    assertThatThrownBy(() -> AddressQuery.builder().data(List.of(" ")))
        .hasMessageContaining("data");
    assertThatThrownBy(() -> AddressQuery.builder().sortby("", SortOrder.ASC))
        .hasMessageContaining("sortby");
    assertThatThrownBy(() -> AddressQuery.builder().outputlanguage(" "))
        .hasMessageContaining("outputlanguage");
    AddressQuery q =
        AddressQuery.builder().filterid(12).formatoutput(true).outputlanguage("ENG").build();
    assertThat(q.toParameters())
        .containsEntry("filterid", 12L)
        .containsEntry("formatoutput", true)
        .containsEntry("outputlanguage", "ENG");
    assertThat(q.toBuilder().build().toParameters()).isEqualTo(q.toParameters());
    assertThat(q.toString()).contains("filterid");
    ActivityQuery a =
        ActivityQuery.builder()
            .estateid(4)
            .data(List.of("Datum"))
            .listlimit(5)
            .listoffset(5)
            .build();
    assertThat(a.toParameters()).containsEntry("estateid", 4L).doesNotContainKey("sortby");
    assertThat(TaskQuery.builder().relatedEstateId(3).build().toParameters())
        .containsEntry("relatedEstateId", 3L);
    assertThat(
            NewTask.builder()
                .art(2)
                .relatedEstateId(9)
                .responsibilityByGroup(true)
                .field("Kommentar", "k")
                .build()
                .toParameters())
        .containsEntry("responsibilityByGroup", 1)
        .containsEntry("relatedEstateId", 9L);
  }

  @Test
  void enumsKnowTheirCodes() {
    assertThat(TaskPriority.of(5)).hasValue(TaskPriority.LOWEST);
    assertThat(TaskPriority.of(9)).isEmpty();
    assertThat(TaskStatus.of(8)).hasValue(TaskStatus.NEED_CLARIFICATION);
    assertThat(TaskStatus.of(0)).isEmpty();
    assertThat(ContactType.fromJsonKey("phone_business")).hasValue(ContactType.PHONE_BUSINESS);
    assertThat(ContactType.fromJsonKey("Email")).isEmpty();
    assertThat(ContactType.MOBILE.channel().defaultKey()).isEqualTo("default_phone");
    assertThat(RelationType.of("task:address")).isEqualTo(RelationType.TASK_ADDRESS);
  }
}
