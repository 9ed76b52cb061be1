package io.ghlsync.onoffice;

import io.ghlsync.core.Page;
import io.ghlsync.core.Paging;
import io.ghlsync.core.RequestOptions;
import io.ghlsync.onoffice.model.Address;
import io.ghlsync.onoffice.model.AddressChanges;
import io.ghlsync.onoffice.model.AddressFields;
import io.ghlsync.onoffice.model.AddressQuery;
import io.ghlsync.onoffice.model.Filter;
import io.ghlsync.onoffice.model.FilterOperator;
import io.ghlsync.onoffice.model.Limits;
import io.ghlsync.onoffice.model.NewAddress;
import io.ghlsync.onoffice.model.SortOrder;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Addresses (contacts), resource type {@code address}. Each method sends one request; the same
 * actions are available unsent from {@link AddressActions} for batching.
 */
public final class AddressesService {
  private final OnOfficeClient client;

  AddressesService(OnOfficeClient client) {
    this.client = client;
  }

  /**
   * Reads one address.
   *
   * @param id the address id
   * @param fields fields to read; empty for {@link AddressFields#DEFAULT}
   * @return the address, or empty if onOffice returned none (unknown id or no read right)
   */
  public Optional<Address> get(long id, List<String> fields) {
    return client.execute(AddressActions.get(List.of(id), fields)).stream().findFirst();
  }

  /**
   * Reads several addresses by id.
   *
   * @param ids 1 to 500 ids
   * @param fields fields to read; empty for {@link AddressFields#DEFAULT}
   * @return the addresses found
   */
  public List<Address> get(Collection<Long> ids, List<String> fields) {
    return client.execute(AddressActions.get(ids, fields));
  }

  /**
   * Reads one page.
   *
   * @param query fields, filter, paging, sorting
   * @return the page, with the total when onOffice sent one
   */
  public Page<Address> search(AddressQuery query) {
    return client.execute(AddressActions.search(query));
  }

  /**
   * Every matching address, fetched lazily page by page ({@code listlimit} of the query, from its
   * {@code listoffset}, until {@code cntabsolute} is reached).
   *
   * @param query fields, filter, page size, sorting
   * @return a sequential stream
   */
  public Stream<Address> searchAll(AddressQuery query) {
    return Paging.stream(
        query.listoffset(),
        offset -> {
          Page<Address> page = search(query.toBuilder().listoffset(offset).build());
          return new Paging.Chunk<>(
              page.items(),
              page.hasMore() ? Optional.of(offset + page.items().size()) : Optional.empty());
        });
  }

  /**
   * Addresses changed at or after {@code since} ({@code Aenderung >= since}), oldest change first,
   * 500 per request, lazily. {@code since} is onOffice's local time (it stores wall-clock times).
   *
   * @param since the earliest change to include
   * @param fields fields to read ({@code Aenderung} is added); empty for the defaults
   * @return a sequential stream
   */
  public Stream<Address> changedSince(LocalDateTime since, List<String> fields) {
    if (since == null) {
      throw new IllegalArgumentException("since must not be null");
    }
    List<String> data = fields.isEmpty() ? AddressFields.DEFAULT : fields;
    if (!data.contains(AddressFields.AENDERUNG)) {
      data = Stream.concat(data.stream(), Stream.of(AddressFields.AENDERUNG)).toList();
    }
    return searchAll(
        AddressQuery.builder()
            .data(data)
            .filter(Filter.where(AddressFields.AENDERUNG, FilterOperator.GE, since))
            .sortby(AddressFields.AENDERUNG, SortOrder.ASC)
            .listlimit(Limits.MAX_LISTLIMIT)
            .build());
  }

  /**
   * Addresses with this e-mail in any entry (duplicates when more than one).
   *
   * @param email the e-mail address
   * @return the addresses, with {@link AddressFields#DEFAULT}
   */
  public List<Address> findByEmail(String email) {
    return client.execute(AddressActions.findByEmail(email, List.of()));
  }

  /**
   * Addresses with this number in any phone entry.
   *
   * @param phone the number as stored
   * @return the addresses, with {@link AddressFields#DEFAULT}
   */
  public List<Address> findByPhone(String phone) {
    return client.execute(AddressActions.findByPhone(phone, List.of()));
  }

  /**
   * Creates an address.
   *
   * @param address the new address
   * @return the new record id
   */
  public long create(NewAddress address) {
    return create(address, RequestOptions.defaults());
  }

  /**
   * Creates an address.
   *
   * @param address the new address
   * @param options per-request options (timeout, retries); onOffice has no idempotency key
   * @return the new record id
   */
  public long create(NewAddress address, RequestOptions options) {
    return client.execute(AddressActions.create(address), options);
  }

  /**
   * Modifies an address.
   *
   * @param id the address id
   * @param changes fields and contact-data operations
   */
  public void update(long id, AddressChanges changes) {
    update(id, changes, RequestOptions.defaults());
  }

  /**
   * Modifies an address.
   *
   * @param id the address id
   * @param changes fields and contact-data operations
   * @param options per-request options (timeout, retries); onOffice has no idempotency key
   */
  public void update(long id, AddressChanges changes, RequestOptions options) {
    client.execute(AddressActions.update(id, changes), options);
  }

  /**
   * Archives an address ({@code Status = 0}).
   *
   * @param id the address id
   */
  public void archive(long id) {
    archive(id, RequestOptions.defaults());
  }

  /**
   * Archives an address ({@code Status = 0}).
   *
   * @param id the address id
   * @param options per-request options (timeout, retries); onOffice has no idempotency key
   */
  public void archive(long id, RequestOptions options) {
    client.execute(AddressActions.archive(id), options);
  }
}
