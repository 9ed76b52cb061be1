package io.ghlsync.optmyzr;

import io.ghlsync.core.ApiException;
import io.ghlsync.core.Paging;
import io.ghlsync.core.RequestOptions;
import io.ghlsync.core.internal.RequestTag;
import io.ghlsync.optmyzr.internal.ContactWire;
import io.ghlsync.optmyzr.internal.ContractApi;
import io.ghlsync.optmyzr.internal.FieldChecks;
import io.ghlsync.optmyzr.internal.OptmyzrCalls;
import io.ghlsync.optmyzr.internal.RequestBodies;
import io.ghlsync.optmyzr.internal.WireMapping;
import io.ghlsync.optmyzr.model.Contact;
import io.ghlsync.optmyzr.model.ContactFields;
import io.ghlsync.optmyzr.model.ContactQuery;
import io.ghlsync.optmyzr.model.CursorPage;
import io.ghlsync.optmyzr.model.UpsertResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import retrofit2.Response;

/**
 * Contacts of the contacts contract: create, upsert by external id, partial update, get, list with
 * cursor paging, and the lead score and tags of a contact. Every write sends an {@code
 * Idempotency-Key} (random unless the caller passes one) and needs scope {@value
 * OptmyzrScopes#CONTACTS_WRITE}.
 */
public final class ContactsService {
  private static final String CREATE = "POST /v1/contacts";
  private static final String UPSERT = "PUT /v1/contacts/by-external-id/{external_id}";
  private static final String UPDATE = "PATCH /v1/contacts/{id}";
  private static final String GET = "GET /v1/contacts/{id}";
  private static final String LIST = "GET /v1/contacts";

  private final ContractApi api;
  private final OptmyzrCalls calls;

  ContactsService(ContractApi api, OptmyzrCalls calls) {
    this.api = api;
    this.calls = calls;
  }

  /**
   * Creates a contact ({@code POST /v1/contacts}) with a random idempotency key.
   *
   * @param fields the contact's fields
   * @return the created contact
   * @throws IllegalArgumentException naming an invalid field, before sending
   */
  public Contact create(ContactFields fields) {
    return create(fields, RequestOptions.defaults());
  }

  /**
   * Creates a contact with the caller's idempotency key: repeating it with the same fields returns
   * the first result instead of a second contact.
   *
   * @param fields the contact's fields
   * @param options per-request options: the idempotency key (random when unset), timeout, retries
   * @return the created contact
   */
  public Contact create(ContactFields fields, RequestOptions options) {
    IdempotencyKey key = IdempotencyKey.from(options);
    Map<String, Object> body = RequestBodies.contact(fields);
    RequestTag o = calls.write(CREATE, OptmyzrScopes.CONTACTS_WRITE, key.value()).with(options);
    return WireMapping.contact(
        calls.execute(
            RequestTag.applyTimeout(api.createContact(body, key.value(), o), options), CREATE),
        CREATE);
  }

  /**
   * Creates or updates the contact with an external id ({@code PUT
   * /v1/contacts/by-external-id/{external_id}}), with a random idempotency key.
   *
   * @param externalId the id of the contact in the source system
   * @param fields the fields to set; an {@code externalId} among them must be the same
   * @return the contact and whether it was created
   */
  public UpsertResult upsertByExternalId(String externalId, ContactFields fields) {
    return upsertByExternalId(externalId, fields, RequestOptions.defaults());
  }

  /**
   * Creates or updates the contact with an external id, with the caller's idempotency key.
   *
   * @param externalId the id of the contact in the source system
   * @param fields the fields to set; an {@code externalId} among them must be the same
   * @param options per-request options: the idempotency key (random when unset), timeout, retries
   * @return the contact and whether it was created (201) or updated (200)
   */
  public UpsertResult upsertByExternalId(
      String externalId, ContactFields fields, RequestOptions options) {
    IdempotencyKey key = IdempotencyKey.from(options);
    FieldChecks.notBlank(externalId, "externalId");
    if (fields.externalId().isPresent() && !fields.externalId().get().equals(externalId)) {
      throw new IllegalArgumentException(
          "fields.externalId must equal the externalId being upserted, or be left unset");
    }
    Map<String, Object> body = RequestBodies.contact(fields);
    RequestTag o = calls.write(UPSERT, OptmyzrScopes.CONTACTS_WRITE, key.value()).with(options);
    Response<ContactWire> response =
        calls.executeRaw(
            RequestTag.applyTimeout(api.upsertContact(externalId, body, key.value(), o), options),
            UPSERT);
    ContactWire wire = response.body();
    if (wire == null) {
      throw new ApiException(
          UPSERT + " returned no body", response.code(), null, List.of(), null, false, null);
    }
    return new UpsertResult(WireMapping.contact(wire, UPSERT), response.code() == 201);
  }

