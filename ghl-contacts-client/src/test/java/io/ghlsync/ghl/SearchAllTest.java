package io.ghlsync.ghl;

import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.ghl.model.Contact;
import io.ghlsync.ghl.model.ListContactsRequest;
import io.ghlsync.ghl.model.SearchContactsRequest;
import io.ghlsync.ghl.model.Sort;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class SearchAllTest {
  private static final int RECORDS = 25_000;

  /** Generates search pages over RECORDS contacts, enforcing GHL's 10,000-record page cap. */
  private static final class SearchServer extends Dispatcher {
    final List<String> modes = new CopyOnWriteArrayList<>();

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      Map<?, ?> body = (Map<?, ?>) MockGhl.parse(MockGhl.body(request));
      int limit = ((Number) body.get("pageLimit")).intValue();
      int from;
      if (body.containsKey("page") && body.containsKey("searchAfter")) {
        return error("page and searchAfter cannot be combined");
      } else if (body.containsKey("searchAfter")) {
        List<?> after = (List<?>) body.get("searchAfter");
        from = ((Number) after.get(0)).intValue() + 1;
        modes.add("searchAfter");
      } else {
        int page = ((Number) body.get("page")).intValue();
        if ((long) page * limit > 10_000) {
          return error("page * pageLimit must not exceed 10000");
        }
        from = (page - 1) * limit;
        modes.add("page" + page);
      }
      StringBuilder json = new StringBuilder("{\"contacts\":[");
      for (int i = from; i < Math.min(from + limit, RECORDS); i++) {
        if (i > from) {
          json.append(',');
        }
        String id = String.format("c%05d", i);
        json.append("{\"id\":\"").append(id).append("\",\"searchAfter\":[").append(i);
        json.append(",\"").append(id).append("\"]}");
      }
      json.append("],\"total\":").append(RECORDS).append('}');
      return new MockResponse.Builder().code(200).body(json.toString()).build();
    }

    private static MockResponse error(String message) {
      return new MockResponse.Builder()
          .code(422)
          .body("{\"statusCode\":422,\"message\":[\"" + message + "\"]}")
          .build();
    }
  }

  @Test
  void searchAllCrossesTheTenThousandCapWithSearchAfterAndYieldsEveryRecordOnce() {
    try (MockGhl ghl = new MockGhl()) {
      SearchServer server = new SearchServer();
      ghl.server.setDispatcher(server);
      GhlClient client = ghl.client();

      List<String> ids =
          client
              .contacts()
              .searchAll(
                  SearchContactsRequest.builder()
                      .pageLimit(500)
                      .sort(Sort.asc("dateAdded"))
                      .build())
              .map(Contact::id)
              .collect(Collectors.toList());

      assertThat(ids).hasSize(RECORDS).doesNotHaveDuplicates();
      assertThat(ids.get(0)).isEqualTo("c00000");
      assertThat(ids.get(RECORDS - 1)).isEqualTo("c24999");
      assertThat(server.modes.subList(0, 20)).allMatch(m -> m.startsWith("page"));
      assertThat(server.modes.get(19)).isEqualTo("page20");
      assertThat(server.modes.subList(20, server.modes.size())).containsOnly("searchAfter");
      assertThat(server.modes).hasSize(50);
    }
  }

  @Test
  void searchAllIsLazy() {
    try (MockGhl ghl = new MockGhl()) {
      SearchServer server = new SearchServer();
      ghl.server.setDispatcher(server);

      List<Contact> first =
          ghl.client()
              .contacts()
              .searchAll(SearchContactsRequest.builder().pageLimit(100).build())
              .limit(150)
              .collect(Collectors.toList());

      assertThat(first).hasSize(150);
      assertThat(server.modes).containsExactly("page1", "page2");
    }
  }

  @Test
  @SuppressWarnings("deprecation")
  void listAllFollowsMetaCursorsAndStopsWhenGhlRepeatsACursor() {
    try (MockGhl ghl = new MockGhl()) {
      ghl.enqueue(200, listPage("a", "b", "cursor1", 1000));
      ghl.enqueue(200, listPage("c", "d", "cursor2", 2000));
      ghl.enqueue(200, listPage("e", "f", "cursor2", 2000));

      List<String> ids =
          ghl.client()
              .contacts()
              .listAll(ListContactsRequest.builder().limit(2).build())
              .map(Contact::id)
              .collect(Collectors.toList());

      assertThat(ids).containsExactly("a", "b", "c", "d", "e", "f");
      String location = "/contacts/?locationId=" + MockGhl.LOCATION;
      ghl.take("GET", location + "&limit=2");
      ghl.take("GET", location + "&startAfterId=cursor1&startAfter=1000&limit=2");
      ghl.take("GET", location + "&startAfterId=cursor2&startAfter=2000&limit=2");
      assertThat(ghl.server.getRequestCount()).isEqualTo(3);
    }
  }

  @Test
  @SuppressWarnings("deprecation")
  void listAllStopsAtAShortPage() {
    try (MockGhl ghl = new MockGhl()) {
      ghl.enqueue(200, "{\"contacts\":[{\"id\":\"a\"}],\"meta\":{\"startAfterId\":\"x\"}}");

      assertThat(ghl.client().contacts().listAll(ListContactsRequest.builder().build())).hasSize(1);
      assertThat(ghl.server.getRequestCount()).isEqualTo(1);
    }
  }

  private static String listPage(String a, String b, String afterId, long after) {
    return "{\"contacts\":[{\"id\":\""
        + a
        + "\"},{\"id\":\""
        + b
        + "\"}],\"meta\":{\"startAfterId\":\""
        + afterId
        + "\",\"startAfter\":"
        + after
        + "}}";
  }
}
