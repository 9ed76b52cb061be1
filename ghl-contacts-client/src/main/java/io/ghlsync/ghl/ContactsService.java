package io.ghlsync.ghl;

import io.ghlsync.core.Page;
import io.ghlsync.core.RequestOptions;
import io.ghlsync.ghl.internal.Bodies;
import io.ghlsync.ghl.internal.ContactPaging;
import io.ghlsync.ghl.internal.ContactsApi;
import io.ghlsync.ghl.internal.Envelopes;
import io.ghlsync.ghl.internal.GhlOperation;
import io.ghlsync.ghl.internal.GhlTransport;
import io.ghlsync.ghl.internal.PathSegments;
import io.ghlsync.ghl.model.BusinessUpdateResult;
import io.ghlsync.ghl.model.Contact;
import io.ghlsync.ghl.model.ContactList;
import io.ghlsync.ghl.model.CreateContactRequest;
import io.ghlsync.ghl.model.ListByBusinessRequest;
import io.ghlsync.ghl.model.ListContactsRequest;
import io.ghlsync.ghl.model.SearchContactsRequest;
import io.ghlsync.ghl.model.UpdateContactRequest;
import io.ghlsync.ghl.model.UpsertContactRequest;
import io.ghlsync.ghl.model.UpsertResult;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** Contacts: get, create, update, delete, upsert, search, duplicates, businesses, list. */
public final class ContactsService {
  private static final int MAX_BUSINESS_ID_LENGTH = 50;

  private final GhlTransport transport;
  private final ContactsApi api;

  ContactsService(GhlTransport transport, ContactsApi api) {
    this.transport = transport;
    this.api = api;
  }

  /**
   * Reads a contact ({@code GET /contacts/{contactId}}, scope contacts.readonly).
   *
   * @param contactId the contact id
   * @return the contact
   * @throws io.ghlsync.core.NotFoundException if there is no such contact
   */
  public Contact get(String contactId) {
    String id = PathSegments.id(contactId, "contactId");
    return transport
        .execute(GhlOperation.CONTACTS_GET, null, o -> api.get(id, o))
        .contact()
        .orElseThrow(() -> GhlTransport.missing(GhlOperation.CONTACTS_GET, "contact"));
  }

  /**
   * {@link #get(String)} without blocking the caller (see "Async twins" in {@link GhlClient}: every
   * failure completes the future exceptionally; cancelling it cancels the request).
   *
   * @param contactId the contact id
   * @return the future result
   */
  public CompletableFuture<Contact> getAsync(String contactId) {
    return transport.async(() -> get(contactId));
  }

  /**
   * Creates a contact ({@code POST /contacts/}, scope contacts.write). Never retried after an I/O
   * error or 5xx: GHL has created contacts while answering with an error. Use {@link #upsert} when
   * the call must be safe to repeat.
   *
   * @param request the contact; locationId defaults to the client's
   * @return the created contact
   */
  public Contact create(CreateContactRequest request) {
    return create(request, RequestOptions.defaults());
  }

  /**
   * {@link #create(CreateContactRequest)} without blocking the caller (see "Async twins" in {@link
   * GhlClient}: every failure completes the future exceptionally; cancelling it cancels the
   * request).
   *
   * @param request the contact; locationId defaults to the client's
   * @return the future result
   */
  public CompletableFuture<Contact> createAsync(CreateContactRequest request) {
    return transport.async(() -> create(request));
  }

  /**
   * Creates a contact ({@code POST /contacts/}, scope contacts.write). Never retried after an I/O
   * error or 5xx: GHL has created contacts while answering with an error. Use {@link #upsert} when
   * the call must be safe to repeat.
   *
   * @param request the contact; locationId defaults to the client's
   * @param options per-request options (timeout, retries); GHL has no idempotency key
   * @return the created contact
   */
  public Contact create(CreateContactRequest request, RequestOptions options) {
    String location = transport.locationId(request.locationId());
    CreateContactRequest body =
        request.locationId().isPresent() ? request : request.withLocationId(location);
    return transport
        .execute(GhlOperation.CONTACTS_CREATE, location, options, o -> api.create(body, o))
        .contact()
        .orElseThrow(() -> GhlTransport.missing(GhlOperation.CONTACTS_CREATE, "contact"));
  }

