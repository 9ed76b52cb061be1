package io.ghlsync.optmyzr.internal;

import io.ghlsync.core.internal.RequestTag;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.QueryMap;
import retrofit2.http.Tag;

/**
 * The contacts contract (section 5 of the Optmyzr reference), relative to the base URL the user
 * sets. Every write carries an {@code Idempotency-Key}.
 */
public interface ContractApi {
  /** The header that makes a write safe to repeat. */
  String IDEMPOTENCY_KEY = "Idempotency-Key";

  /**
   * Creates a contact.
   *
   * @param body the fields
   * @param key the idempotency key
   * @param options per-request options
   * @return the call
   */
  @POST("v1/contacts")
  Call<ContactWire> createContact(
      @Body Map<String, Object> body, @Header(IDEMPOTENCY_KEY) String key, @Tag RequestTag options);

  /**
   * Creates or updates the contact with an external id.
   *
   * @param externalId the external id
   * @param body the fields
   * @param key the idempotency key
   * @param options per-request options
   * @return the call
   */
  @PUT("v1/contacts/by-external-id/{external_id}")
  Call<ContactWire> upsertContact(
      @Path("external_id") String externalId,
      @Body Map<String, Object> body,
      @Header(IDEMPOTENCY_KEY) String key,
      @Tag RequestTag options);

  /**
   * Partially updates a contact.
   *
   * @param id the contact id
   * @param body the fields to change
   * @param key the idempotency key
   * @param options per-request options
   * @return the call
   */
  @PATCH("v1/contacts/{id}")
  Call<ContactWire> updateContact(
      @Path("id") String id,
      @Body Map<String, Object> body,
      @Header(IDEMPOTENCY_KEY) String key,
      @Tag RequestTag options);

  /**
   * Reads a contact.
   *
   * @param id the contact id
   * @param options per-request options
   * @return the call
   */
  @GET("v1/contacts/{id}")
  Call<ContactWire> getContact(@Path("id") String id, @Tag RequestTag options);

  /**
   * Lists contacts.
   *
   * @param query limit, cursor, updated_after, email
   * @param options per-request options
   * @return the call
   */
  @GET("v1/contacts")
  Call<PageWire<ContactWire>> listContacts(
      @QueryMap Map<String, String> query, @Tag RequestTag options);

  /**
   * Creates a task.
   *
   * @param body the task
   * @param key the idempotency key
   * @param options per-request options
   * @return the call
   */
  @POST("v1/tasks")
  Call<TaskWire> createTask(
      @Body Map<String, Object> body, @Header(IDEMPOTENCY_KEY) String key, @Tag RequestTag options);

  /**
   * Partially updates a task.
   *
   * @param id the task id
   * @param body the fields to change
   * @param key the idempotency key
   * @param options per-request options
   * @return the call
   */
  @PATCH("v1/tasks/{id}")
  Call<TaskWire> updateTask(
      @Path("id") String id,
      @Body Map<String, Object> body,
      @Header(IDEMPOTENCY_KEY) String key,
      @Tag RequestTag options);

  /**
   * Completes a task (idempotent on the server).
   *
   * @param id the task id
   * @param key the idempotency key
   * @param options per-request options
   * @return the call
   */
  @POST("v1/tasks/{id}/complete")
  Call<TaskWire> completeTask(
      @Path("id") String id, @Header(IDEMPOTENCY_KEY) String key, @Tag RequestTag options);

  /**
   * Lists tasks.
   *
   * @param query contact_id, status, limit, cursor
   * @param options per-request options
   * @return the call
   */
  @GET("v1/tasks")
  Call<PageWire<TaskWire>> listTasks(@QueryMap Map<String, String> query, @Tag RequestTag options);

  /**
   * Appends a note to a contact.
   *
   * @param contactId the contact id
   * @param body the note
   * @param key the idempotency key
   * @param options per-request options
   * @return the call
   */
  @POST("v1/contacts/{id}/notes")
  Call<NoteWire> createNote(
      @Path("id") String contactId,
      @Body Map<String, Object> body,
      @Header(IDEMPOTENCY_KEY) String key,
      @Tag RequestTag options);

  /**
   * Lists a contact's notes, newest first.
   *
   * @param contactId the contact id
   * @param query limit, cursor
   * @param options per-request options
   * @return the call
   */
  @GET("v1/contacts/{id}/notes")
  Call<PageWire<NoteWire>> listNotes(
      @Path("id") String contactId, @QueryMap Map<String, String> query, @Tag RequestTag options);
}
