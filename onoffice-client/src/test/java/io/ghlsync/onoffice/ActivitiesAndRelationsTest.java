package io.ghlsync.onoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghlsync.onoffice.internal.Fixtures;
import io.ghlsync.onoffice.model.Activity;
import io.ghlsync.onoffice.model.ActivityQuery;
import io.ghlsync.onoffice.model.Filter;
import io.ghlsync.onoffice.model.FilterOperator;
import io.ghlsync.onoffice.model.NewActivity;
import io.ghlsync.onoffice.model.RelationType;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ActivitiesAndRelationsTest {
  private final MockOnOffice mock = new MockOnOffice();

  @AfterEach
  void close() {
    mock.close();
  }

  @Test
  void appendsANoteWithAddressidsPlural() {
    mock.enqueue(
        MockOnOffice.ok(
            "agentslog", "{\"id\":67080,\"type\":\"agentsLog\",\"elements\":[]}", "null"));

    long id = mock.client.activities().appendNote(32, "Email", "Contract sent");

    assertThat(id).isEqualTo(67080);
    assertThat(mock.takeBody())
        .isEqualTo(
            MockOnOffice.body(
                ActionType.CREATE,
                "",
                "agentslog",
                "{\"actionkind\":\"Email\",\"addressids\":[32],\"note\":\"Contract sent\"}"));
  }

  @Test
  void createsAnEntryWithEveryDocumentedParameter() {
    mock.enqueue(
        MockOnOffice.ok("agentslog", "{\"id\":5,\"type\":\"agentsLog\",\"elements\":[]}", "null"));

    mock.client
        .activities()
        .create(
            NewActivity.builder()
                .addressids(List.of(32L, 33L))
                .actionkind("Email")
                .actiontype("Ausgang")
                .note("Contract sent")
                .datetime(LocalDateTime.of(2025, 2, 8, 11, 13, 30))
                .userid(7)
                .duration(60)
                .origincontact("Telefon")
                .taskid(451)
                .estateid(459)
                .build());

    assertThat(mock.takeBody())
        .contains(
            "\"parameters\":{\"actionkind\":\"Email\",\"actiontype\":\"Ausgang\",\"addressids\":[32,33],"
                + "\"datetime\":\"2025-02-08 11:13:30\",\"duration\":60,\"estateid\":459,"
                + "\"note\":\"Contract sent\",\"origincontact\":\"Telefon\",\"taskid\":451,\"userid\":7}");
  }

  @Test
  void readsHistoryNewestFirstWithAddressidSingular() {
    mock.enqueue(Fixtures.text("read-agentslog.json"));

    List<Activity> history = mock.client.activities().history(34).toList();

    assertThat(mock.takeBody())
        .isEqualTo(
            MockOnOffice.body(
                ActionType.READ,
                "",
                "agentslog",
                "{\"addressid\":[34],\"data\":[\"Aktionsart\",\"Aktionstyp\",\"Datum\",\"Bemerkung\","
                    + "\"Benutzer\",\"Adress_nr\"],\"listlimit\":500,\"listoffset\":0,"
                    + "\"sortby\":{\"Datum\":\"DESC\"}}"));
    Activity entry = history.get(0);
    assertThat(entry.id()).isEqualTo(67075);
    assertThat(entry.actionKind()).hasValue("Email");
    assertThat(entry.actionType()).hasValue("Ausgang");
    assertThat(entry.note()).hasValue("Contract sent");
    assertThat(entry.dateTime()).hasValue(LocalDateTime.of(2021, 2, 23, 12, 28, 30));
    assertThat(entry.addressIds()).containsExactly(34L);
    assertThat(entry.user()).isEmpty();
  }

  @Test
  void refusesFiltersOnFieldsOnOfficeCannotFilterInTheAgentsLog() {
    assertThatThrownBy(
            () ->
                ActivityQuery.builder()
                    .addressid(List.of(1L))
                    .filter(Filter.where("Benutzer", FilterOperator.EQ, "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("filter.Benutzer");
    assertThatThrownBy(() -> ActivityQuery.builder().build()).hasMessageContaining("addressid");
    assertThatThrownBy(() -> NewActivity.builder().note("x").build())
        .hasMessageContaining("addressids");
    assertThatThrownBy(() -> NewActivity.builder().note(" ")).hasMessageContaining("note");
  }

  @Test
  void readsChildIdsOfARelation() {
    mock.enqueue(Fixtures.text("relation-ids.json"));

    Map<Long, List<Long>> ids =
        mock.client.relations().childIds(RelationType.TASK_ADDRESS, List.of(401L));

    assertThat(ids).containsEntry(401L, List.of(247L, 248L));
    assertThat(mock.takeBody())
        .isEqualTo(
            MockOnOffice.body(
                ActionType.GET,
                "",
                "idsfromrelation",
                "{\"parentids\":[401],\"relationtype\":"
                    + "\"urn:onoffice-de-ns:smart:2.5:relationTypes:task:address\"}"));
  }

  @Test
  void readsParentIdsWhenElementsIsAnEmptyArray() {
    mock.enqueue(
        MockOnOffice.ok(
            "idsfromrelation", "{\"id\":\"relatedIds\",\"type\":\"\",\"elements\":[]}", "1"));

    assertThat(mock.client.relations().parentIds(RelationType.TASK_ADDRESS, List.of(247L)))
        .isEmpty();
    assertThat(mock.takeBody()).contains("\"childids\":[247]");
  }

  @Test
  void createsAndDeletesRelations() {
    mock.enqueue(MockOnOffice.ok("relation", "", "null"));
    mock.enqueue(MockOnOffice.ok("relation", "", "null"));

    mock.client
        .relations()
        .create(RelationType.ADDRESS_CONTACT_ADDRESS, List.of(1L), List.of(2L, 3L));
    mock.client.relations().delete(RelationType.ADDRESS_CONTACT_ADDRESS, 1, 2);

    assertThat(mock.takeBody())
        .isEqualTo(
            MockOnOffice.body(
                ActionType.CREATE,
                "",
                "relation",
                "{\"childid\":[2,3],\"parentid\":[1],\"relationtype\":"
                    + "\"urn:onoffice-de-ns:smart:2.5:relationTypes:address:contact:address\"}"));
    assertThat(mock.takeBody())
        .contains("\"parameters\":{\"childid\":2,\"parentid\":1,\"relationtype\":");
  }

  @Test
  void refusesManyToManyRelationsAndForeignUrns() {
    assertThatThrownBy(
            () ->
                mock.client
                    .relations()
                    .create(RelationType.TASK_ADDRESS, List.of(1L, 2L), List.of(3L, 4L)))
        .hasMessageContaining("childid");
    assertThatThrownBy(() -> new RelationType("task:address")).hasMessageContaining("relationtype");
    assertThat(mock.server.getRequestCount()).isZero();
  }
}
