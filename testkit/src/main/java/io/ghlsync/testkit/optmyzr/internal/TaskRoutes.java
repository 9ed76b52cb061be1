package io.ghlsync.testkit.optmyzr.internal;

import io.ghlsync.testkit.FakeResponse;
import io.ghlsync.testkit.JsonText;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import okhttp3.HttpUrl;

/**
 * Tasks of the contract: create (201; the contact must exist), partial update ({@code status}
 * {@code open} or {@code completed}, which sets or clears {@code completed_at}), complete
 * (idempotent: completing twice keeps the first {@code completed_at}) and list by {@code
 * contact_id} and {@code status}, oldest first.
 */
public final class TaskRoutes {
  private static final Set<String> CREATE_FIELDS =
      Set.of("contact_id", "title", "body", "due_at", "assignee_id");
  private static final Set<String> PATCH_FIELDS =
      Set.of("title", "body", "due_at", "assignee_id", "status");

  private final Table tasks;
  private final Table contacts;
  private final Clock clock;

  /**
   * Creates the routes.
   *
   * @param tasks the tasks table
   * @param contacts the contacts table (tasks must belong to a contact)
   * @param clock stamps the timestamps
   */
  public TaskRoutes(Table tasks, Table contacts, Clock clock) {
    this.tasks = tasks;
    this.contacts = contacts;
    this.clock = clock;
  }

  /**
   * {@code POST /v1/tasks}.
   *
   * @param body the request body
   * @return 201 and the task
   */
  public FakeResponse create(String body) {
    Map<String, Object> in = BodyRules.object(body, CREATE_FIELDS);
    String contactId = BodyRules.requiredText(in, "contact_id");
    if (contacts.get(contactId).isEmpty()) {
      throw Rejection.notFound("contact", "contact_id");
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("contact_id", contactId);
    json.put("title", BodyRules.requiredText(in, "title"));
    json.put("body", BodyRules.text(in, "body"));
    json.put("due_at", BodyRules.timestamp(in, "due_at"));
    json.put("assignee_id", BodyRules.text(in, "assignee_id"));
    json.put("status", "open");
    json.put("completed_at", null);
    String now = clock.instant().toString();
    json.put("created_at", now);
    json.put("updated_at", now);
    return FakeResponse.json(201, JsonText.write(tasks.insert(json).json()));
  }

  /**
   * {@code PATCH /v1/tasks/{id}}.
   *
   * @param id the task id
   * @param body the fields to change
   * @return 200 and the task
   */
  public FakeResponse update(String id, String body) {
    Table.Row row = find(id);
    Map<String, Object> in = BodyRules.object(body, PATCH_FIELDS);
    Map<String, Object> json = row.json();
    if (in.containsKey("title")) {
      json.put("title", BodyRules.requiredText(in, "title"));
    }
    if (in.containsKey("body")) {
      json.put("body", BodyRules.text(in, "body"));
    }
    if (in.containsKey("due_at")) {
      json.put("due_at", BodyRules.timestamp(in, "due_at"));
    }
    if (in.containsKey("assignee_id")) {
      json.put("assignee_id", BodyRules.text(in, "assignee_id"));
    }
    if (in.containsKey("status")) {
      String status = BodyRules.requiredText(in, "status");
      if (status.equals("completed")) {
        markCompleted(json);
      } else if (status.equals("open")) {
        json.put("status", "open");
        json.put("completed_at", null);
      } else {
        throw Rejection.invalid("status", "status must be open or completed");
      }
    }
    json.put("updated_at", clock.instant().toString());
    return FakeResponse.json(200, JsonText.write(json));
  }

  /**
   * {@code POST /v1/tasks/{id}/complete}.
   *
   * @param id the task id
   * @return 200 and the completed task
   */
  public FakeResponse complete(String id) {
    Table.Row row = find(id);
    if (!"completed".equals(row.json().get("status"))) {
      markCompleted(row.json());
      row.json().put("updated_at", clock.instant().toString());
    }
    return FakeResponse.json(200, JsonText.write(row.json()));
  }

  /**
   * {@code GET /v1/tasks}.
   *
   * @param url the request URL with the query
   * @return 200 and a page
   */
  public FakeResponse list(HttpUrl url) {
    int limit = BodyRules.limit(url.queryParameter("limit"));
    long after = Cursors.decode("tasks", url.queryParameter("cursor"));
    String contactId = url.queryParameter("contact_id");
    String status = url.queryParameter("status");
    if (status != null && !status.equals("open") && !status.equals("completed")) {
      throw Rejection.badRequest("invalid_status", "status must be open or completed", "status");
    }
    Predicate<Map<String, Object>> filter =
        t ->
            (contactId == null || contactId.equals(t.get("contact_id")))
                && (status == null || status.equals(t.get("status")));
    return FakeResponse.json(
        200, JsonText.write(Cursors.page("tasks", tasks.page(filter, false, after, limit), limit)));
  }

  private void markCompleted(Map<String, Object> json) {
    if (!"completed".equals(json.get("status"))) {
      json.put("status", "completed");
      json.put("completed_at", clock.instant().toString());
    }
  }

  private Table.Row find(String id) {
    return tasks.get(id).orElseThrow(() -> Rejection.notFound("task", "id"));
  }
}
