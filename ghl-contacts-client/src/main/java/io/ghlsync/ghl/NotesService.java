package io.ghlsync.ghl;

import io.ghlsync.ghl.internal.Envelopes;
import io.ghlsync.ghl.internal.GhlOperation;
import io.ghlsync.ghl.internal.GhlTransport;
import io.ghlsync.ghl.internal.NotesApi;
import io.ghlsync.ghl.internal.PathSegments;
import io.ghlsync.ghl.model.CreateNoteRequest;
import io.ghlsync.ghl.model.Note;
import io.ghlsync.ghl.model.UpdateNoteRequest;
import java.util.List;

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
   * Creates a note (scope contacts.write). Not retried after an I/O error or 5xx, because a repeat
   * would create a second note.
   *
   * @param contactId the contact id
   * @param request the note
   * @return the created note
   */
  public Note create(String contactId, CreateNoteRequest request) {
    String c = PathSegments.id(contactId, "contactId");
    return unwrap(
        GhlOperation.NOTES_CREATE,
        transport.execute(GhlOperation.NOTES_CREATE, null, o -> api.create(c, request, o)));
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
    String c = PathSegments.id(contactId, "contactId");
    String n = PathSegments.id(noteId, "noteId");
    return unwrap(
        GhlOperation.NOTES_UPDATE,
        transport.execute(GhlOperation.NOTES_UPDATE, null, o -> api.update(c, n, request, o)));
  }

  /**
   * Deletes a note (scope contacts.write).
   *
   * @param contactId the contact id
   * @param noteId the note id
   * @return whether GHL reported success
   */
  public boolean delete(String contactId, String noteId) {
    String c = PathSegments.id(contactId, "contactId");
    String n = PathSegments.id(noteId, "noteId");
    return transport.execute(GhlOperation.NOTES_DELETE, null, o -> api.delete(c, n, o)).succeeded();
  }

  private static Note unwrap(GhlOperation op, Envelopes.NoteEnvelope envelope) {
    return envelope.note().orElseThrow(() -> GhlTransport.missing(op, "note"));
  }
}
