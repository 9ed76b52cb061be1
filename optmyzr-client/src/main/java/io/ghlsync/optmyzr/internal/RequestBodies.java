package io.ghlsync.optmyzr.internal;

import io.ghlsync.optmyzr.model.ContactFields;
import io.ghlsync.optmyzr.model.NoteInput;
import io.ghlsync.optmyzr.model.TaskInput;
import io.ghlsync.optmyzr.model.TaskPatch;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the snake_case JSON bodies of the contacts contract, checking every value first. Only set
 * fields are included, always in the same order, so the same input gives the same bytes (the server
 * compares bodies of a repeated {@code Idempotency-Key}).
 */
public final class RequestBodies {
  private RequestBodies() {}

  /**
   * The body of a contact create, upsert or update.
   *
   * @param f the fields
   * @return the JSON object
   * @throws IllegalArgumentException naming the first invalid field
   */
  public static Map<String, Object> contact(ContactFields f) {
    Map<String, Object> m = new LinkedHashMap<>();
    f.externalId().ifPresent(v -> m.put("external_id", FieldChecks.notBlank(v, "externalId")));
    f.email().ifPresent(v -> m.put("email", FieldChecks.email(v, "email")));
    f.phone().ifPresent(v -> m.put("phone", FieldChecks.phone(v, "phone")));
    f.firstName().ifPresent(v -> m.put("first_name", v));
    f.lastName().ifPresent(v -> m.put("last_name", v));
    f.company().ifPresent(v -> m.put("company", v));
    f.lifecycleStage().ifPresent(v -> m.put("lifecycle_stage", v));
    f.leadScore().ifPresent(v -> m.put("lead_score", v));
    f.source().ifPresent(v -> m.put("source", v));
    f.gclid().ifPresent(v -> m.put("gclid", v));
    f.tags().ifPresent(v -> m.put("tags", FieldChecks.notBlankEach(v, "tags")));
    f.customFields()
        .ifPresent(
            v -> {
              v.keySet().forEach(k -> FieldChecks.notBlank(k, "customFields key"));
              m.put("custom_fields", v);
            });
    return m;
  }

  /**
   * The body of a task create.
   *
   * @param t the input
   * @return the JSON object
   */
  public static Map<String, Object> task(TaskInput t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("contact_id", t.contactId());
    m.put("title", t.title());
    t.body().ifPresent(v -> m.put("body", v));
    t.dueAt().ifPresent(v -> m.put("due_at", v.toString()));
    t.assigneeId().ifPresent(v -> m.put("assignee_id", v));
    return m;
  }

  /**
   * The body of a task update.
   *
   * @param p the patch
   * @return the JSON object
   */
  public static Map<String, Object> taskPatch(TaskPatch p) {
    Map<String, Object> m = new LinkedHashMap<>();
    p.title().ifPresent(v -> m.put("title", v));
    p.body().ifPresent(v -> m.put("body", v));
    p.dueAt().ifPresent(v -> m.put("due_at", v.toString()));
    p.assigneeId().ifPresent(v -> m.put("assignee_id", v));
    p.status().ifPresent(v -> m.put("status", v.wireValue()));
    return m;
  }

  /**
   * The body of a note append.
   *
   * @param n the input
   * @return the JSON object
   */
  public static Map<String, Object> note(NoteInput n) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("body", n.body());
    n.author().ifPresent(v -> m.put("author", v));
    n.occurredAt().ifPresent(v -> m.put("occurred_at", v.toString()));
    return m;
  }

  /**
   * A body that sets one contact field.
   *
   * @param field the JSON field name
   * @param value its value
   * @return the JSON object
   */
  public static Map<String, Object> single(String field, Object value) {
    return Map.of(field, value);
  }

  /**
   * A body that sets {@code tags}.
   *
   * @param tags the tags
   * @return the JSON object
   */
  public static Map<String, Object> tags(List<String> tags) {
    return single("tags", FieldChecks.notBlankEach(tags, "tags"));
  }
}