  /**
   * {@link #create(CreateContactRequest, RequestOptions)} without blocking the caller (see "Async
   * twins" in {@link GhlClient}: every failure completes the future exceptionally; cancelling it
   * cancels the request).
   *
   * @param request the contact; locationId defaults to the client's
   * @param options per-request options (timeout, retries); GHL has no idempotency key
   * @return the future result
   */
  public CompletableFuture<Contact> createAsync(
      CreateContactRequest request, RequestOptions options) {
    return transport.async(() -> create(request, options));
  }

  /**
   * Updates a contact ({@code PUT /contacts/{contactId}}, scope contacts.write).
   *
   * @param contactId the contact id
   * @param request the changes
   * @return the updated contact
   */
  public Contact update(String contactId, UpdateContactRequest request) {
    return update(contactId, request, RequestOptions.defaults());
  }

  /**
   * {@link #update(String, UpdateContactRequest)} without blocking the caller (see "Async twins" in
   * {@link GhlClient}: every failure completes the future exceptionally; cancelling it cancels the
   * request).
   *
   * @param contactId the contact id
   * @param request the changes
   * @return the future result
   */
  public CompletableFuture<Contact> updateAsync(String contactId, UpdateContactRequest request) {
    return transport.async(() -> update(contactId, request));
  }

  /**
   * Updates a contact ({@code PUT /contacts/{contactId}}, scope contacts.write).
   *
   * @param contactId the contact id
   * @param request the changes
   * @param options per-request options (timeout, retries); GHL has no idempotency key
   * @return the updated contact
   */
  public Contact update(String contactId, UpdateContactRequest request, RequestOptions options) {
    String id = PathSegments.id(contactId, "contactId");
    return transport
        .execute(GhlOperation.CONTACTS_UPDATE, null, options, o -> api.update(id, request, o))
        .contact()
        .orElseThrow(() -> GhlTransport.missing(GhlOperation.CONTACTS_UPDATE, "contact"));
  }

  /**
   * {@link #update(String, UpdateContactRequest, RequestOptions)} without blocking the caller (see
   * "Async twins" in {@link GhlClient}: every failure completes the future exceptionally;
   * cancelling it cancels the request).
   *
   * @param contactId the contact id
   * @param request the changes
   * @param options per-request options (timeout, retries); GHL has no idempotency key
   * @return the future result
   */
  public CompletableFuture<Contact> updateAsync(
      String contactId, UpdateContactRequest request, RequestOptions options) {
    return transport.async(() -> update(contactId, request, options));
  }

  /**
   * Deletes a contact ({@code DELETE /contacts/{contactId}}, scope contacts.write).
   *
   * @param contactId the contact id
   * @return whether GHL reported success
   */
  public boolean delete(String contactId) {
    return delete(contactId, RequestOptions.defaults());
  }

  /**
   * {@link #delete(String)} without blocking the caller (see "Async twins" in {@link GhlClient}:
   * every failure completes the future exceptionally; cancelling it cancels the request).
   *
   * @param contactId the contact id
   * @return the future result
   */
  public CompletableFuture<Boolean> deleteAsync(String contactId) {
    return transport.async(() -> delete(contactId));
  }

  /**
   * Deletes a contact ({@code DELETE /contacts/{contactId}}, scope contacts.write).
   *
   * @param contactId the contact id
   * @param options per-request options (timeout, retries); GHL has no idempotency key
   * @return whether GHL reported success
   */
  public boolean delete(String contactId, RequestOptions options) {
    String id = PathSegments.id(contactId, "contactId");
    return transport
        .execute(GhlOperation.CONTACTS_DELETE, null, options, o -> api.delete(id, o))
        .succeeded();
  }

  /**
   * {@link #delete(String, RequestOptions)} without blocking the caller (see "Async twins" in
   * {@link GhlClient}: every failure completes the future exceptionally; cancelling it cancels the
   * request).
   *
   * @param contactId the contact id
   * @param options per-request options (timeout, retries); GHL has no idempotency key
   * @return the future result
   */
  public CompletableFuture<Boolean> deleteAsync(String contactId, RequestOptions options) {
    return transport.async(() -> delete(contactId, options));
  }

