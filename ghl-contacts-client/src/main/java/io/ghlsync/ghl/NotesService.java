package io.ghlsync.ghl;

import io.ghlsync.core.RequestOptions;
import io.ghlsync.ghl.internal.Envelopes;
import io.ghlsync.ghl.internal.GhlOperation;
import io.ghlsync.ghl.internal.GhlTransport;
import io.ghlsync.ghl.internal.NotesApi;
import io.ghlsync.ghl.internal.PathSegments;
import io.ghlsync.ghl.model.CreateNoteRequest;
import io.ghlsync.ghl.model.Note;
import io.ghlsync.ghl.model.UpdateNoteRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Notes of a contact ({@code /contacts/{contactId}/notes}). */
public final class NotesService {
  private final GhlTransport transport;
  private final NotesApi api;

  NotesService(GhlTransport transport, NotesApi api) {
    this.transport = transport;
    this.api = api;
  }

  /**
   * Lists a contact's notes (scope contacts.readonly).
   *
   * @param contactId the contact id
   * @return the notes
   */
  public List<Note> list(String contactId) {
    String c = PathSegments.id(contactId, "contactId");
    return transport.execute(GhlOperation.NOTES_LIST, null, o -> api.list(c, o)).notes();
  }

  /**
   * {@link #list(String)} without blocking the caller (see "Async twins" in {@link GhlClient}:
   * every failure completes the future exceptionally; cancelling it cancels the request).
   *
   * @param contactId the contact id
   * @return the future result
   */
  public CompletableFuture<List<Note>> listAsync(String contactId) {
    return transport.async(() -> list(contactId));
  }

  /**
   * Reads one note (scope contacts.readonly).
   *
   * @param contactId the contact id
   * @param noteId the note id
   * @return the note
   */
  public Note get(String contactId, String noteId) {
    String c = PathSegments.id(contactId, "contactId");
    String n = PathSegments.id(noteId, "noteId");
    return unwrap(
        GhlOperation.NOTES_GET,
        transport.execute(GhlOperation.NOTES_GET, null, o -> api.get(c, n, o)));
  }

  /**
   * {@link #get(String, String)} without blocking the caller (see "Async twins" in {@link
   * GhlClient}: every failure completes the future exceptionally; cancelling it cancels the
   * request).
   *
   * @param contactId the contact id
   * @param noteId the note id
   * @return the future result
   */
  public CompletableFuture<Note> getAsync(String contactId, String noteId) {
    return transport.async(() -> get(contactId, noteId));
  }

  /**
   * Creates a note (scope contacts.write). Not retried after an I/O error or 5xx, because a repeat
   * would create a second note.
   *
   * @param contactId the contact id
   * @param request the note
   * @return the created note
   */
  public Note create(String contactId, CreateNoteRequest request) {
    return create(contactId, request, RequestOptions.defaults());
  }

  /**
   * {@link #create(String, CreateNoteRequest)} without blocking the caller (see "Async twins" in
   * {@link GhlClient}: every failure completes the future exceptionally; cancelling it cancels the
   * request).
   *
   * @param contactId the contact id
   * @param request the note
   * @return the future result
   */
  public CompletableFuture<Note> createAsync(String contactId, CreateNoteRequest request) {
    return transport.async(() -> create(contactId, request));
  }

  /**
   * Creates a note (scope contacts.write). Not retried after an I/O error or 5xx, because a repeat
   * would create a second note.
   *
   * @param contactId the contact id
   * @param request the note
   * @param options per-request options (timeout, retries); GHL has no idempotency key
   * @return the created note
   */
  public Note create(String contactId, CreateNoteRequest request, RequestOptions options) {
    String c = PathSegments.id(contactId, "contactId");
    return unwrap(
        GhlOperation.NOTES_CREATE,
        transport.execute(
            GhlOperation.NOTES_CREATE, null, options, o -> api.create(c, request, o)));
  }

  /**
   * {@link #create(String, CreateNoteRequest, RequestOptions)} without blocking the caller (see
   * "Async twins" in {@link GhlClient}: every failure completes the future exceptionally;
   * cancelling it cancels the request).
   *
   * @param contactId the contact id
   * @param request the note
   * @param options per-request options (timeout, retries); GHL has no idempotency key
   * @return the future result
   */
  public CompletableFuture<Note> createAsync(
      String contactId, CreateNoteRequest request, RequestOptions options) {
    return transport.async(() -> create(contactId, request, options));
  }

