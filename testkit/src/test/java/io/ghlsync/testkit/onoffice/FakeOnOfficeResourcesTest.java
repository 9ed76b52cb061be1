package io.ghlsync.testkit.onoffice;

import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.testkit.Fault;
import io.ghlsync.testkit.TestClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fake's address, task, agents-log and relation behaviour and quirks, over raw HTTP. */
class FakeOnOfficeResourcesTest {
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

  private List<Map<String, Object>> read(Map<String, ?> parameters) {
    return RawOnOffice.records(raw.send(raw.action("read", "address", "", parameters)), 0);
  }

  @Test
  void createAnswersWithAnEmptyElementsArrayAndNullTotal() {
    Map<String, Object> response =
        raw.send(
            raw.action(
                "create",
                "address",
                "",
                Map.of("Vorname", "Max", "email", "max@example.de", "HerkunftKontakt", List.of("Newsletter", "Web"))));

    Map<String, Object> record = RawOnOffice.records(response, 0).get(0);
    assertThat(record.get("elements")).isEqualTo(List.of());
    assertThat(RawOnOffice.cntabsolute(response, 0)).isNull();
    assertThat(RawOnOffice.result(response, 0)).containsEntry("cacheable", false);
    long id = ((Number) record.get("id")).longValue();
    Map<String, Object> stored = fake.address(id).orElseThrow();
    assertThat(stored).containsEntry("Status", 1L).containsKey("uuid").containsKey("Aenderung");
    Map<String, Object> read =
        read(Map.of("recordids", List.of(id), "data", List.of("Status", "HerkunftKontakt", "email", "Email")))
            .get(0);
    assertThat((Map<String, Object>) cast(read.get("elements")))
        .containsEntry("Status", "1")
        .containsEntry("HerkunftKontakt", "|Newsletter||Web|")
        .containsEntry("Email", "max@example.de")
        .containsKey("email__13001");
  }

  @Test
  void filtersWithEveryOperatorAndPagesWithTheTotal() {
    fake.seedAddresses(12);

    assertThat(read(Map.of("filter", filter("Vorname", "like", "m%"), "data", List.of("Vorname")))).hasSize(4);
    assertThat(read(Map.of("filter", filter("Vorname", "not like", "m%"), "listlimit", 500))).hasSize(8);
    assertThat(read(Map.of("filter", filter("Vorname", "in", List.of("Max", "Mia"))))).hasSize(4);
    assertThat(read(Map.of("filter", filter("Vorname", "not in", List.of("Max"))))).hasSize(10);
    assertThat(read(Map.of("filter", filter("Vorname", "!=", "Max")))).hasSize(10);
    assertThat(read(Map.of("filter", filter("Id", "between", List.of(1003, 1005))))).hasSize(3);
    assertThat(read(Map.of("filter", filter("Id", ">", 1010)))).hasSize(2);
    assertThat(read(Map.of("filter", filter("Id", "<=", 1001)))).hasSize(1);
    assertThat(read(Map.of("filter", filter("email", "=", "MAX.MUSTERMANN.0@EXAMPLE.COM")))).hasSize(1);
    assertThat(read(Map.of("filter", filter("phone", "=", "+49 241 100003")))).hasSize(1);

    Map<String, Object> page =
        raw.send(raw.action("read", "address", "", Map.of("listlimit", 5, "listoffset", 10, "sortby", "Vorname", "sortorder", "DESC", "data", List.of("Vorname"))));
    assertThat(RawOnOffice.records(page, 0)).hasSize(2);
    assertThat(RawOnOffice.cntabsolute(page, 0)).isEqualTo(12.0);
    assertThat(read(Map.of())).hasSize(20);
    assertThat(read(Map.of("listlimit", 9000))).hasSize(12);
  }

  @Test
  void reportsFilterAndLimitErrors() {
    List<Long> ids = new ArrayList<>();
    for (long i = 0; i < 501; i++) {
      ids.add(i);
    }
    Map<String, Object> response =
        raw.send(
            List.of(
                raw.action("read", "address", "", Map.of("filter", filter("Name", "~", "x"))),
                raw.action("read", "address", "", Map.of("recordids", ids)),
                raw.action("read", "address", "", Map.of("listlimit", 0)),
                raw.action("read", "address", "", Map.of("filter", "Name")),
                raw.action("read", "address", "", Map.of("data", "Name"))));

    assertThat(RawOnOffice.errorCode(response, 0)).isEqualTo(142);
    assertThat(RawOnOffice.errorCode(response, 1)).isEqualTo(302);
    assertThat(RawOnOffice.errorCode(response, 2)).isEqualTo(255);
    assertThat(RawOnOffice.errorCode(response, 3)).isEqualTo(257);
    assertThat(RawOnOffice.errorCode(response, 4)).isEqualTo(255);
  }

