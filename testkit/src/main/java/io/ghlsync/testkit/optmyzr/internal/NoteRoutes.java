package io.ghlsync.testkit.optmyzr.internal;

import io.ghlsync.testkit.FakeResponse;
import io.ghlsync.testkit.JsonText;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * Notes of the contract, an append-only history per contact: append (201; {@code occurred_at}
 * defaults to the creation time) and list newest first (by creation order).
 */
public final class NoteRoutes {
  private static final Set<String> FIELDS = Set.of("body", "author", "occurred_at");

  private final Table notes;
  private final Table contacts;
  private final Clock clock;

  /**
   * Creates the routes.
   *
   * @param notes the notes table
   * @param contacts the contacts table
   * @param clock stamps created_at
   */
  public NoteRoutes(Table notes, Table contacts, Clock clock) {
    this.notes = notes;
    this.contacts = contacts;
    this.clock = clock;
  }

  /**
   * {@code POST /v1/contacts/{id}/notes}.
   *
   * @param contactId the contact id from the path
   * @param body the request body
   * @return 201 and the note
   */
  public FakeResponse create(String contactId, String body) {
    requireContact(contactId);
    Map<String, Object> in = BodyRules.object(body, FIELDS);
    String now = clock.instant().toString();
    String occurredAt = BodyRules.timestamp(in, "occurred_at");
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("contact_id", contactId);
    json.put("body", BodyRules.requiredText(in, "body"));
    json.put("author", BodyRules.text(in, "author"));
    json.put("occurred_at", occurredAt == null ? now : occurredAt);
    json.put("created_at", now);
    return FakeResponse.json(201, JsonText.write(notes.insert(json).json()));
  }

  /**
   * {@code GET /v1/contacts/{id}/notes}.
   *
   * @param contactId the contact id from the path
   * @param url the request URL with the query
   * @return 200 and a page, newest first
   */
  public FakeResponse list(String contactId, HttpUrl url) {
    requireContact(contactId);
    int limit = BodyRules.limit(url.queryParameter("limit"));
    long after = Cursors.decode("notes", url.queryParameter("cursor"));
    return FakeResponse.json(
        200,
        JsonText.write(
            Cursors.page(
                "notes",
                notes.page(n -> contactId.equals(n.get("contact_id")), true, after, limit),
                limit)));
  }

  private void requireContact(String contactId) {
    if (contacts.get(contactId).isEmpty()) {
      throw Rejection.notFound("contact", "id");
    }
  }
}
