package io.ghlsync.ghl.model;

import io.ghlsync.core.RedactedString;
import io.ghlsync.ghl.internal.Arguments;
import io.ghlsync.ghl.internal.PathSegments;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The body of {@code POST /contacts/search}.
 *
 * <p>Example: {@code SearchContactsRequest.builder().locationId("loc").pageLimit(100)
 * .filters(Filter.eq("tags", "vip"), FilterGroup.or(Filter.exists("email"),
 * Filter.exists("phone"))).sort(Sort.desc("dateAdded")).build()}
 *
 * <p>Paging: {@code page} works while {@code page * pageLimit <= 10,000}; beyond that GHL needs
 * {@code searchAfter}, the {@link Contact#searchAfter()} of the last contact of the previous page.
 * {@code ContactsService.searchAll} switches automatically.
 *
 * @param locationId the sub-account id; when unset, the client's {@code locationId} is used
 * @param pageLimit contacts per page, 1..500
 * @param page the page number (from 1); not combined with {@code searchAfter}
 * @param searchAfter the cursor to continue after
 * @param filters the filters, ANDed
 * @param sort the sort keys
 * @param query full-text query, at most 75 characters
 */
public record SearchContactsRequest(
    Optional<String> locationId,
    int pageLimit,
    Optional<Integer> page,
    Optional<List<Object>> searchAfter,
    Optional<List<SearchFilter>> filters,
    Optional<List<Sort>> sort,
    Optional<String> query) {

  /** The most contacts GHL returns per search page. */
  public static final int MAX_PAGE_LIMIT = 500;

  /** The deepest record {@code page} paging reaches; beyond it only {@code searchAfter} works. */
  public static final int PAGE_DEPTH_LIMIT = 10_000;

  /** The longest {@code query} GHL accepts. */
  public static final int MAX_QUERY_LENGTH = 75;

  /** The page size used when none is set. */
  public static final int DEFAULT_PAGE_LIMIT = 100;

  /**
   * Starts a request (page size {@value #DEFAULT_PAGE_LIMIT}, first page).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this request's values.
   *
   * @return a new builder with this request's values
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.locationId = locationId;
    b.pageLimit = pageLimit;
    b.page = page;
    b.searchAfter = searchAfter;
    b.filters = filters;
    b.sort = sort;
    b.query = query;
    return b;
  }

  /** Builder of {@link SearchContactsRequest}. */
  public static final class Builder {
    private Optional<String> locationId = Optional.empty();
    private int pageLimit = DEFAULT_PAGE_LIMIT;
    private Optional<Integer> page = Optional.empty();
    private Optional<List<Object>> searchAfter = Optional.empty();
    private Optional<List<SearchFilter>> filters = Optional.empty();
    private Optional<List<Sort>> sort = Optional.empty();
    private Optional<String> query = Optional.empty();

    private Builder() {}

    /**
     * Sets the sub-account id.
     *
     * @param value the location id
     * @return this builder
     */
    public Builder locationId(String value) {
      this.locationId = Optional.of(PathSegments.id(value, "locationId"));
      return this;
    }

    /**
     * Sets the page size.
     *
     * @param value 1..500
     * @return this builder
     */
    public Builder pageLimit(int value) {
      this.pageLimit = Arguments.inRange(value, "pageLimit", 1, MAX_PAGE_LIMIT);
      return this;
    }

    /**
     * Sets the page number; clears {@code searchAfter}.
     *
     * @param value the page, from 1
     * @return this builder
     */
    public Builder page(int value) {
      this.page = Optional.of(Arguments.inRange(value, "page", 1, PAGE_DEPTH_LIMIT));
      this.searchAfter = Optional.empty();
      return this;
    }

    /**
     * Sets the cursor to continue after; clears {@code page}.
     *
     * @param value the {@link Contact#searchAfter()} of the last contact seen
     * @return this builder
     */
    public Builder searchAfter(List<Object> value) {
      List<Object> cursor = Arguments.list(value, "searchAfter");
      if (cursor.isEmpty()) {
        throw new IllegalArgumentException("searchAfter must not be empty");
      }
      this.searchAfter = Optional.of(cursor);
      this.page = Optional.empty();
      return this;
    }

    /**
     * Sets the filters (ANDed at the top level).
     *
     * @param value the filters
     * @return this builder
     */
    public Builder filters(List<SearchFilter> value) {
      this.filters = Optional.of(Arguments.list(value, "filters"));
      return this;
    }

    /**
     * Sets the filters (ANDed at the top level).
     *
     * @param value the filters
     * @return this builder
     */
    public Builder filters(SearchFilter... value) {
      return filters(Arrays.asList(value));
    }

    /**
     * Sets the sort keys.
     *
     * @param value the keys, most significant first
     * @return this builder
     */
    public Builder sort(List<Sort> value) {
      this.sort = Optional.of(Arguments.list(value, "sort"));
      return this;
    }

    /**
     * Sets the sort keys.
     *
     * @param value the keys, most significant first
     * @return this builder
     */
    public Builder sort(Sort... value) {
      return sort(Arrays.asList(value));
    }

    /**
     * Sets the full-text query.
     *
     * @param value at most 75 characters
     * @return this builder
     */
    public Builder query(String value) {
      this.query =
          Optional.of(
              Arguments.maxLength(Arguments.notNull(value, "query"), "query", MAX_QUERY_LENGTH));
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws IllegalArgumentException if {@code page * pageLimit} exceeds 10,000
     */
    public SearchContactsRequest build() {
      if (page.isPresent() && (long) page.get() * pageLimit > PAGE_DEPTH_LIMIT) {
        throw new IllegalArgumentException(
            "page * pageLimit must not exceed "
                + PAGE_DEPTH_LIMIT
                + " (was "
                + page.get()
                + " * "
                + pageLimit
                + "); continue with searchAfter beyond that");
      }
      return new SearchContactsRequest(
          locationId, pageLimit, page, searchAfter, filters, sort, query);
    }
  }

  /** Shows ids, dates and status only; personal data and free text are redacted. */
  @Override
  public String toString() {
    return RedactedString.of("SearchContactsRequest")
        .with("locationId", locationId)
        .with("pageLimit", pageLimit)
        .with("page", page)
        .hidden("searchAfter", "filters", "sort", "query")
        .toString();
  }
}
