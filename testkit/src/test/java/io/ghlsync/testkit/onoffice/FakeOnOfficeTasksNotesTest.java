package io.ghlsync.testkit.onoffice;

import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.testkit.Fault;
import io.ghlsync.testkit.TestClock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fake's task, agents-log and relation behaviour and quirks, over raw HTTP. */
class FakeOnOfficeTasksNotesTest {
  private static final Instant START = Instant.parse("2025-03-01T10:00:00Z");

  private final FakeOnOffice fake = FakeOnOffice.builder().clock(TestClock.at(START)).start();
  private final RawOnOffice raw = new RawOnOffice(fake, START.getEpochSecond());

  @AfterEach
  void close() {
    fake.close();
  }

  private static Map<String, Object> filter(String field, String op, Object val) {
    return Map.of(field, List.of(Map.of("op", op, "val", val)));
  }

  @Test
  void tasksHaveNoOffsetAndCountOnlyReturnedRows() {
    long address = fake.store().seedAddress(Map.of("Name", "K"));
    for (int i = 0; i < 3; i++) {
      raw.send(
          raw.action(
              "create",
              "task",
              "",
              Map.of("data", Map.of("Betreff", "T" + i, "Prio", 2), "relatedAddressId", address)));
    }

    Map<String, Object> list =
        raw.send(
            raw.action(
                "read",
                "task",
                "",
                Map.of(
                    "relatedAddressId",
                    address,
                    "listlimit",
                    2,
                    "listoffset",
                    2,
                    "data",
                    List.of("Betreff", "Prio"))));

    assertThat(RawOnOffice.records(list, 0)).hasSize(2);
    assertThat(RawOnOffice.cntabsolute(list, 0)).isEqualTo(2.0);
    assertThat(RawOnOffice.result(list, 0)).containsEntry("cacheable", false);
    Map<String, Object> first = cast(RawOnOffice.records(list, 0).get(0).get("elements"));
    assertThat(first)
        .containsEntry("Betreff", "T0")
        .containsEntry("Prio", "2")
        .containsEntry("relatedAddressId", List.of(String.valueOf(address)));

    Map<String, Object> modify =
        raw.send(raw.action("modify", "task", "401", Map.of("data", Map.of("Status", 3))));
    assertThat(RawOnOffice.records(modify, 0).get(0)).containsEntry("id", 0.0);
    Map<String, Object> errors =
        raw.send(
            List.of(
                raw.action("modify", "task", "9", Map.of("data", Map.of("Status", 3))),
                raw.action("create", "task", "", Map.of("data", Map.of("Prio", 9))),
                raw.action("create", "task", "", Map.of()),
                raw.action("read", "task", "", Map.of("data", List.of("Nr"))),
                raw.action(
                    "create",
                    "task",
                    "",
                    Map.of("data", Map.of("Betreff", "x"), "relatedAddressId", 5)),
                raw.action("read", "task", "", Map.of("filter", filter("Nr", ">", 401)))));
    assertThat(List.of(0, 1, 2, 3, 4).stream().map(i -> RawOnOffice.errorCode(errors, i)).toList())
        .containsExactly(235, 255, 254, 143, 292);
    assertThat(RawOnOffice.records(errors, 5)).hasSize(2);
    assertThat(fake.store().tasks())
        .hasSize(3)
        .allMatch(t -> t.get("relatedAddressId").equals(address));
  }

  @Test
  void agentsLogCreatesOneEntryPerAddressAndReadsNewestFirst() {
    long a = fake.store().seedAddress(Map.of("Name", "A"));
    long b = fake.store().seedAddress(Map.of("Name", "B"));

    Map<String, Object> created =
        raw.send(
            raw.action(
                "create",
                "agentslog",
                "",
                Map.of(
                    "addressids",
                    List.of(a, b),
                    "actionkind",
                    "Email",
                    "note",
                    "hi",
                    "datetime",
                    "2025-01-01 08:00:00")));
    raw.send(
        raw.action("create", "agentslog", "", Map.of("addressids", List.of(a), "note", "later")));
    Map<String, Object> typo =
        raw.send(
            raw.action("create", "agentslog", "", Map.of("addressid", List.of(a), "note", "x")));
    Map<String, Object> forbidden =
        raw.send(
            raw.action("read", "agentslog", "", Map.of("filter", filter("Benutzer", "=", "x"))));

    assertThat(RawOnOffice.records(created, 0).get(0)).containsEntry("type", "agentsLog");
    assertThat(fake.store().activities()).hasSize(3);
    assertThat(RawOnOffice.errorCode(typo, 0)).isEqualTo(254);
    assertThat(RawOnOffice.errorCode(forbidden, 0)).isEqualTo(257);
    Map<String, Object> history =
        raw.send(
            raw.action(
                "read",
                "agentslog",
                "",
                Map.of(
                    "addressid",
                    List.of(a),
                    "data",
                    List.of("Bemerkung", "Adress_nr", "merkmal"))));
    assertThat(RawOnOffice.records(history, 0))
        .extracting(r -> cast(r.get("elements")).get("Bemerkung"))
        .containsExactly("later", "hi");
    assertThat(cast(RawOnOffice.records(history, 0).get(0).get("elements")))
        .containsEntry("Adress_nr", List.of(String.valueOf(a)))
        .containsEntry("merkmal", null);
    Map<String, Object> oldestFirst =
        raw.send(
            raw.action(
                "read",
                "agentslog",
                "",
                Map.of(
                    "addressid",
                    List.of(a),
                    "sortby",
                    "Datum",
                    "sortorder",
                    "ASC",
                    "data",
                    List.of("Bemerkung"))));
    assertThat(cast(RawOnOffice.records(oldestFirst, 0).get(0).get("elements")))
        .containsEntry("Bemerkung", "hi");
  }

