package io.ghlsync.ghl.internal;

import io.ghlsync.core.Page;
import io.ghlsync.core.Paging;
import io.ghlsync.ghl.model.Contact;
import io.ghlsync.ghl.model.ContactList;
import io.ghlsync.ghl.model.ContactsMeta;
import io.ghlsync.ghl.model.ListContactsRequest;
import io.ghlsync.ghl.model.SearchContactsRequest;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The auto-paging of contact searches and the deprecated list, on top of core {@link Paging}.
 *
 * <p>Search pages with {@code page} while {@code page * pageLimit <= 10,000} (GHL's cap), then
 * continues with {@code searchAfter} taken from the last contact of the previous page. It stops at
 * a short page or when the reported total is reached.
 */
public final class ContactPaging {
  private ContactPaging() {}

  private record SearchCursor(SearchContactsRequest request, long seen) {}

  /**
   * A lazy stream over every contact a search matches.
   *
   * @param first the first request (its locationId already resolved)
   * @param fetch runs one search
   * @return the stream
   */
  public static Stream<Contact> search(
      SearchContactsRequest first,
      Function<SearchContactsRequest, Envelopes.SearchEnvelope> fetch) {
    SearchContactsRequest start =
        first.page().isPresent() || first.searchAfter().isPresent()
            ? first
            : first.toBuilder().page(1).build();
    return Paging.stream(
        new SearchCursor(start, 0),
        cursor -> {
          SearchContactsRequest req = cursor.request();
          Envelopes.SearchEnvelope page = fetch.apply(req);
          List<Contact> items = page.contacts();
          long seen = cursor.seen() + items.size();
          boolean done =
              items.size() < req.pageLimit()
                  || (page.total().isPresent() && seen >= page.total().get());
          if (done) {
            return new Paging.Chunk<>(items, Optional.empty());
          }
          return new Paging.Chunk<>(items, Optional.of(new SearchCursor(next(req, items), seen)));
        });
  }

  private static SearchContactsRequest next(SearchContactsRequest req, List<Contact> items) {
    if (req.page().isPresent()) {
      int nextPage = req.page().get() + 1;
      if ((long) nextPage * req.pageLimit() <= SearchContactsRequest.PAGE_DEPTH_LIMIT) {
        return req.toBuilder().page(nextPage).build();
      }
    }
    Contact last = items.get(items.size() - 1);
    if (last.searchAfter().isEmpty()) {
      throw new IllegalStateException(
          "GHL returned no searchAfter on contact "
              + last.id()
              + "; cannot page past "
              + SearchContactsRequest.PAGE_DEPTH_LIMIT
              + " records without it");
    }
    return req.toBuilder().searchAfter(last.searchAfter()).build();
  }

  /**
   * The page view of one search response.
   *
   * @param req the request
   * @param response the response
   * @return the page
   */
  public static Page<Contact> page(SearchContactsRequest req, Envelopes.SearchEnvelope response) {
    List<Contact> items = response.contacts();
    boolean full = items.size() >= req.pageLimit();
    boolean more = full;
    if (full && req.page().isPresent() && response.total().isPresent()) {
      more = (long) req.page().get() * req.pageLimit() < response.total().get();
    }
    return new Page<>(items, total(response.total()), more);
  }

  /**
   * The page view of a skip/limit list (contacts of a business).
   *
   * @param list the response
   * @param skip the contacts skipped
   * @param limit the page size asked for (GHL's default when absent: 25)
   * @return the page
   */
  public static Page<Contact> page(ContactList list, int skip, int limit) {
    List<Contact> items = list.contacts();
    boolean more =
        list.count().isPresent() ? skip + items.size() < list.count().get() : items.size() >= limit;
    return new Page<>(items, total(list.count()), more);
  }

  private static OptionalLong total(Optional<Long> value) {
    return value.isPresent() ? OptionalLong.of(value.get()) : OptionalLong.empty();
  }

  /**
   * A lazy stream over the deprecated list, following {@code meta.startAfterId}/{@code startAfter}.
   * It stops at a short or empty page, when the cursor is missing, or when GHL repeats the previous
   * cursor (seen in practice; it would otherwise loop forever).
   *
   * @param first the first request (its locationId already resolved)
   * @param fetch fetches one page
   * @return the stream
   */
  public static Stream<Contact> list(
      ListContactsRequest first, Function<ListContactsRequest, ContactList> fetch) {
    int limit = first.limit().orElse(20);
    return Paging.stream(
        first,
        req -> {
          ContactList page = fetch.apply(req);
          List<Contact> items = page.contacts();
          Optional<ContactsMeta> meta = page.meta();
          Optional<String> afterId = meta.flatMap(ContactsMeta::startAfterId);
          Optional<Long> after = meta.flatMap(ContactsMeta::startAfter);
          boolean repeated =
              Objects.equals(afterId, req.startAfterId())
                  && Objects.equals(after, req.startAfter());
          if (items.size() < limit || (afterId.isEmpty() && after.isEmpty()) || repeated) {
            return new Paging.Chunk<>(items, Optional.empty());
          }
          ListContactsRequest next =
              new ListContactsRequest(req.locationId(), afterId, after, req.query(), req.limit());
          return new Paging.Chunk<>(items, Optional.of(next));
        });
  }
}