  @Test
  void modifiesContactEntriesByTheirUniqueOldValue() {
    long id = fake.seedAddress(Map.of("Name", "A", "email", "a@x.de", "email_business", "b@x.de", "phone", "1"));
    fake.seedAddress(Map.of("Name", "B", "email_private", "same@x.de", "email", "same@x.de"));

    Map<String, Object> response =
        raw.send(
            List.of(
                raw.action("modify", "address", String.valueOf(id), Map.of("email", Map.of("action", "modify", "oldvalue", "b@x.de", "newvalue", "c@x.de", "default", true))),
                raw.action("modify", "address", String.valueOf(id), Map.of("phone", Map.of("action", "delete", "oldvalue", "1"))),
                raw.action("modify", "address", String.valueOf(id), Map.of("fax", Map.of("action", "add", "newvalue", "9"))),
                raw.action("modify", "address", String.valueOf(id), Map.of("email", Map.of("action", "delete", "oldvalue", "zzz"))),
                raw.action("modify", "address", "1002", Map.of("email", Map.of("action", "delete", "oldvalue", "same@x.de"))),
                raw.action("modify", "address", String.valueOf(id), Map.of("email", Map.of("action", "add"))),
                raw.action("modify", "address", String.valueOf(id), Map.of("email", Map.of("action", "modify", "newvalue", "q"))),
                raw.action("modify", "address", String.valueOf(id), Map.of("email", "plain")),
                raw.action("modify", "address", String.valueOf(id), Map.of("email", Map.of("action", "drop")))));

    assertThat(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8).stream().map(i -> RawOnOffice.errorCode(response, i)).toList())
        .containsExactly(0, 0, 0, 83, 87, 85, 86, 82, 82);
    Map<String, Object> read =
        cast(read(Map.of("recordids", List.of(id), "data", List.of("Email", "Telefon1", "fax"))).get(0).get("elements"));
    assertThat(read).containsEntry("Email", "c@x.de").containsEntry("Telefon1", "").containsValue("9");
    assertThat(RawOnOffice.records(response, 0).get(0).get("elements")).isEqualTo(Map.of("success", "success"));
  }

  @Test
  void checkDuplicateMergesIntoTheLowestIdAndDefaultsMustBeGiven() {
    long first = fake.seedAddress(Map.of("Name", "Alt", "email", "dup@x.de"));
    fake.seedAddress(Map.of("Name", "Zwei", "email", "dup@x.de"));

    Map<String, Object> merged =
        raw.send(raw.action("create", "address", "", Map.of("Name", "Neu", "email", "DUP@x.de", "checkDuplicate", true, "noOverrideByDuplicate", true)));
    Map<String, Object> badDefault =
        raw.send(raw.action("create", "address", "", Map.of("email", "a@x.de", "default_email", "b@x.de")));
    Map<String, Object> badPhone =
        raw.send(raw.action("create", "address", "", Map.of("phone", "1", "default_phone", "2")));

    assertThat(((Number) RawOnOffice.records(merged, 0).get(0).get("id")).longValue()).isEqualTo(first);
    assertThat(fake.address(first).orElseThrow()).containsEntry("Name", "Alt");
    assertThat(RawOnOffice.errorCode(badDefault, 0)).isEqualTo(258);
    assertThat(RawOnOffice.errorCode(badPhone, 0)).isEqualTo(260);
  }

  @Test
  void tasksHaveNoOffsetAndCountOnlyReturnedRows() {
    long address = fake.seedAddress(Map.of("Name", "K"));
    for (int i = 0; i < 3; i++) {
      raw.send(raw.action("create", "task", "", Map.of("data", Map.of("Betreff", "T" + i, "Prio", 2), "relatedAddressId", address)));
    }

    Map<String, Object> list =
        raw.send(raw.action("read", "task", "", Map.of("relatedAddressId", address, "listlimit", 2, "listoffset", 2, "data", List.of("Betreff", "Prio"))));

    assertThat(RawOnOffice.records(list, 0)).hasSize(2);
    assertThat(RawOnOffice.cntabsolute(list, 0)).isEqualTo(2.0);
    assertThat(RawOnOffice.result(list, 0)).containsEntry("cacheable", false);
    Map<String, Object> first = cast(RawOnOffice.records(list, 0).get(0).get("elements"));
    assertThat(first).containsEntry("Betreff", "T0").containsEntry("Prio", "2").containsEntry("relatedAddressId", List.of(String.valueOf(address)));

    Map<String, Object> modify = raw.send(raw.action("modify", "task", "401", Map.of("data", Map.of("Status", 3))));
    assertThat(RawOnOffice.records(modify, 0).get(0)).containsEntry("id", 0.0);
    Map<String, Object> errors =
        raw.send(
            List.of(
                raw.action("modify", "task", "9", Map.of("data", Map.of("Status", 3))),
                raw.action("create", "task", "", Map.of("data", Map.of("Prio", 9))),
                raw.action("create", "task", "", Map.of()),
                raw.action("read", "task", "", Map.of("data", List.of("Nr"))),
                raw.action("create", "task", "", Map.of("data", Map.of("Betreff", "x"), "relatedAddressId", 5)),
                raw.action("read", "task", "", Map.of("filter", filter("Nr", ">", 401)))));
    assertThat(List.of(0, 1, 2, 3, 4).stream().map(i -> RawOnOffice.errorCode(errors, i)).toList())
        .containsExactly(235, 255, 254, 143, 292);
    assertThat(RawOnOffice.records(errors, 5)).hasSize(2);
    assertThat(fake.tasks()).hasSize(3).allMatch(t -> t.get("relatedAddressId").equals(address));
  }

  @Test
  void agentsLogCreatesOneEntryPerAddressAndReadsNewestFirst() {
    long a = fake.seedAddress(Map.of("Name", "A"));
    long b = fake.seedAddress(Map.of("Name", "B"));

    Map<String, Object> created =
        raw.send(raw.action("create", "agentslog", "", Map.of("addressids", List.of(a, b), "actionkind", "Email", "note", "hi", "datetime", "2025-01-01 08:00:00")));
    raw.send(raw.action("create", "agentslog", "", Map.of("addressids", List.of(a), "note", "later")));
    Map<String, Object> typo = raw.send(raw.action("create", "agentslog", "", Map.of("addressid", List.of(a), "note", "x")));
    Map<String, Object> forbidden =
        raw.send(raw.action("read", "agentslog", "", Map.of("filter", filter("Benutzer", "=", "x"))));

    assertThat(RawOnOffice.records(created, 0).get(0)).containsEntry("type", "agentsLog");
    assertThat(fake.activities()).hasSize(3);
    assertThat(RawOnOffice.errorCode(typo, 0)).isEqualTo(254);
    assertThat(RawOnOffice.errorCode(forbidden, 0)).isEqualTo(257);
    Map<String, Object> history =
        raw.send(raw.action("read", "agentslog", "", Map.of("addressid", List.of(a), "data", List.of("Bemerkung", "Adress_nr", "merkmal"))));
    assertThat(RawOnOffice.records(history, 0))
        .extracting(r -> cast(r.get("elements")).get("Bemerkung"))
        .containsExactly("later", "hi");
    assertThat(cast(RawOnOffice.records(history, 0).get(0).get("elements")))
        .containsEntry("Adress_nr", List.of(String.valueOf(a)))
        .containsEntry("merkmal", null);
    Map<String, Object> oldestFirst =
        raw.send(raw.action("read", "agentslog", "", Map.of("addressid", List.of(a), "sortby", "Datum", "sortorder", "ASC", "data", List.of("Bemerkung"))));
    assertThat(cast(RawOnOffice.records(oldestFirst, 0).get(0).get("elements"))).containsEntry("Bemerkung", "hi");
  }

  @Test
  void relationsAreOneToManyAndReadableFromBothSides() {
    Map<String, Object> response =
        raw.send(
            List.of(
                raw.action("create", "relation", "", Map.of("relationtype", type("address:contact:address"), "parentid", List.of(1), "childid", List.of(2, 3))),
                raw.action("create", "relation", "", Map.of("relationtype", type("address:contact:address"), "parentid", List.of(1, 2), "childid", List.of(3, 4))),
                raw.action("get", "idsfromrelation", "", Map.of("relationtype", type("address:contact:address"), "parentids", List.of(1, 9))),
                raw.action("get", "idsfromrelation", "", Map.of("relationtype", type("address:contact:address"), "childids", List.of(3))),
                raw.action("get", "idsfromrelation", "", Map.of("relationtype", "nope", "childids", List.of(3))),
                raw.action("delete", "relation", "", Map.of("relationtype", type("address:contact:address"), "parentid", 1, "childid", 2)),
                raw.action("delete", "relation", "", Map.of("relationtype", type("address:contact:address"), "parentid", 1, "childid", 2)),
                raw.action("get", "idsfromrelation", "", Map.of("relationtype", type("task:address"), "parentids", List.of(1))),
                raw.action("get", "idsfromrelation", "", Map.of("relationtype", type("task:address")))));

    assertThat(RawOnOffice.errorCode(response, 0)).isZero();
    assertThat(RawOnOffice.errorCode(response, 1)).isEqualTo(219);
    assertThat(RawOnOffice.records(response, 2).get(0))
        .containsEntry("id", "relatedIds")
        .containsEntry("elements", Map.of("1", List.of("2", "3")));
    assertThat(RawOnOffice.records(response, 3).get(0)).containsEntry("elements", Map.of("3", List.of("1")));
    assertThat(RawOnOffice.errorCode(response, 4)).isEqualTo(132);
    assertThat(RawOnOffice.errorCode(response, 5)).isZero();
    assertThat(RawOnOffice.errorCode(response, 6)).isEqualTo(181);
    assertThat(RawOnOffice.records(response, 7).get(0)).containsEntry("elements", List.of());
    assertThat(RawOnOffice.errorCode(response, 8)).isEqualTo(185);
    assertThat(fake.relations()).hasSize(1);
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