  @Test
  void relationsAreOneToManyAndReadableFromBothSides() {
    Map<String, Object> response =
        raw.send(
            List.of(
                raw.action(
                    "create",
                    "relation",
                    "",
                    Map.of(
                        "relationtype",
                        type("address:contact:address"),
                        "parentid",
                        List.of(1),
                        "childid",
                        List.of(2, 3))),
                raw.action(
                    "create",
                    "relation",
                    "",
                    Map.of(
                        "relationtype",
                        type("address:contact:address"),
                        "parentid",
                        List.of(1, 2),
                        "childid",
                        List.of(3, 4))),
                raw.action(
                    "get",
                    "idsfromrelation",
                    "",
                    Map.of(
                        "relationtype",
                        type("address:contact:address"),
                        "parentids",
                        List.of(1, 9))),
                raw.action(
                    "get",
                    "idsfromrelation",
                    "",
                    Map.of(
                        "relationtype", type("address:contact:address"), "childids", List.of(3))),
                raw.action(
                    "get",
                    "idsfromrelation",
                    "",
                    Map.of("relationtype", "nope", "childids", List.of(3))),
                raw.action(
                    "delete",
                    "relation",
                    "",
                    Map.of(
                        "relationtype",
                        type("address:contact:address"),
                        "parentid",
                        1,
                        "childid",
                        2)),
                raw.action(
                    "delete",
                    "relation",
                    "",
                    Map.of(
                        "relationtype",
                        type("address:contact:address"),
                        "parentid",
                        1,
                        "childid",
                        2)),
                raw.action(
                    "get",
                    "idsfromrelation",
                    "",
                    Map.of("relationtype", type("task:address"), "parentids", List.of(1))),
                raw.action(
                    "get", "idsfromrelation", "", Map.of("relationtype", type("task:address")))));

    assertThat(RawOnOffice.errorCode(response, 0)).isZero();
    assertThat(RawOnOffice.errorCode(response, 1)).isEqualTo(219);
    assertThat(RawOnOffice.records(response, 2).get(0))
        .containsEntry("id", "relatedIds")
        .containsEntry("elements", Map.of("1", List.of("2", "3")));
    assertThat(RawOnOffice.records(response, 3).get(0))
        .containsEntry("elements", Map.of("3", List.of("1")));
    assertThat(RawOnOffice.errorCode(response, 4)).isEqualTo(132);
    assertThat(RawOnOffice.errorCode(response, 5)).isZero();
    assertThat(RawOnOffice.errorCode(response, 6)).isEqualTo(181);
    assertThat(RawOnOffice.records(response, 7).get(0)).containsEntry("elements", List.of());
    assertThat(RawOnOffice.errorCode(response, 8)).isEqualTo(185);
    assertThat(fake.store().relations()).hasSize(1);
  }

  @Test
  void seedsTasksAndNotesDirectly() {
    long address = fake.store().seedAddress(Map.of("Name", "K"));

    long task = fake.store().seedTask(address, Map.of("Betreff", "Seeded", "Prio", 1));
    long note =
        fake.store()
            .seedNote(
                address, "Notiz", "seeded note", java.time.LocalDateTime.of(2025, 1, 2, 3, 4, 5));

    assertThat(fake.store().tasks())
        .singleElement()
        .satisfies(t -> assertThat(t).containsEntry("id", task).containsEntry("Prio", 1L));
    assertThat(fake.store().activities())
        .singleElement()
        .satisfies(
            a ->
                assertThat(a)
                    .containsEntry("id", note)
                    .containsEntry("Datum", "2025-01-02 03:04:05")
                    .containsEntry("Aktionsart", "Notiz"));
    assertThat(fake.store().relations()).hasSize(2);
  }

  @Test
  void injectsSharedTransportFaults() {
    fake.faults().script(Fault.status(502), Fault.malformedJson(), Fault.expiredToken());

    assertThat(raw.post("{}")).contains("502");
    assertThat(raw.post("{}")).doesNotStartWith("{\"status\"");
    assertThat(RawOnOffice.status(raw.send(raw.action("read", "address", "", Map.of()))))
        .containsEntry("errorcode", 22.0);
    assertThat(fake.journal().entries()).allMatch(e -> e.faulted());
  }

  private static String type(String suffix) {
    return "urn:onoffice-de-ns:smart:2.5:relationTypes:" + suffix;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Object value) {
    return (Map<String, Object>) value;
  }
}
