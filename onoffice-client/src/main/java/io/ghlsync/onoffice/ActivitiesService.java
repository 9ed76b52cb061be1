package io.ghlsync.onoffice;

import io.ghlsync.core.Page;
import io.ghlsync.core.Paging;
import io.ghlsync.core.RequestOptions;
import io.ghlsync.onoffice.model.Activity;
import io.ghlsync.onoffice.model.ActivityFields;
import io.ghlsync.onoffice.model.ActivityQuery;
import io.ghlsync.onoffice.model.Limits;
import io.ghlsync.onoffice.model.NewActivity;
import io.ghlsync.onoffice.model.SortOrder;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The agents log ({@code agentslog}): history entries and notes of addresses. There is no separate
 * note resource in onOffice; a note is an entry whose {@code note} holds the text.
 */
public final class ActivitiesService {
  private final OnOfficeClient client;

  ActivitiesService(OnOfficeClient client) {
    this.client = client;
  }

  /**
   * Creates an entry.
   *
   * @param activity the entry
   * @return the new entry id
   */
  public long create(NewActivity activity) {
    return create(activity, RequestOptions.defaults());
  }

  /**
   * Creates an entry.
   *
   * @param activity the entry
   * @param options per-request options (timeout, retries); onOffice has no idempotency key
   * @return the new entry id
   */
  public long create(NewActivity activity, RequestOptions options) {
    return client.execute(ActivityActions.create(activity), options);
  }

  /**
   * Appends a note to an address's history.
   *
   * @param addressId the address
   * @param actionkind the action kind, e.g. {@code Notiz} or {@code Sonstiges} (customer-specific)
   * @param note the note text
   * @return the new entry id
   */
  public long appendNote(long addressId, String actionkind, String note) {
    return appendNote(addressId, actionkind, note, RequestOptions.defaults());
  }

  /**
   * Appends a note to an address's history.
   *
   * @param addressId the address
   * @param actionkind the action kind, e.g. {@code Notiz} or {@code Sonstiges} (customer-specific)
   * @param note the note text
   * @param options per-request options (timeout, retries); onOffice has no idempotency key
   * @return the new entry id
   */
  public long appendNote(long addressId, String actionkind, String note, RequestOptions options) {
    return create(
        NewActivity.builder()
            .addressids(List.of(addressId))
            .actionkind(actionkind)
            .note(note)
            .build(),
        options);
  }

  /**
   * Reads one page.
   *
   * @param query the query
   * @return the page with the total
   */
  public Page<Activity> list(ActivityQuery query) {
    return client.execute(ActivityActions.list(query));
  }

  /**
   * The history of an address, newest first ({@code sortby {"Datum":"DESC"}}), fetched lazily 500
   * entries per request.
   *
   * @param addressId the address
   * @return a sequential stream with {@link ActivityFields#DEFAULT}
   */
  public Stream<Activity> history(long addressId) {
    ActivityQuery query =
        ActivityQuery.builder()
            .addressid(List.of(Limits.id("addressId", addressId)))
            .sortby(ActivityFields.DATUM, SortOrder.DESC)
            .listlimit(Limits.MAX_LISTLIMIT)
            .build();
    return Paging.stream(
        0,
        offset -> {
          Page<Activity> page = list(query.toBuilder().listoffset(offset).build());
          return new Paging.Chunk<>(
              page.items(),
              page.hasMore() ? Optional.of(offset + page.items().size()) : Optional.empty());
        });
  }
}