  /**
   * Changes the fields that are set in {@code changes} ({@code PATCH /v1/contacts/{id}}), with a
   * random idempotency key.
   *
   * @param contactId the contact id
   * @param changes the fields to change; at least one
   * @return the updated contact
   */
  public Contact update(String contactId, ContactFields changes) {
    return update(contactId, changes, RequestOptions.defaults());
  }

  /**
   * Changes the fields that are set in {@code changes}, with the caller's idempotency key.
   *
   * @param contactId the contact id
   * @param changes the fields to change; at least one
   * @param options per-request options: the idempotency key (random when unset), timeout, retries
   * @return the updated contact
   */
  public Contact update(String contactId, ContactFields changes, RequestOptions options) {
    FieldChecks.notBlank(contactId, "contactId");
    if (changes.isEmpty()) {
      throw new IllegalArgumentException("changes must set at least one field");
    }
    return patch(contactId, RequestBodies.contact(changes), options);
  }

  /**
   * Sets the contact's {@code lead_score}.
   *
   * @param contactId the contact id
   * @param leadScore the score
   * @param options per-request options: the idempotency key (random when unset), timeout, retries
   * @return the updated contact
   */
  public Contact setLeadScore(String contactId, int leadScore, RequestOptions options) {
    FieldChecks.notBlank(contactId, "contactId");
    return patch(contactId, RequestBodies.single("lead_score", leadScore), options);
  }

  /**
   * Sets the contact's {@code lead_score} with a random idempotency key.
   *
   * @param contactId the contact id
   * @param leadScore the score
   * @return the updated contact
   */
  public Contact setLeadScore(String contactId, int leadScore) {
    return setLeadScore(contactId, leadScore, RequestOptions.defaults());
  }

  /**
   * Replaces the contact's {@code tags}.
   *
   * @param contactId the contact id
   * @param tags the complete tag list (empty clears them)
   * @param options per-request options: the idempotency key (random when unset), timeout, retries
   * @return the updated contact
   */
  public Contact setTags(String contactId, List<String> tags, RequestOptions options) {
    FieldChecks.notBlank(contactId, "contactId");
    return patch(contactId, RequestBodies.tags(tags), options);
  }

  /**
   * Replaces the contact's {@code tags} with a random idempotency key.
   *
   * @param contactId the contact id
   * @param tags the complete tag list (empty clears them)
   * @return the updated contact
   */
  public Contact setTags(String contactId, List<String> tags) {
    return setTags(contactId, tags, RequestOptions.defaults());
  }

  /**
   * Reads a contact ({@code GET /v1/contacts/{id}}).
   *
   * @param contactId the contact id
   * @return the contact
   * @throws io.ghlsync.core.NotFoundException if there is none
   */
  public Contact get(String contactId) {
    FieldChecks.notBlank(contactId, "contactId");
    return WireMapping.contact(calls.execute(api.getContact(contactId, calls.read(GET)), GET), GET);
  }

  /**
   * The first contact with an e-mail address, for finding a duplicate before a create.
   *
   * @param email the address
   * @return the contact, if any
   */
  public Optional<Contact> findByEmail(String email) {
    return list(ContactQuery.builder().email(email).limit(1).build()).items().stream().findFirst();
  }

  /**
   * Lists one page of contacts ({@code GET /v1/contacts}).
   *
   * @param query limit, cursor, updated_after, email
   * @return the page
   */
  public CursorPage<Contact> list(ContactQuery query) {
    Map<String, String> q = new LinkedHashMap<>();
    query.limit().ifPresent(v -> q.put("limit", Integer.toString(v)));
    query.cursor().ifPresent(v -> q.put("cursor", v));
    query.updatedAfter().ifPresent(v -> q.put("updated_after", v.toString()));
    query.email().ifPresent(v -> q.put("email", v));
    return WireMapping.page(
        calls.execute(api.listContacts(q, calls.read(LIST)), LIST),
        w -> WireMapping.contact(w, LIST),
        LIST);
  }

  /**
   * Every contact matching the query, fetched lazily page by page as the stream is consumed.
   *
   * @param query the query of the first page
   * @return the contacts
   */
  public Stream<Contact> listAll(ContactQuery query) {
    return Paging.stream(
        query,
        q -> {
          CursorPage<Contact> page = list(q);
          return new Paging.Chunk<>(page.items(), page.nextCursor().map(q::withCursor));
        });
  }

  private Contact patch(String contactId, Map<String, Object> body, RequestOptions options) {
    IdempotencyKey key = IdempotencyKey.from(options);
    RequestTag o = calls.write(UPDATE, OptmyzrScopes.CONTACTS_WRITE, key.value()).with(options);
    return WireMapping.contact(
        calls.execute(
            RequestTag.applyTimeout(api.updateContact(contactId, body, key.value(), o), options),
            UPDATE),
        UPDATE);
  }
}