  /**
   * Creates or updates the contact matching by email or phone ({@code POST /contacts/upsert}, scope
   * contacts.write). Safe to repeat, so it is retried like a GET.
   *
   * @param request the contact; locationId defaults to the client's
   * @return the contact and whether it was created
   */
  public UpsertResult upsert(UpsertContactRequest request) {
    return upsert(request, RequestOptions.defaults());
  }

  /**
   * {@link #upsert(UpsertContactRequest)} without blocking the caller (see "Async twins" in {@link
   * GhlClient}: every failure completes the future exceptionally; cancelling it cancels the
   * request).
   *
   * @param request the contact; locationId defaults to the client's
   * @return the future result
   */
  public CompletableFuture<UpsertResult> upsertAsync(UpsertContactRequest request) {
    return transport.async(() -> upsert(request));
  }

  /**
   * Creates or updates the contact matching by email or phone ({@code POST /contacts/upsert}, scope
   * contacts.write). Safe to repeat, so it is retried like a GET.
   *
   * @param request the contact; locationId defaults to the client's
   * @param options per-request options (timeout, retries); GHL has no idempotency key
   * @return the contact and whether it was created
   */
  public UpsertResult upsert(UpsertContactRequest request, RequestOptions options) {
    String location = transport.locationId(request.locationId());
    UpsertContactRequest body =
        request.locationId().isPresent() ? request : request.withLocationId(location);
    return transport.execute(
        GhlOperation.CONTACTS_UPSERT, location, options, o -> api.upsert(body, o));
  }

  /**
   * {@link #upsert(UpsertContactRequest, RequestOptions)} without blocking the caller (see "Async
   * twins" in {@link GhlClient}: every failure completes the future exceptionally; cancelling it
   * cancels the request).
   *
   * @param request the contact; locationId defaults to the client's
   * @param options per-request options (timeout, retries); GHL has no idempotency key
   * @return the future result
   */
  public CompletableFuture<UpsertResult> upsertAsync(
      UpsertContactRequest request, RequestOptions options) {
    return transport.async(() -> upsert(request, options));
  }

  /**
   * One page of a search ({@code POST /contacts/search}, scope contacts.readonly). Search results
   * lag writes by a few seconds; do not read your own writes through search.
   *
   * @param request the search; locationId defaults to the client's
   * @return the page, with GHL's total
   */
  public Page<Contact> search(SearchContactsRequest request) {
    SearchContactsRequest body = resolve(request);
    return ContactPaging.page(body, runSearch(body));
  }

  /**
   * {@link #search(SearchContactsRequest)} without blocking the caller (see "Async twins" in {@link
   * GhlClient}: every failure completes the future exceptionally; cancelling it cancels the
   * request).
   *
   * @param request the search; locationId defaults to the client's
   * @return the future result
   */
  public CompletableFuture<Page<Contact>> searchAsync(SearchContactsRequest request) {
    return transport.async(() -> search(request));
  }

  /**
   * Every contact a search matches, fetched lazily page by page. Pages with {@code page} up to
   * GHL's 10,000-record cap, then continues with {@code searchAfter}.
   *
   * @param request the search (its pageLimit sets the page size)
   * @return a lazy, sequential stream
   */
  public Stream<Contact> searchAll(SearchContactsRequest request) {
    return ContactPaging.search(resolve(request), this::runSearch);
  }

  /**
   * Finds the contact GHL considers a duplicate of this email or phone ({@code GET
   * /contacts/search/duplicate}, scope contacts.readonly). With duplicates allowed in the location,
   * email is matched first, then phone.
   *
   * @param locationId the location
   * @param email the email, or null to match by phone only
   * @param phone the phone, or null to match by email only
   * @return the matching contact, if any
   * @throws IllegalArgumentException if both email and phone are null or blank
   */
  public Optional<Contact> findDuplicate(
      String locationId, @Nullable String email, @Nullable String phone) {
    String location = PathSegments.id(locationId, "locationId");
    String e = email == null || email.isBlank() ? null : email;
    String p = phone == null || phone.isBlank() ? null : phone;
    if (e == null && p == null) {
      throw new IllegalArgumentException("findDuplicate needs an email or a phone");
    }
    return transport
        .execute(
            GhlOperation.CONTACTS_FIND_DUPLICATE,
            location,
            o -> api.findDuplicate(location, e, p, o))
        .contact();
  }

