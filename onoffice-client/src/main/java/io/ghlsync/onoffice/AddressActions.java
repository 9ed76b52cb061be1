package io.ghlsync.onoffice;

import io.ghlsync.core.Page;
import io.ghlsync.onoffice.internal.Readers;
import io.ghlsync.onoffice.model.ActionResult;
import io.ghlsync.onoffice.model.Address;
import io.ghlsync.onoffice.model.AddressChanges;
import io.ghlsync.onoffice.model.AddressFields;
import io.ghlsync.onoffice.model.AddressQuery;
import io.ghlsync.onoffice.model.Filter;
import io.ghlsync.onoffice.model.FilterOperator;
import io.ghlsync.onoffice.model.Limits;
import io.ghlsync.onoffice.model.NewAddress;
import java.util.Collection;
import java.util.List;

/**
 * Address actions as unsent {@link ActionCall}s, for {@link OnOfficeBatch} or {@link
 * OnOfficeClient#execute(ActionCall)}. {@link AddressesService} sends the same calls one at a time.
 */
public final class AddressActions {
  /** The {@code resourcetype} of addresses. */
  public static final String RESOURCE = "address";

  private AddressActions() {}

  /**
   * Reads addresses by id ({@code read} with {@code recordids}).
   *
   * @param ids 1 to 500 positive record ids
   * @param fields fields to read; empty for {@link AddressFields#DEFAULT}
   * @return the call; the value holds the addresses found, in response order
   */
  public static ActionCall<List<Address>> get(Collection<Long> ids, List<String> fields) {
    List<Long> checked = Limits.ids("recordids", ids);
    AddressQuery query =
        AddressQuery.builder().recordids(checked).data(fields).listlimit(checked.size()).build();
    return list(query);
  }

  /**
   * Reads one page of addresses.
   *
   * @param query fields, filter, paging and sorting
   * @return the call; the page knows the total ({@code cntabsolute})
   */
  public static ActionCall<Page<Address>> search(AddressQuery query) {
    return new ActionCall<>(
        read(query), r -> Readers.page(r, query.listoffset(), query.listlimit(), Address::from));
  }

  /**
   * Finds every address with an e-mail entry equal to {@code email} (all entries, not only the main
   * one: filter on {@code email}). More than one hit means duplicates.
   *
   * @param email the e-mail address
   * @param fields fields to read; empty for {@link AddressFields#DEFAULT}
   * @return the call
   */
  public static ActionCall<List<Address>> findByEmail(String email, List<String> fields) {
    return findBy(AddressFields.ALL_EMAILS, "email", email, fields);
  }

  /**
   * Finds every address with a phone entry equal to {@code phone} (all entries: filter on {@code
   * phone}). onOffice compares the stored text, so pass the number as it was stored.
   *
   * @param phone the number
   * @param fields fields to read; empty for {@link AddressFields#DEFAULT}
   * @return the call
   */
  public static ActionCall<List<Address>> findByPhone(String phone, List<String> fields) {
    return findBy(AddressFields.ALL_PHONES, "phone", phone, fields);
  }

  /**
   * Creates an address.
   *
   * @param address the new address
   * @return the call; the value is the new record id
   */
  public static ActionCall<Long> create(NewAddress address) {
    OnOfficeAction action =
        OnOfficeAction.builder(ActionType.CREATE, RESOURCE)
            .parameters(address.toParameters())
            .build();
    return new ActionCall<>(action, r -> Readers.createdId(r, action.describe()));
  }

  /**
   * Modifies an address ({@code resourceid} = the id).
   *
   * @param id the address id
   * @param changes the changes
   * @return the call; the value is the raw result
   */
  public static ActionCall<ActionResult> update(long id, AddressChanges changes) {
    return ActionCall.raw(
        OnOfficeAction.builder(ActionType.MODIFY, RESOURCE)
            .resourceid(Long.toString(Limits.id("addressId", id)))
            .parameters(changes.toParameters())
            .build());
  }

  /**
   * Archives an address ({@code Status = 0}); addresses cannot be deleted through the API.
   *
   * @param id the address id
   * @return the call
   */
  public static ActionCall<ActionResult> archive(long id) {
    return update(id, AddressChanges.builder().status(0).build());
  }

  private static ActionCall<List<Address>> findBy(
      String filterField, String name, String value, List<String> fields) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    AddressQuery query =
        AddressQuery.builder()
            .data(fields)
            .filter(Filter.where(filterField, FilterOperator.EQ, value.trim()))
            .listlimit(Limits.MAX_LISTLIMIT)
            .build();
    return list(query);
  }

  private static ActionCall<List<Address>> list(AddressQuery query) {
    return new ActionCall<>(read(query), r -> r.records().stream().map(Address::from).toList());
  }

  static OnOfficeAction read(AddressQuery query) {
    return OnOfficeAction.builder(ActionType.READ, RESOURCE)
        .parameters(query.toParameters())
        .build();
  }
}
