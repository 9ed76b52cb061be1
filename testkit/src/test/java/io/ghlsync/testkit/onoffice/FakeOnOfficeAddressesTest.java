package io.ghlsync.testkit.onoffice;

import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.testkit.TestClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fake's address behaviour and quirks, over raw HTTP. */
class FakeOnOfficeAddressesTest {
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

  private long create(Map<String, Object> parameters) {
    Map<String, Object> record =
        RawOnOffice.records(raw.send(raw.action("create", "address", "", parameters)), 0).get(0);
    return ((Number) record.get("id")).longValue();
  }

  private List<Long> idsWhere(String field, Object value) {
    List<Long> ids = new ArrayList<>();
    read(Map.of("filter", filter(field, "=", value)))
        .forEach(r -> ids.add(((Number) r.get("id")).longValue()));
    return ids;
  }

  @Test
  void equalityLookUpsFollowEveryWriteAndKeepTheFiltersSemantics() {
    long max = create(Map.of("Vorname", "Max", "email", "Max@Example.de", "phone", "+4930123"));
    long mia = create(Map.of("Vorname", "Mia", "email", "mia@example.de"));
    assertThat(idsWhere("email", "max@EXAMPLE.de")).containsExactly(max);
    assertThat(idsWhere("phone", "+4930123")).containsExactly(max);
    assertThat(idsWhere("Vorname", "mia")).containsExactly(mia);

    raw.send(
        raw.action(
            "modify",
            "address",
            String.valueOf(max),
            Map.of(
                "Vorname",
                "Maxi",
                "email",
                Map.of("action", "modify", "oldvalue", "Max@Example.de", "newvalue", "m@x.de"))));
    long third = create(Map.of("Vorname", "Maxi", "email", "m@x.de"));

    assertThat(idsWhere("email", "max@example.de")).isEmpty();
    assertThat(idsWhere("email", "m@x.de")).containsExactly(max, third);
    assertThat(idsWhere("Vorname", "Max")).isEmpty();
    assertThat(idsWhere("Vorname", "maxi")).containsExactly(max, third);
    assertThat(idsWhere("Id", mia)).containsExactly(mia);
    assertThat(
            read(
                Map.of(
                    "filter",
                    Map.of(
                        "Vorname",
                        List.of(Map.of("op", "=", "val", "Maxi")),
                        "Id",
                        List.of(Map.of("op", ">", "val", max))))))
        .extracting(r -> ((Number) r.get("id")).longValue())
        .containsExactly(third);
  }

  @Test
  void createAnswersWithAnEmptyElementsArrayAndNullTotal() {
    Map<String, Object> response =
        raw.send(
            raw.action(
                "create",
                "address",
                "",
                Map.of(
                    "Vorname",
                    "Max",
                    "email",
                    "max@example.de",
                    "HerkunftKontakt",
                    List.of("Newsletter", "Web"))));

    Map<String, Object> record = RawOnOffice.records(response, 0).get(0);
    assertThat(record.get("elements")).isEqualTo(List.of());
    assertThat(RawOnOffice.cntabsolute(response, 0)).isNull();
    assertThat(RawOnOffice.result(response, 0)).containsEntry("cacheable", false);
    long id = ((Number) record.get("id")).longValue();
    Map<String, Object> stored = fake.store().address(id).orElseThrow();
    assertThat(stored).containsEntry("Status", 1L).containsKey("uuid").containsKey("Aenderung");
    Map<String, Object> read =
        read(Map.of(
                "recordids",
                List.of(id),
                "data",
                List.of("Status", "HerkunftKontakt", "email", "Email")))
            .get(0);
    assertThat(cast(read.get("elements")))
        .containsEntry("Status", "1")
        .containsEntry("HerkunftKontakt", "|Newsletter||Web|")
        .containsEntry("Email", "max@example.de")
        .containsKey("email__13001");
  }

