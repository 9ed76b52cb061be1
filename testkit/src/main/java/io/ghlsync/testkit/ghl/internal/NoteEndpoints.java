package io.ghlsync.testkit.ghl.internal;

import io.ghlsync.testkit.FakeResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The five note operations under {@code /contacts/{contactId}/notes}. */
final class NoteEndpoints {
  private static final Set<String> FIELDS = Set.of("userId", "body", "title", "color", "pinned");

  private NoteEndpoints() {}

  static FakeResponse list(Call call) {
    String contactId = call.param("contactId");
    call.contact(contactId);
    List<Object> notes = new ArrayList<>(call.location().notes().list(contactId));
    return Call.json(200, Map.of("notes", notes));
  }

  static FakeResponse create(Call call) {
    String contactId = call.param("contactId");
    call.contact(contactId);
    Map<String, Object> body = call.body();
    ContactEndpoints.failOn(checked(body).required("body"));
    Map<String, Object> note = new LinkedHashMap<>();
    note.put("id", call.location().newId());
    note.put("body", body.get("body"));
    note.put("dateAdded", Dates.format(call.world().now()));
    note.put("contactId", contactId);
    apply(note, body);
    call.location().notes().writable(contactId).put(JsonTree.requireText(note, "id"), note);
    call.world().events().note("NoteCreate", call.location().id(), note);
    return Call.json(201, Map.of("note", note));
  }

  static FakeResponse get(Call call) {
    String contactId = call.param("contactId");
    call.contact(contactId);
    Map<String, Object> note =
        call.location()
            .notes()
            .get(contactId, call.param("id"))
            .orElseThrow(() -> call.notFound("Note not found"));
    return Call.json(200, Map.of("note", note));
  }

  static FakeResponse update(Call call) {
    Map<String, Object> body = call.body();
    Map<String, Object> note = find(call);
    ContactEndpoints.failOn(checked(body));
    apply(note, body);
    call.world().events().note("NoteUpdate", call.location().id(), note);
    return Call.json(200, Map.of("note", note));
  }

  static FakeResponse delete(Call call) {
    Map<String, Object> note = find(call);
    call.location().notes().writable(call.param("contactId")).remove(call.param("id"));
    call.world().events().note("NoteDelete", call.location().id(), note);
    return Call.json(200, Map.of("succeded", true));
  }

  private static Map<String, Object> find(Call call) {
    String contactId = call.param("contactId");
    call.contact(contactId);
    Map<String, Object> note = call.location().notes().writable(contactId).get(call.param("id"));
    if (note == null) {
      throw call.notFound("Note not found");
    }
    return note;
  }

  private static DtoCheck checked(Map<String, Object> body) {
    return DtoCheck.of(body, FIELDS)
        .string("userId")
        .string("body")
        .string("title")
        .string("color")
        .bool("pinned");
  }

  private static void apply(Map<String, Object> note, Map<String, Object> body) {
    for (Map.Entry<String, Object> entry : body.entrySet()) {
      if (entry.getValue() == null) {
        note.remove(entry.getKey());
      } else {
        note.put(entry.getKey(), entry.getValue());
      }
    }
  }
}