  /**
   * Updates a note (scope contacts.write).
   *
   * @param contactId the contact id
   * @param noteId the note id
   * @param request the changes
   * @return the updated note
   */
  public Note update(String contactId, String noteId, UpdateNoteRequest request) {
    return update(contactId, noteId, request, RequestOptions.defaults());
  }

  /**
   * {@link #update(String, String, UpdateNoteRequest)} without blocking the caller (see "Async
   * twins" in {@link GhlClient}: every failure completes the future exceptionally; cancelling it
   * cancels the request).
   *
   * @param contactId the contact id
   * @param noteId the note id
   * @param request the changes
   * @return the future result
   */
  public CompletableFuture<Note> updateAsync(
      String contactId, String noteId, UpdateNoteRequest request) {
    return transport.async(() -> update(contactId, noteId, request));
  }

  /**
   * Updates a note (scope contacts.write).
   *
   * @param contactId the contact id
   * @param noteId the note id
   * @param request the changes
   * @param options per-request options (timeout, retries); GHL has no idempotency key
   * @return the updated note
   */
  public Note update(
      String contactId, String noteId, UpdateNoteRequest request, RequestOptions options) {
    String c = PathSegments.id(contactId, "contactId");
    String n = PathSegments.id(noteId, "noteId");
    return unwrap(
        GhlOperation.NOTES_UPDATE,
        transport.execute(
            GhlOperation.NOTES_UPDATE, null, options, o -> api.update(c, n, request, o)));
  }

  /**
   * {@link #update(String, String, UpdateNoteRequest, RequestOptions)} without blocking the caller
   * (see "Async twins" in {@link GhlClient}: every failure completes the future exceptionally;
   * cancelling it cancels the request).
   *
   * @param contactId the contact id
   * @param noteId the note id
   * @param request the changes
   * @param options per-request options (timeout, retries); GHL has no idempotency key
   * @return the future result
   */
  public CompletableFuture<Note> updateAsync(
      String contactId, String noteId, UpdateNoteRequest request, RequestOptions options) {
    return transport.async(() -> update(contactId, noteId, request, options));
  }

  /**
   * Deletes a note (scope contacts.write).
   *
   * @param contactId the contact id
   * @param noteId the note id
   * @return whether GHL reported success
   */
  public boolean delete(String contactId, String noteId) {
    return delete(contactId, noteId, RequestOptions.defaults());
  }

  /**
   * {@link #delete(String, String)} without blocking the caller (see "Async twins" in {@link
   * GhlClient}: every failure completes the future exceptionally; cancelling it cancels the
   * request).
   *
   * @param contactId the contact id
   * @param noteId the note id
   * @return the future result
   */
  public CompletableFuture<Boolean> deleteAsync(String contactId, String noteId) {
    return transport.async(() -> delete(contactId, noteId));
  }

  /**
   * Deletes a note (scope contacts.write).
   *
   * @param contactId the contact id
   * @param noteId the note id
   * @param options per-request options (timeout, retries); GHL has no idempotency key
   * @return whether GHL reported success
   */
  public boolean delete(String contactId, String noteId, RequestOptions options) {
    String c = PathSegments.id(contactId, "contactId");
    String n = PathSegments.id(noteId, "noteId");
    return transport
        .execute(GhlOperation.NOTES_DELETE, null, options, o -> api.delete(c, n, o))
        .succeeded();
  }

  /**
   * {@link #delete(String, String, RequestOptions)} without blocking the caller (see "Async twins"
   * in {@link GhlClient}: every failure completes the future exceptionally; cancelling it cancels
   * the request).
   *
   * @param contactId the contact id
   * @param noteId the note id
   * @param options per-request options (timeout, retries); GHL has no idempotency key
   * @return the future result
   */
  public CompletableFuture<Boolean> deleteAsync(
      String contactId, String noteId, RequestOptions options) {
    return transport.async(() -> delete(contactId, noteId, options));
  }

  private static Note unwrap(GhlOperation op, Envelopes.NoteEnvelope envelope) {
    return envelope.note().orElseThrow(() -> GhlTransport.missing(op, "note"));
  }
}
