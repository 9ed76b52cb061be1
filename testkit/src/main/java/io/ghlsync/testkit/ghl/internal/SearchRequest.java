package io.ghlsync.testkit.ghl.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A parsed and validated {@code POST /contacts/search} body (reference §3.5b): {@code locationId}
 * and {@code pageLimit} (at most 500) are required; {@code page} and {@code searchAfter} exclude
 * each other; page times pageLimit may not pass 10,000.
 *
 * @param locationId the location searched
 * @param pageLimit contacts per page
 * @param page the 1-based page
 * @param searchAfter the cursor (sort values then id), empty for none
 * @param filters the filters, ANDed
 * @param sort the sort keys, never empty (default {@code dateAdded asc})
 * @param query the full-text query, empty for none
 */
public record SearchRequest(
    String locationId,
    int pageLimit,
    int page,
    List<Object> searchAfter,
    List<SearchFilter> filters,
    List<SortKey> sort,
    String query) {

  /** Most contacts per page. */
  public static final int MAX_PAGE_LIMIT = 500;

  /** Most contacts reachable with page numbers. */
  public static final int MAX_WINDOW = 10_000;

  private static final Set<String> ALLOWED =
      Set.of("locationId", "pageLimit", "page", "searchAfter", "filters", "sort", "query");

  /**
   * A sort key.
   *
   * @param field the contact field
   * @param ascending the direction
   */
  public record SortKey(String field, boolean ascending) {}

  /**
   * Parses and validates a body.
   *
   * @param body the parsed body
   * @return the request
   * @throws GhlProblem a 422 listing every problem
   */
  public static SearchRequest parse(Map<String, Object> body) {
    DtoCheck check =
        DtoCheck.of(body, ALLOWED).required("locationId").string("locationId").string("query");
    List<String> problems = new ArrayList<>();
    int pageLimit = integer(body.get("pageLimit"), "pageLimit", problems, 0);
    if (body.get("pageLimit") == null) {
      problems.add("pageLimit should not be empty");
    } else if (pageLimit < 1) {
      problems.add("pageLimit must not be less than 1");
    } else if (pageLimit > MAX_PAGE_LIMIT) {
      problems.add("pageLimit must not be greater than " + MAX_PAGE_LIMIT);
    }
    int page = integer(body.get("page"), "page", problems, 1);
    if (page < 1) {
      problems.add("page must not be less than 1");
    }
    List<Object> cursor = new ArrayList<>();
    if (body.get("searchAfter") instanceof List<?> list) {
      cursor.addAll(list);
    } else if (body.get("searchAfter") != null) {
      problems.add("searchAfter must be an array");
    }
    if (body.get("page") != null && !cursor.isEmpty()) {
      problems.add("page and searchAfter cannot be used together");
    }
    if ((long) page * Math.max(pageLimit, 1) > MAX_WINDOW) {
      problems.add(
          "page * pageLimit must not be greater than "
              + MAX_WINDOW
              + "; use searchAfter to page beyond 10000 records");
    }
    String query = JsonTree.text(body, "query").orElse("");
    if (query.length() > SearchFilter.MAX_VALUE_LENGTH) {
      problems.add("query must be shorter than or equal to 75 characters");
    }
    List<SearchFilter> filters = SearchFilter.parseAll(body.get("filters"), "filters", problems);
    List<SortKey> sort = sort(body.get("sort"), problems);
    problems.forEach(p -> check.check(false, p));
    check
        .failure()
        .ifPresent(
            r -> {
              throw new GhlProblem(r);
            });
    return new SearchRequest(
        JsonTree.requireText(body, "locationId"), pageLimit, page, cursor, filters, sort, query);
  }

  private static List<SortKey> sort(@Nullable Object raw, List<String> problems) {
    List<SortKey> keys = new ArrayList<>();
    if (raw instanceof List<?> items) {
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i) instanceof Map<?, ?> item && item.get("field") instanceof String field) {
          String direction =
              item.get("direction") == null ? "asc" : String.valueOf(item.get("direction"));
          if (!direction.equalsIgnoreCase("asc") && !direction.equalsIgnoreCase("desc")) {
            problems.add("sort." + i + ".direction must be one of the following values: asc, desc");
          }
          keys.add(new SortKey(field, !direction.toLowerCase(Locale.ROOT).equals("desc")));
        } else {
          problems.add("sort." + i + ".field should not be empty");
        }
      }
    } else if (raw != null) {
      problems.add("sort must be an array");
    }
    if (keys.isEmpty()) {
      keys.add(new SortKey("dateAdded", true));
    }
    return keys;
  }

  private static int integer(@Nullable Object raw, String name, List<String> problems, int absent) {
    if (raw == null) {
      return absent;
    }
    if (raw instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      return (int) Math.min(Integer.MAX_VALUE, n.longValue());
    }
    problems.add(name + " must be an integer number");
    return absent;
  }
}
