package io.ghlsync.sync.optmyzr;

import io.ghlsync.optmyzr.model.ContactFields;
import io.ghlsync.optmyzr.model.Note;
import io.ghlsync.optmyzr.model.NoteInput;
import io.ghlsync.optmyzr.model.Task;
import io.ghlsync.optmyzr.model.TaskInput;
import io.ghlsync.optmyzr.model.TaskPatch;
import io.ghlsync.optmyzr.model.TaskStatus;
import io.ghlsync.sync.mapping.MappedRecord;
import io.ghlsync.sync.target.MappedValues;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Translates between mapped records and the Optmyzr contract's models. Mapping field names are the
 * contract's JSON names: contacts {@code email, phone, first_name, last_name, company,
 * lifecycle_stage, lead_score, source, gclid, tags, custom_fields.<key>}; tasks {@code title, body,
 * due_at, assignee_id, status}; notes {@code body, author, occurred_at}.
 */
final class OptmyzrFields {
  static final String CUSTOM = "custom_fields.";
  static final Set<String> TASK_FIELDS = Set.of("title", "body", "due_at", "assignee_id", "status");
  static final Set<String> NOTE_FIELDS = Set.of("body", "author", "occurred_at");

  private OptmyzrFields() {}

  static ContactFields contact(MappedRecord record) {
    ContactFields.Builder b = ContactFields.builder();
    record.fields().forEach((field, value) -> setContact(b, field, value));
    for (String field : record.cleared()) {
      if (field.equals("tags")) {
        b.tags(List.of());
      } else {
        setContact(b, field, "");
      }
    }
    return b.build();
  }

  private static void setContact(ContactFields.Builder b, String field, Object value) {
    String text = MappedValues.display(value);
    switch (field) {
      case "email" -> b.email(text);
      case "phone" -> b.phone(text);
      case "first_name" -> b.firstName(text);
      case "last_name" -> b.lastName(text);
      case "company" -> b.company(text);
      case "lifecycle_stage" -> b.lifecycleStage(text);
      case "lead_score" -> b.leadScore(Integer.parseInt(text));
      case "source" -> b.source(text);
      case "gclid" -> b.gclid(text);
      case "tags" -> b.tags(strings(value));
      default -> {
        if (!field.startsWith(CUSTOM) || field.length() == CUSTOM.length()) {
          throw new IllegalArgumentException(
              "Optmyzr contacts have no field '"
                  + field
                  + "'; use email, phone, first_name, last_name, company, lifecycle_stage,"
                  + " lead_score, source, gclid, tags or custom_fields.<key>");
        }
        b.customField(field.substring(CUSTOM.length()), wire(value));
      }
    }
  }

  static Map<String, Object> read(ContactFields f) {
    Map<String, Object> out = new LinkedHashMap<>();
    f.email().ifPresent(v -> out.put("email", v));
    f.phone().ifPresent(v -> out.put("phone", v));
    f.firstName().ifPresent(v -> out.put("first_name", v));
    f.lastName().ifPresent(v -> out.put("last_name", v));
    f.company().ifPresent(v -> out.put("company", v));
    f.lifecycleStage().ifPresent(v -> out.put("lifecycle_stage", v));
    f.leadScore().ifPresent(v -> out.put("lead_score", (long) v));
    f.source().ifPresent(v -> out.put("source", v));
    f.gclid().ifPresent(v -> out.put("gclid", v));
    f.tags().ifPresent(v -> out.put("tags", v));
    f.customFields().ifPresent(m -> m.forEach((k, v) -> out.put(CUSTOM + k, v)));
    return out;
  }

  static TaskInput newTask(MappedRecord record, String contactId) {
    checkKeys(record, TASK_FIELDS, "tasks");
    String title =
        record
            .text("title")
            .orElseThrow(() -> new IllegalArgumentException("Optmyzr tasks need a 'title' rule"));
    TaskInput.Builder b = TaskInput.builder(contactId, title);
    record.text("body").ifPresent(b::body);
    record.get("due_at").map(v -> instant(v, "due_at")).ifPresent(b::dueAt);
    record.text("assignee_id").ifPresent(b::assigneeId);
    return b.build();
  }

  static boolean completed(MappedRecord record) {
    return record.text("status").filter(TaskStatus.COMPLETED.wireValue()::equals).isPresent();
  }

  static TaskPatch taskPatch(MappedRecord changes) {
    checkKeys(changes, TASK_FIELDS, "tasks");
    TaskPatch.Builder b = TaskPatch.builder();
    changes.text("title").ifPresent(b::title);
    changes.text("body").ifPresent(b::body);
    changes.get("due_at").map(v -> instant(v, "due_at")).ifPresent(b::dueAt);
    changes.text("assignee_id").ifPresent(b::assigneeId);
    changes.text("status").map(TaskStatus::fromWire).ifPresent(b::status);
    return b.build();
  }

  static NoteInput newNote(MappedRecord record) {
    checkKeys(record, NOTE_FIELDS, "notes");
    String body =
        record
            .text("body")
            .orElseThrow(() -> new IllegalArgumentException("Optmyzr notes need a 'body' rule"));
    NoteInput.Builder b = NoteInput.builder(body);
    record.text("author").ifPresent(b::author);
    record.get("occurred_at").map(v -> instant(v, "occurred_at")).ifPresent(b::occurredAt);
    return b.build();
  }

  static Map<String, Object> read(Task t) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("title", t.title());
    t.body().ifPresent(v -> out.put("body", v));
    t.dueAt().ifPresent(v -> out.put("due_at", v.atOffset(ZoneOffset.UTC)));
    t.assigneeId().ifPresent(v -> out.put("assignee_id", v));
    out.put("status", t.status().wireValue());
    return out;
  }

  static Map<String, Object> read(Note n) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("body", n.body());
    n.author().ifPresent(v -> out.put("author", v));
    n.occurredAt().ifPresent(v -> out.put("occurred_at", v.atOffset(ZoneOffset.UTC)));
    return out;
  }

  /**
   * The instant of a mapped time: typed ({@link OffsetDateTime}, as a {@code dateTime} transform
   * without pattern maps it) or ISO-8601 text with an offset.
   */
  static Instant instant(Object value, String field) {
    if (value instanceof OffsetDateTime t) {
      return t.toInstant();
    }
    try {
      return OffsetDateTime.parse(MappedValues.display(value)).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "Optmyzr field '"
              + field
              + "' needs a time with an offset, e.g. 2024-05-01T10:00:00Z; map it with a dateTime"
              + " transform without pattern",
          e);
    }
  }

  /**
   * A custom field's value as the contract's JSON takes it: dates as ISO-8601 text, lists and maps
   * element by element, everything else as it is.
   */
  static Object wire(Object value) {
    if (value instanceof OffsetDateTime
        || value instanceof LocalDateTime
        || value instanceof LocalDate) {
      return MappedValues.display(value);
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      list.forEach(o -> out.add(wire(o)));
      return out;
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(k, wire(v)));
      return out;
    }
    return value;
  }

  private static List<String> strings(Object value) {
    List<String> out = new ArrayList<>();
    if (value instanceof List<?> list) {
      list.forEach(o -> out.add(MappedValues.display(o)));
    } else {
      out.add(MappedValues.display(value));
    }
    return out;
  }

  private static void checkKeys(MappedRecord record, Set<String> allowed, String what) {
    for (String field : record.fields().keySet()) {
      if (!allowed.contains(field)) {
        throw new IllegalArgumentException(
            "Optmyzr " + what + " have no field '" + field + "'; use " + allowed);
      }
    }
  }
}
