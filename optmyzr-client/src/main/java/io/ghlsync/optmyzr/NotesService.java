package io.ghlsync.optmyzr;

import io.ghlsync.core.Paging;
import io.ghlsync.core.RequestOptions;
import io.ghlsync.core.internal.RequestTag;
import io.ghlsync.optmyzr.internal.ContractApi;
import io.ghlsync.optmyzr.internal.FieldChecks;
import io.ghlsync.optmyzr.internal.OptmyzrCalls;
import io.ghlsync.optmyzr.internal.RequestBodies;
import io.ghlsync.optmyzr.internal.WireMapping;
import io.ghlsync.optmyzr.model.CursorPage;
import io.ghlsync.optmyzr.model.Note;
import io.ghlsync.optmyzr.model.NoteInput;
import io.ghlsync.optmyzr.model.NoteQuery;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Notes of the contacts contract: a contact's append-only history. {@link #create} appends (scope
 * {@value OptmyzrScopes#NOTES_WRITE}, with an {@code Idempotency-Key}); {@link #list} returns the
 * newest first.
 */
public final class NotesService {
  private static final String CREATE = "POST /v1/contacts/{id}/notes";
  private static final String LIST = "GET /v1/contacts/{id}/notes";

  private final ContractApi api;
  private final OptmyzrCalls calls;

  NotesService(ContractApi api, OptmyzrCalls calls) {
    this.api = api;
    this.calls = calls;
  }

  /**
   * Appends a note to a contact with a random idempotency key.
   *
   * @param contactId the contact id
   * @param note the note
   * @return the stored note
   */
  public Note create(String contactId, NoteInput note) {
    return create(contactId, note, RequestOptions.defaults());
  }

  /**
   * Appends a note to a contact with the caller's idempotency key, so that a repeated sync step
   * does not append it twice.
   *
   * @param contactId the contact id
   * @param note the note
   * @param options per-request options: the idempotency key (random when unset), timeout, retries
   * @return the stored note
   */
  public Note create(String contactId, NoteInput note, RequestOptions options) {
    IdempotencyKey key = IdempotencyKey.from(options);
    FieldChecks.notBlank(contactId, "contactId");
    RequestTag o = calls.write(CREATE, OptmyzrScopes.NOTES_WRITE, key.value()).with(options);
    return WireMapping.note(
        calls.execute(
            RequestTag.applyTimeout(
                api.createNote(contactId, RequestBodies.note(note), key.value(), o), options),
            CREATE),
        contactId,
        CREATE);
  }

  /**
   * Lists one page of a contact's notes, newest first.
   *
   * @param contactId the contact id
   * @param query limit and cursor
   * @return the page
   */
  public CursorPage<Note> list(String contactId, NoteQuery query) {
    FieldChecks.notBlank(contactId, "contactId");
    Map<String, String> q = new LinkedHashMap<>();
    query.limit().ifPresent(v -> q.put("limit", Integer.toString(v)));
    query.cursor().ifPresent(v -> q.put("cursor", v));
    return WireMapping.page(
        calls.execute(api.listNotes(contactId, q, calls.read(LIST)), LIST),
        w -> WireMapping.note(w, contactId, LIST),
        LIST);
  }

  /**
   * Every note of a contact, newest first, fetched lazily page by page.
   *
   * @param contactId the contact id
   * @return the notes
   */
  public Stream<Note> listAll(String contactId) {
    FieldChecks.notBlank(contactId, "contactId");
    return Paging.stream(
        NoteQuery.firstPage(),
        q -> {
          CursorPage<Note> page = list(contactId, q);
          return new Paging.Chunk<>(page.items(), page.nextCursor().map(q::withCursor));
        });
  }
}