  /**
   * {@link #findDuplicate(String, String, String)} without blocking the caller (see "Async twins"
   * in {@link GhlClient}: every failure completes the future exceptionally; cancelling it cancels
   * the request).
   *
   * @param locationId the location
   * @param email the email, or null to match by phone only
   * @param phone the phone, or null to match by email only
   * @return the future result
   */
  public CompletableFuture<Optional<Contact>> findDuplicateAsync(
      String locationId, @Nullable String email, @Nullable String phone) {
    return transport.async(() -> findDuplicate(locationId, email, phone));
  }

  /**
   * One page of the contacts of a business ({@code GET /contacts/business/{businessId}}, scope
   * contacts.readonly).
   *
   * @param businessId the business id
   * @param request paging and query; locationId defaults to the client's
   * @return the page
   */
  public Page<Contact> listByBusiness(String businessId, ListByBusinessRequest request) {
    String id = PathSegments.id(businessId, "businessId");
    String location = transport.locationId(request.locationId());
    ContactList list =
        transport.execute(
            GhlOperation.CONTACTS_LIST_BY_BUSINESS,
            location,
            o ->
                api.listByBusiness(
                    id,
                    location,
                    request.limit().orElse(null),
                    request.skip().orElse(null),
                    request.query().orElse(null),
                    o));
    return ContactPaging.page(list, request.skip().orElse(0), request.limit().orElse(25));
  }

  /**
   * {@link #listByBusiness(String, ListByBusinessRequest)} without blocking the caller (see "Async
   * twins" in {@link GhlClient}: every failure completes the future exceptionally; cancelling it
   * cancels the request).
   *
   * @param businessId the business id
   * @param request paging and query; locationId defaults to the client's
   * @return the future result
   */
  public CompletableFuture<Page<Contact>> listByBusinessAsync(
      String businessId, ListByBusinessRequest request) {
    return transport.async(() -> listByBusiness(businessId, request));
  }

  /**
   * Links contacts to a business, or unlinks them ({@code POST /contacts/bulk/business}, scope
   * contacts.write).
   *
   * @param locationId the location
   * @param contactIds the contacts (ids of at most 50 characters)
   * @param businessId the business, or null to remove the contacts from their business (sent as an
   *     explicit JSON null, which is what GHL expects)
   * @return what GHL updated
   */
  public BusinessUpdateResult setBusiness(
      String locationId, List<String> contactIds, @Nullable String businessId) {
    return setBusiness(locationId, contactIds, businessId, RequestOptions.defaults());
  }

  /**
   * {@link #setBusiness(String, List, String)} without blocking the caller (see "Async twins" in
   * {@link GhlClient}: every failure completes the future exceptionally; cancelling it cancels the
   * request).
   *
   * @param locationId the location
   * @param contactIds the contacts (ids of at most 50 characters)
   * @param businessId the business, or null to remove the contacts from their business (sent as an
   *     explicit JSON null, which is what GHL expects)
   * @return the future result
   */
  public CompletableFuture<BusinessUpdateResult> setBusinessAsync(
      String locationId, List<String> contactIds, @Nullable String businessId) {
    return transport.async(() -> setBusiness(locationId, contactIds, businessId));
  }

