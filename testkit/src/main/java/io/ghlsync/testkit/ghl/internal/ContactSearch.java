package io.ghlsync.testkit.ghl.internal;

import io.ghlsync.testkit.FakeResponse;
import io.ghlsync.testkit.ghl.internal.SearchRequest.SortKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Runs {@code POST /contacts/search}: filters, full-text query, sort, page or {@code searchAfter}
 * cursor, and {@code total}. Sorting by {@code dateAdded} alone walks the contacts in order and
 * stops after the page, so backfills over large seeded locations stay fast; other sorts collect and
 * sort the matches.
 */
final class ContactSearch {
  private static final List<String> QUERY_FIELDS =
      List.of("firstName", "lastName", "name", "email", "phone", "companyName");

  private ContactSearch() {}

  static FakeResponse run(Call call) {
    SearchRequest request = SearchRequest.parse(call.body());
    call.requireOwnLocation(request.locationId());
    ContactStore contacts = call.location().contacts();
    Predicate<Map<String, Object>> matches = predicate(request);
    boolean unfiltered = request.filters().isEmpty() && request.query().isBlank();
    List<Map<String, Object>> page;
    long total;
    SortKey first = request.sort().get(0);
    if (request.sort().size() == 1 && first.field().equals("dateAdded")) {
      AddedKey after = request.searchAfter().isEmpty() ? null : addedCursor(request);
      page = walkPage(contacts.inAddedOrder(first.ascending(), after), matches, request);
      total = unfiltered ? contacts.size() : count(contacts, matches);
    } else {
      List<Map<String, Object>> all = new ArrayList<>();
      contacts
          .inAddedOrder(true, null)
          .forEachRemaining(
              c -> {
                if (matches.test(c)) {
                  all.add(c);
                }
              });
      total = all.size();
      Comparator<Map<String, Object>> order = comparator(request.sort());
      all.sort(order);
      page = sortedPage(all, request);
    }
    List<Object> rendered = new ArrayList<>();
    for (Map<String, Object> contact : page) {
      Map<String, Object> view = ContactView.read(contact);
      List<Object> cursor = new ArrayList<>();
      for (SortKey key : request.sort()) {
        cursor.add(sortValue(contact, key.field()));
      }
      cursor.add(contact.get("id"));
      view.put("searchAfter", cursor);
      rendered.add(view);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("contacts", rendered);
    body.put("total", total);
    return Call.json(200, body);
  }

  private static List<Map<String, Object>> walkPage(
      Iterator<Map<String, Object>> walk,
      Predicate<Map<String, Object>> matches,
      SearchRequest request) {
    long skip =
        request.searchAfter().isEmpty() ? (long) (request.page() - 1) * request.pageLimit() : 0;
    List<Map<String, Object>> page = new ArrayList<>();
    while (walk.hasNext() && page.size() < request.pageLimit()) {
      Map<String, Object> contact = walk.next();
      if (matches.test(contact)) {
        if (skip > 0) {
          skip--;
        } else {
          page.add(contact);
        }
      }
    }
    return page;
  }

  private static List<Map<String, Object>> sortedPage(
      List<Map<String, Object>> sorted, SearchRequest request) {
    int from = 0;
    if (!request.searchAfter().isEmpty()) {
      List<Object> cursor = request.searchAfter();
      if (cursor.size() != request.sort().size() + 1) {
        throw cursorProblem();
      }
      while (from < sorted.size()
          && compareToCursor(sorted.get(from), request.sort(), cursor) <= 0) {
        from++;
      }
    } else {
      from = (int) Math.min(sorted.size(), (long) (request.page() - 1) * request.pageLimit());
    }
    int to = Math.min(sorted.size(), from + request.pageLimit());
    return new ArrayList<>(sorted.subList(from, to));
  }

  private static int compareToCursor(
      Map<String, Object> contact, List<SortKey> sort, List<Object> cursor) {
    for (int i = 0; i < sort.size(); i++) {
      int cmp = SearchFilter.compare(sortValue(contact, sort.get(i).field()), cursor.get(i));
      if (cmp != 0) {
        return sort.get(i).ascending() ? cmp : -cmp;
      }
    }
    int byId =
        SearchFilter.text(contact.get("id")).compareTo(SearchFilter.text(cursor.get(sort.size())));
    return sort.get(0).ascending() ? byId : -byId;
  }

  private static Comparator<Map<String, Object>> comparator(List<SortKey> sort) {
    Comparator<Map<String, Object>> order = null;
    for (SortKey key : sort) {
      Comparator<Map<String, Object>> one =
          (a, b) -> SearchFilter.compare(sortValue(a, key.field()), sortValue(b, key.field()));
      Comparator<Map<String, Object>> directed = key.ascending() ? one : one.reversed();
      order = order == null ? directed : order.thenComparing(directed);
    }
    Comparator<Map<String, Object>> byId =
        Comparator.comparing(c -> SearchFilter.text(c.get("id")));
    Comparator<Map<String, Object>> tieBreak = sort.get(0).ascending() ? byId : byId.reversed();
    return order == null ? tieBreak : order.thenComparing(tieBreak);
  }

  private static AddedKey addedCursor(SearchRequest request) {
    List<Object> cursor = request.searchAfter();
    if (cursor.size() != 2 || !(cursor.get(0) instanceof Number millis)) {
      throw cursorProblem();
    }
    return new AddedKey(millis.longValue(), SearchFilter.text(cursor.get(1)));
  }

  private static GhlProblem cursorProblem() {
    return new GhlProblem(
        GhlErrors.unprocessable(
            List.of(
                "searchAfter must hold the sort values and the contact id of the last contact"
                    + " of the previous page")));
  }

  private static Object sortValue(Map<String, Object> contact, String field) {
    Object value = ContactView.field(contact, field);
    if (field.startsWith("date") || field.equals("lastActivity")) {
      if (value instanceof String s) {
        return Dates.parseInstant(s).map(Instant::toEpochMilli).map(Object.class::cast).orElse(s);
      }
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value;
    }
    return value == null ? "" : SearchFilter.text(value);
  }

  private static Predicate<Map<String, Object>> predicate(SearchRequest request) {
    String query = request.query().toLowerCase(Locale.ROOT).trim();
    return contact -> {
      for (SearchFilter filter : request.filters()) {
        if (!filter.matches(contact)) {
          return false;
        }
      }
      return query.isEmpty() || queryMatches(contact, query);
    };
  }

  private static boolean queryMatches(Map<String, Object> contact, String query) {
    for (String field : QUERY_FIELDS) {
      @Nullable Object value = ContactView.field(contact, field);
      if (value != null && SearchFilter.text(value).toLowerCase(Locale.ROOT).contains(query)) {
        return true;
      }
    }
    return false;
  }

  private static long count(ContactStore contacts, Predicate<Map<String, Object>> matches) {
    long count = 0;
    for (Iterator<Map<String, Object>> it = contacts.inAddedOrder(true, null); it.hasNext(); ) {
      if (matches.test(it.next())) {
        count++;
      }
    }
    return count;
  }
}
