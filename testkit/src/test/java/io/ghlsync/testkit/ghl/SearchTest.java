package io.ghlsync.testkit.ghl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SearchTest {
  private FakeGhl ghl;
  private FakeGhlLocation location;
  private GhlHttp http;

  @BeforeEach
  void start() {
    ghl = FakeGhl.builder().seed(4).start();
    location = ghl.location("loc-1");
    http = new GhlHttp(ghl, location.privateToken("contacts.readonly", "contacts.write"));
    location.createContact(
        Map.of(
            "firstName",
            "Ann",
            "lastName",
            "Zed",
            "email",
            "ann@example.com",
            "tags",
            List.of("buyer", "vip"),
            "dateAdded",
            "2024-01-10T00:00:00Z"));
    location.createContact(
        Map.of(
            "firstName",
            "Ben",
            "lastName",
            "Young",
            "email",
            "ben@example.org",
            "tags",
            List.of("seller"),
            "dateAdded",
            "2024-02-10T00:00:00Z",
            "city",
            "Berlin"));
    location.createContact(
        Map.of(
            "firstName",
            "Cid",
            "lastName",
            "Xu",
            "phone",
            "+15550001111",
            "dateAdded",
            "2024-03-10T00:00:00Z"));
  }

  @AfterEach
  void stop() {
    ghl.close();
  }

  private GhlHttp.Reply search(Map<String, Object> extra) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("locationId", "loc-1");
    body.put("pageLimit", 20);
    body.putAll(extra);
    return http.post("/contacts/search", body);
  }

  private static List<Object> names(GhlHttp.Reply reply) {
    return reply.list("contacts").stream().map(c -> c.get("firstName")).toList();
  }

  @Test
  void filtersByEqualityContainsTagsAndExistence() {
    assertThat(names(search(Map.of("filters", List.of(cond("email", "eq", "ANN@example.com"))))))
        .containsExactly("Ann");
    assertThat(names(search(Map.of("filters", List.of(cond("email", "contains", "example"))))))
        .containsExactly("Ann", "Ben");
    assertThat(names(search(Map.of("filters", List.of(cond("tags", "eq", "vip"))))))
        .containsExactly("Ann");
    assertThat(names(search(Map.of("filters", List.of(cond("phone", "exists", null))))))
        .containsExactly("Cid");
    assertThat(names(search(Map.of("filters", List.of(cond("city", "not_exists", null))))))
        .containsExactly("Ann", "Cid");
    assertThat(names(search(Map.of("filters", List.of(cond("tags", "not_contains", "sel"))))))
        .containsExactly("Ann", "Cid");
  }

  @Test
  void filtersDateRangesAndOrGroups() {
    Map<String, Object> range =
        cond(
            "dateAdded",
            "range",
            Map.of("gte", "2024-02-01T00:00:00Z", "lt", "2024-03-10T00:00:00Z"));
    assertThat(names(search(Map.of("filters", List.of(range))))).containsExactly("Ben");
    Map<String, Object> millis = cond("dateAdded", "range", Map.of("gt", 1704844800000L));
    assertThat(names(search(Map.of("filters", List.of(millis))))).containsExactly("Ben", "Cid");

    Map<String, Object> or =
        Map.of(
            "group",
            "OR",
            "filters",
            List.of(cond("firstName", "eq", "ann"), cond("lastName", "eq", "xu")));
    assertThat(names(search(Map.of("filters", List.of(or))))).containsExactly("Ann", "Cid");
    assertThat(names(search(Map.of("query", "you")))).containsExactly("Ben");
  }

  @Test
  void sortsAndReportsTotalAndSearchAfterCursorsOfSortValueAndId() {
    GhlHttp.Reply reply =
        search(Map.of("sort", List.of(Map.of("field", "firstName", "direction", "desc"))));

    assertThat(names(reply)).containsExactly("Cid", "Ben", "Ann");
    assertThat(reply.json()).containsEntry("total", 3.0);
    Map<String, Object> first = reply.list("contacts").get(0);
    assertThat(first.get("searchAfter")).isEqualTo(List.of("Cid", first.get("id")));

    GhlHttp.Reply next =
        search(
            Map.of(
                "pageLimit", 1,
                "sort", List.of(Map.of("field", "firstName", "direction", "desc")),
                "searchAfter", first.get("searchAfter")));
    assertThat(names(next)).containsExactly("Ben");
    GhlHttp.Reply byDate =
        search(Map.of("sort", List.of(Map.of("field", "dateAdded", "direction", "desc"))));
    assertThat(names(byDate)).containsExactly("Cid", "Ben", "Ann");
    assertThat(byDate.list("contacts").get(0).get("searchAfter"))
        .isEqualTo(List.of(1710028800000.0, byDate.list("contacts").get(0).get("id")));
  }

  @Test
  void rejectsInvalidBodiesWith422() {
    assertThat(http.post("/contacts/search", Map.of()).messages())
        .contains("locationId should not be empty", "pageLimit should not be empty");
    assertThat(search(Map.of("pageLimit", 501)).messages())
        .containsExactly("pageLimit must not be greater than 500");
    assertThat(search(Map.of("pageLimit", 500, "page", 21)).messages().get(0))
        .startsWith("page * pageLimit must not be greater than 10000");
    assertThat(search(Map.of("page", 1, "searchAfter", List.of(1, "x"))).messages())
        .containsExactly("page and searchAfter cannot be used together");
    assertThat(search(Map.of("filters", List.of(cond("email", "like", "a")))).code())
        .isEqualTo(422);
    assertThat(search(Map.of("filters", List.of(cond("email", "eq", "x".repeat(76))))).code())
        .isEqualTo(422);
    assertThat(search(Map.of("limit", 5)).messages())
        .containsExactly("property limit should not exist");
    assertThat(
            search(Map.of("sort", List.of(Map.of("field", "email")), "searchAfter", List.of("x")))
                .code())
        .isEqualTo(422);
  }

  @Test
  void pagesThroughTenThousandSeededContactsWithSearchAfterWithoutGapsOrRepeats() {
    FakeGhlLocation big = ghl.location("big");
    big.seedContacts(10_000);
    GhlHttp bigHttp = new GhlHttp(ghl, big.privateToken("contacts.readonly"));
    Set<Object> seen = new HashSet<>();
    Object cursor = null;
    int pages = 0;
    while (true) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("locationId", "big");
      body.put("pageLimit", 500);
      body.put("sort", List.of(Map.of("field", "dateAdded", "direction", "asc")));
      if (cursor != null) {
        body.put("searchAfter", cursor);
      }
      GhlHttp.Reply reply = bigHttp.post("/contacts/search", body);
      List<Map<String, Object>> contacts = reply.list("contacts");
      if (contacts.isEmpty()) {
        break;
      }
      assertThat(reply.json()).containsEntry("total", 10_000.0);
      contacts.forEach(c -> seen.add(c.get("id")));
      cursor = contacts.get(contacts.size() - 1).get("searchAfter");
      pages++;
    }
    assertThat(pages).isEqualTo(20);
    assertThat(seen).hasSize(10_000).contains(big.seededContactId(0), big.seededContactId(9_999));
  }

  @Test
  void pageNumbersSkipWithinTheWindow() {
    GhlHttp.Reply second = search(Map.of("pageLimit", 1, "page", 2));
    assertThat(names(second)).containsExactly("Ben");
    GhlHttp.Reply filteredSecond =
        search(
            Map.of("pageLimit", 1, "page", 2, "filters", List.of(cond("email", "exists", null))));
    assertThat(names(filteredSecond)).containsExactly("Ben");
    assertThat(filteredSecond.json()).containsEntry("total", 2.0);
  }

  @Test
  void deprecatedListPagesWithMetaStartAfter() {
    GhlHttp.Reply first = http.get("/contacts/?locationId=loc-1&limit=2");
    assertThat(first.list("contacts")).hasSize(2);
    Map<String, Object> meta = first.object("meta");
    assertThat(meta).containsEntry("total", 3.0).containsKey("nextPageUrl");

    long startAfter = ((Number) meta.get("startAfter")).longValue();
    GhlHttp.Reply second =
        http.get(
            "/contacts/?locationId=loc-1&limit=2&startAfter="
                + startAfter
                + "&startAfterId="
                + meta.get("startAfterId"));
    assertThat(names(second)).containsExactly("Cid");
    assertThat(second.object("meta")).doesNotContainKey("startAfterId");
    assertThat(http.get("/contacts/?locationId=loc-1&limit=101").code()).isEqualTo(422);
    assertThat(http.get("/contacts/?locationId=loc-1&startAfterId=x&startAfter=soon").code())
        .isEqualTo(422);
    assertThat(names(http.get("/contacts/?locationId=loc-1&query=ben"))).containsExactly("Ben");
  }

  private static Map<String, Object> cond(String field, String operator, Object value) {
    Map<String, Object> condition = new LinkedHashMap<>();
    condition.put("field", field);
    condition.put("operator", operator);
    if (value != null) {
      condition.put("value", value);
    }
    return condition;
  }
}