  /**
   * Links contacts to a business, or unlinks them ({@code POST /contacts/bulk/business}, scope
   * contacts.write).
   *
   * @param locationId the location
   * @param contactIds the contacts (ids of at most 50 characters)
   * @param businessId the business, or null to remove the contacts from their business (sent as an
   *     explicit JSON null, which is what GHL expects)
   * @param options per-request options (timeout, retries); GHL has no idempotency key
   * @return what GHL updated
   */
  public BusinessUpdateResult setBusiness(
      String locationId,
      List<String> contactIds,
      @Nullable String businessId,
      RequestOptions options) {
    String location = PathSegments.id(locationId, "locationId");
    List<String> ids = PathSegments.ids(contactIds, "contactIds", Integer.MAX_VALUE);
    for (int i = 0; i < ids.size(); i++) {
      PathSegments.id(ids.get(i), "contactIds[" + i + "]");
      if (ids.get(i).length() > MAX_BUSINESS_ID_LENGTH) {
        throw new IllegalArgumentException(
            "contactIds[" + i + "] is longer than " + MAX_BUSINESS_ID_LENGTH + " characters");
      }
    }
    Bodies.BusinessBody body =
        businessId == null
            ? new Bodies.BusinessBody(location, ids, Optional.empty(), Set.of("businessId"))
            : new Bodies.BusinessBody(
                location, ids, Optional.of(PathSegments.id(businessId, "businessId")), Set.of());
    return transport.execute(
        GhlOperation.CONTACTS_SET_BUSINESS, location, options, o -> api.setBusiness(body, o));
  }

  /**
   * {@link #setBusiness(String, List, String, RequestOptions)} without blocking the caller (see
   * "Async twins" in {@link GhlClient}: every failure completes the future exceptionally;
   * cancelling it cancels the request).
   *
   * @param locationId the location
   * @param contactIds the contacts (ids of at most 50 characters)
   * @param businessId the business, or null to remove the contacts from their business (sent as an
   *     explicit JSON null, which is what GHL expects)
   * @param options per-request options (timeout, retries); GHL has no idempotency key
   * @return the future result
   */
  public CompletableFuture<BusinessUpdateResult> setBusinessAsync(
      String locationId,
      List<String> contactIds,
      @Nullable String businessId,
      RequestOptions options) {
    return transport.async(() -> setBusiness(locationId, contactIds, businessId, options));
  }

  /**
   * One page of the deprecated contact list ({@code GET /contacts/}, scope contacts.readonly).
   *
   * @param request cursors, query and limit; locationId defaults to the client's
   * @return the page with its {@code meta} cursors
   * @deprecated GHL deprecated this endpoint; use {@link #search} or {@link #searchAll}
   */
  @Deprecated
  public ContactList list(ListContactsRequest request) {
    String location = transport.locationId(request.locationId());
    return transport.execute(
        GhlOperation.CONTACTS_LIST,
        location,
        o ->
            api.list(
                location,
                request.startAfterId().orElse(null),
                request.startAfter().orElse(null),
                request.query().orElse(null),
                request.limit().orElse(null),
                o));
  }

  /**
   * {@link #list(ListContactsRequest)} without blocking the caller (see "Async twins" in {@link
   * GhlClient}: every failure completes the future exceptionally; cancelling it cancels the
   * request).
   *
   * @param request cursors, query and limit; locationId defaults to the client's
   * @return the future result
   * @deprecated GHL deprecated this endpoint; see {@link #list(ListContactsRequest)}
   */
  @Deprecated
  public CompletableFuture<ContactList> listAsync(ListContactsRequest request) {
    return transport.async(() -> list(request));
  }

  /**
   * Every contact of the deprecated list, following {@code meta.startAfterId}/{@code startAfter}.
   *
   * @param request the first page's request
   * @return a lazy, sequential stream
   * @deprecated GHL deprecated this endpoint; use {@link #searchAll}
   */
  @Deprecated
  public Stream<Contact> listAll(ListContactsRequest request) {
    ListContactsRequest first =
        new ListContactsRequest(
            Optional.of(transport.locationId(request.locationId())),
            request.startAfterId(),
            request.startAfter(),
            request.query(),
            request.limit());
    return ContactPaging.list(first, this::list);
  }

  private SearchContactsRequest resolve(SearchContactsRequest request) {
    String location = transport.locationId(request.locationId());
    return request.locationId().isPresent()
        ? request
        : request.toBuilder().locationId(location).build();
  }

  private Envelopes.SearchEnvelope runSearch(SearchContactsRequest body) {
    String location = transport.locationId(body.locationId());
    return transport.execute(GhlOperation.CONTACTS_SEARCH, location, o -> api.search(body, o));
  }
}
