package io.ghlsync.testkit.ghl.internal;

import io.ghlsync.testkit.FakeResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The six task operations under {@code /contacts/{contactId}/tasks}. */
final class TaskEndpoints {
  private static final Set<String> CREATE =
      Set.of("title", "body", "dueDate", "completed", "assignedTo");
  private static final List<String> SCHEMA =
      List.of("id", "title", "body", "assignedTo", "dueDate", "completed", "contactId");

  private TaskEndpoints() {}

  static FakeResponse list(Call call) {
    String contactId = call.param("contactId");
    call.contact(contactId);
    List<Object> tasks = new ArrayList<>();
    for (Map<String, Object> task : call.location().tasks().list(contactId)) {
      tasks.add(render(task));
    }
    return Call.json(200, Map.of("tasks", tasks));
  }

  static FakeResponse create(Call call) {
    String contactId = call.param("contactId");
    call.contact(contactId);
    Map<String, Object> body = call.body();
    ContactEndpoints.failOn(
        checked(DtoCheck.of(body, CREATE))
            .required("title")
            .required("dueDate")
            .check(body.get("completed") != null, "completed should not be empty"));
    Map<String, Object> task = new LinkedHashMap<>();
    task.put("id", call.location().newId());
    task.put("contactId", contactId);
    task.put("completed", false);
    task.put("dateAdded", Dates.format(call.world().now()));
    apply(task, body);
    call.location().tasks().writable(contactId).put(JsonTree.requireText(task, "id"), task);
    call.world().events().task("TaskCreate", call.location().id(), task);
    return Call.json(201, Map.of("task", render(task)));
  }

  static FakeResponse get(Call call) {
    String contactId = call.param("contactId");
    call.contact(contactId);
    Map<String, Object> task =
        call.location()
            .tasks()
            .get(contactId, call.param("taskId"))
            .orElseThrow(() -> call.notFound("Task not found"));
    return Call.json(200, Map.of("task", render(task)));
  }

  static FakeResponse update(Call call) {
    Map<String, Object> body = call.body();
    Map<String, Object> task = find(call);
    ContactEndpoints.failOn(checked(DtoCheck.of(body, CREATE)));
    boolean wasCompleted = Boolean.TRUE.equals(task.get("completed"));
    apply(task, body);
    if (!wasCompleted && Boolean.TRUE.equals(task.get("completed"))) {
      call.world().events().task("TaskComplete", call.location().id(), task);
    }
    return Call.json(200, Map.of("task", render(task)));
  }

  static FakeResponse complete(Call call) {
    Map<String, Object> body = call.body();
    Map<String, Object> task = find(call);
    ContactEndpoints.failOn(
        DtoCheck.of(body, Set.of("completed"))
            .bool("completed")
            .check(body.get("completed") != null, "completed should not be empty"));
    boolean wasCompleted = Boolean.TRUE.equals(task.get("completed"));
    task.put("completed", body.get("completed"));
    if (!wasCompleted && Boolean.TRUE.equals(task.get("completed"))) {
      call.world().events().task("TaskComplete", call.location().id(), task);
    }
    return Call.json(200, Map.of("task", render(task)));
  }

  static FakeResponse delete(Call call) {
    Map<String, Object> task = find(call);
    call.location().tasks().writable(call.param("contactId")).remove(call.param("taskId"));
    call.world().events().task("TaskDelete", call.location().id(), task);
    return Call.json(200, Map.of("succeded", true));
  }

  /** Finds a task for writing (stores a seeded contact's generated tasks first). */
  private static Map<String, Object> find(Call call) {
    String contactId = call.param("contactId");
    call.contact(contactId);
    Map<String, Object> task =
        call.location().tasks().writable(contactId).get(call.param("taskId"));
    if (task == null) {
      throw call.notFound("Task not found");
    }
    return task;
  }

  private static DtoCheck checked(DtoCheck check) {
    return check
        .string("title")
        .string("body")
        .string("assignedTo")
        .isoDate("dueDate")
        .bool("completed");
  }

  private static void apply(Map<String, Object> task, Map<String, Object> body) {
    for (Map.Entry<String, Object> entry : body.entrySet()) {
      if (entry.getValue() == null) {
        task.remove(entry.getKey());
      } else if (entry.getKey().equals("dueDate")) {
        task.put(
            "dueDate", Dates.format(Dates.parseInstant((String) entry.getValue()).orElseThrow()));
      } else {
        task.put(entry.getKey(), entry.getValue());
      }
    }
  }

  static Map<String, Object> render(Map<String, Object> task) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (String field : SCHEMA) {
      if (task.get(field) != null) {
        out.put(field, task.get(field));
      }
    }
    return out;
  }
}