  @Test
  void filtersWithEveryOperatorAndPagesWithTheTotal() {
    fake.store().seedAddresses(12);

    assertThat(read(Map.of("filter", filter("Vorname", "like", "m%"), "data", List.of("Vorname"))))
        .hasSize(3);
    assertThat(read(Map.of("filter", filter("Vorname", "not like", "m%"), "listlimit", 500)))
        .hasSize(9);
    assertThat(read(Map.of("filter", filter("Vorname", "in", List.of("Max", "Mia"))))).hasSize(3);
    assertThat(read(Map.of("filter", filter("Vorname", "not in", List.of("Max"))))).hasSize(10);
    assertThat(read(Map.of("filter", filter("Vorname", "!=", "Max")))).hasSize(10);
    assertThat(read(Map.of("filter", filter("Id", "between", List.of(1003, 1005))))).hasSize(3);
    assertThat(read(Map.of("filter", filter("Id", ">", 1010)))).hasSize(2);
    assertThat(read(Map.of("filter", filter("Id", "<=", 1001)))).hasSize(1);
    assertThat(read(Map.of("filter", filter("email", "=", "MAX.MUSTERMANN.0@EXAMPLE.COM"))))
        .hasSize(1);
    assertThat(read(Map.of("filter", filter("phone", "=", "+49 241 100003")))).hasSize(1);

    Map<String, Object> page =
        raw.send(
            raw.action(
                "read",
                "address",
                "",
                Map.of(
                    "listlimit",
                    5,
                    "listoffset",
                    10,
                    "sortby",
                    "Vorname",
                    "sortorder",
                    "DESC",
                    "data",
                    List.of("Vorname"))));
    assertThat(RawOnOffice.records(page, 0)).hasSize(2);
    assertThat(RawOnOffice.cntabsolute(page, 0)).isEqualTo(12.0);
    fake.store().seedAddresses(13);
    assertThat(read(Map.of())).hasSize(20);
    assertThat(read(Map.of("listlimit", 9000))).hasSize(25);
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
    long id =
        fake.store()
            .seedAddress(
                Map.of("Name", "A", "email", "a@x.de", "email_business", "b@x.de", "phone", "1"));
    fake.store()
        .seedAddress(Map.of("Name", "B", "email_private", "same@x.de", "email", "same@x.de"));

    Map<String, Object> response =
        raw.send(
            List.of(
                raw.action(
                    "modify",
                    "address",
                    String.valueOf(id),
                    Map.of(
                        "email",
                        Map.of(
                            "action",
                            "modify",
                            "oldvalue",
                            "b@x.de",
                            "newvalue",
                            "c@x.de",
                            "default",
                            true))),
                raw.action(
                    "modify",
                    "address",
                    String.valueOf(id),
                    Map.of("phone", Map.of("action", "delete", "oldvalue", "1"))),
                raw.action(
                    "modify",
                    "address",
                    String.valueOf(id),
                    Map.of("fax", Map.of("action", "add", "newvalue", "9"))),
                raw.action(
                    "modify",
                    "address",
                    String.valueOf(id),
                    Map.of("email", Map.of("action", "delete", "oldvalue", "zzz"))),
                raw.action(
                    "modify",
                    "address",
                    "1002",
                    Map.of("email", Map.of("action", "delete", "oldvalue", "same@x.de"))),
                raw.action(
                    "modify",
                    "address",
                    String.valueOf(id),
                    Map.of("email", Map.of("action", "add"))),
                raw.action(
                    "modify",
                    "address",
                    String.valueOf(id),
                    Map.of("email", Map.of("action", "modify", "newvalue", "q"))),
                raw.action("modify", "address", String.valueOf(id), Map.of("email", "plain")),
                raw.action(
                    "modify",
                    "address",
                    String.valueOf(id),
                    Map.of("email", Map.of("action", "drop")))));

    assertThat(
            List.of(0, 1, 2, 3, 4, 5, 6, 7, 8).stream()
                .map(i -> RawOnOffice.errorCode(response, i))
                .toList())
        .containsExactly(0, 0, 0, 83, 87, 85, 86, 82, 82);
    Map<String, Object> read =
        cast(
            read(Map.of("recordids", List.of(id), "data", List.of("Email", "Telefon1", "fax")))
                .get(0)
                .get("elements"));
    assertThat(read)
        .containsEntry("Email", "c@x.de")
        .containsEntry("Telefon1", "")
        .containsValue("9");
    assertThat(RawOnOffice.records(response, 0).get(0).get("elements"))
        .isEqualTo(Map.of("success", "success"));
  }

  @Test
  void checkDuplicateMergesIntoTheLowestIdAndDefaultsMustBeGiven() {
    long first = fake.store().seedAddress(Map.of("Name", "Alt", "email", "dup@x.de"));
    fake.store().seedAddress(Map.of("Name", "Zwei", "email", "dup@x.de"));

    Map<String, Object> merged =
        raw.send(
            raw.action(
                "create",
                "address",
                "",
                Map.of(
                    "Name",
                    "Neu",
                    "email",
                    "DUP@x.de",
                    "checkDuplicate",
                    true,
                    "noOverrideByDuplicate",
                    true)));
    Map<String, Object> badDefault =
        raw.send(
            raw.action(
                "create", "address", "", Map.of("email", "a@x.de", "default_email", "b@x.de")));
    Map<String, Object> badPhone =
        raw.send(raw.action("create", "address", "", Map.of("phone", "1", "default_phone", "2")));

    assertThat(((Number) RawOnOffice.records(merged, 0).get(0).get("id")).longValue())
        .isEqualTo(first);
    assertThat(fake.store().address(first).orElseThrow()).containsEntry("Name", "Alt");
    assertThat(RawOnOffice.errorCode(badDefault, 0)).isEqualTo(258);
    assertThat(RawOnOffice.errorCode(badPhone, 0)).isEqualTo(260);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Object value) {
    return (Map<String, Object>) value;
  }
}
