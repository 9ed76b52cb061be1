package io.ghlsync.testkit.onoffice.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code read}, {@code create} and {@code modify} on {@code task}, with onOffice's quirks: no
 * {@code listoffset}, {@code cntabsolute} counts only the returned rows, {@code cacheable:false},
 * {@code relatedAddressId} returned as an array of strings, modify answering id 0 and {@code
 * success}.
 */
public final class TaskHandler {
  private final OnOfficeState state;

  /**
   * Creates the handler.
   *
   * @param state the fake's state
   */
  public TaskHandler(OnOfficeState state) {
    this.state = state;
  }

  /**
   * {@code read task}: one task by its id, or a list.
   *
   * @param resourceId the task id, or empty for a list
   * @param p the parameters
   * @return the records
   */
  public ActionData read(String resourceId, Map<String, Object> p) {
    List<String> data = AddressHandler.fields(p.get("data"));
    if (data.contains("Nr")) {
      throw new ActionError(143, "Unknown field in task data: Nr");
    }
    List<TaskRow> rows = new ArrayList<>();
    if (!resourceId.isEmpty()) {
      rows.add(existing(resourceId));
    } else {
      FilterMatcher filter = FilterMatcher.parse(p.get("filter"), Set.of());
      OptionalLong address = Values.longOf(p.get("relatedAddressId"));
      for (TaskRow row : state.tasks().values()) {
        if (address.isPresent()
            && (row.relatedAddressId() == null || row.relatedAddressId() != address.getAsLong())) {
          continue;
        }
        if (filter.matches(f -> valuesOf(row, f))) {
          rows.add(row);
        }
      }
    }
    List<TaskRow> page = Listing.window(rows, 0, Listing.limit(p));
    boolean withAddress = p.containsKey("relatedAddressId");
    List<Map<String, Object>> records = new ArrayList<>();
    for (TaskRow row : page) {
      Map<String, Object> elements = new LinkedHashMap<>();
      for (String field : data) {
        elements.put(field, Values.render(row.data().get(field)));
      }
      if (withAddress && row.relatedAddressId() != null) {
        elements.put("relatedAddressId", List.of(String.valueOf(row.relatedAddressId())));
      }
      records.add(ActionData.record(row.id(), "task", elements));
    }
    return new ActionData(records, (long) records.size(), false);
  }

  /**
   * {@code create task}.
   *
   * @param p the parameters ({@code data} object plus links)
   * @return the new id with {@code elements: []}
   */
  public ActionData create(Map<String, Object> p) {
    if (!(p.get("data") instanceof Map<?, ?> data)) {
      throw new ActionError(254, "Missing mandatory field: data");
    }
    validate(data, p);
    TaskRow row = state.newTask();
    row.data().put("Status", 1L);
    row.data().put("Prio", 3L);
    apply(row, data, p);
    String now = Values.format(state.now());
    row.data().put("Eintragsdatum", now);
    row.data().put("modified", now);
    return ActionData.written(row.id(), "task", List.of());
  }

  /**
   * {@code modify task}.
   *
   * @param resourceId the task id
   * @param p the parameters
   * @return id 0 with {@code elements: {"success":"success"}}
   */
  public ActionData modify(String resourceId, Map<String, Object> p) {
    TaskRow row = existing(resourceId);
    Map<?, ?> data = p.get("data") instanceof Map<?, ?> m ? m : Map.of();
    validate(data, p);
    apply(row, data, p);
    row.data().put("modified", Values.format(state.now()));
    return ActionData.written(0L, "task", Map.of("success", "success"));
  }

  private void validate(Map<?, ?> data, Map<String, Object> p) {
    if (data.containsKey("Prio")) {
      ranged(data.get("Prio"), 1, 5, "Prio");
    }
    if (data.containsKey("Status")) {
      ranged(data.get("Status"), 1, 8, "Status");
    }
    OptionalLong address = Values.longOf(p.get("relatedAddressId"));
    if (address.isPresent() && !state.addresses().containsKey(address.getAsLong())) {
      throw new ActionError(292, "Unknown address id: " + address.getAsLong());
    }
  }

  private void apply(TaskRow row, Map<?, ?> data, Map<String, Object> p) {
    for (Map.Entry<?, ?> e : data.entrySet()) {
      String field = String.valueOf(e.getKey());
      Object value = e.getValue();
      if (field.equals("Prio")) {
        value = ranged(value, 1, 5, field);
      } else if (field.equals("Status")) {
        value = ranged(value, 1, 8, field);
      }
      if (value != null) {
        row.data().put(field, value);
      }
    }
    OptionalLong address = Values.longOf(p.get("relatedAddressId"));
    if (address.isPresent()) {
      Long previous = row.relatedAddressId();
      if (previous != null) {
        state.relations().remove(new RelationRow(OnOfficeState.TASK_ADDRESS, row.id(), previous));
      }
      row.relatedAddressId(address.getAsLong());
      state
          .relations()
          .add(new RelationRow(OnOfficeState.TASK_ADDRESS, row.id(), address.getAsLong()));
    }
  }

  private static long ranged(@Nullable Object value, int min, int max, String field) {
    OptionalLong n = Values.longOf(value);
    if (n.isEmpty() || n.getAsLong() < min || n.getAsLong() > max) {
      throw new ActionError(255, "Invalid value for parameter " + field);
    }
    return n.getAsLong();
  }

  private TaskRow existing(String resourceId) {
    OptionalLong id = Values.longOf(resourceId);
    TaskRow row = id.isPresent() ? state.tasks().get(id.getAsLong()) : null;
    if (row == null) {
      throw new ActionError(235, "Unknown record id: " + resourceId);
    }
    return row;
  }

  private static List<Object> valuesOf(TaskRow row, String field) {
    if (field.equals("Nr")) {
      return List.of(row.id());
    }
    Object value = row.data().get(field);
    return value == null ? List.of() : List.of(value);
  }

  /**
   * Stores a record directly (seeding), with the same rules as create.
   *
   * @param p create parameters
   * @return the id
   */
  public long seed(Map<String, Object> p) {
    return Values.longOf(create(p).records().get(0).get("id")).orElseThrow();
  }
}
