package io.ghlsync.testkit.ghl.internal;

import io.ghlsync.testkit.FakeResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /locations/{locationId}/tasks/search}: the location's tasks (the same ones the
 * contact task endpoints serve) filtered by {@code contactId[]}, {@code completed}, {@code
 * assignedTo[]} and {@code query} (case-insensitive, in title or body), in contact order (the given
 * ids, else contacts by dateAdded) and creation order, paged by {@code skip}/{@code limit} (default
 * 25). The answer is {@code {tasks: [...]}} with no total, like GHL's.
 */
final class TaskSearch {
  private static final Set<String> ALLOWED =
      Set.of("contactId", "completed", "assignedTo", "query", "limit", "skip", "businessId");

  private TaskSearch() {}

  static FakeResponse run(Call call) {
    call.requireOwnLocation(call.param("locationId"));
    Map<String, Object> body = call.body();
    Object limitValue = body.get("limit");
    Object skipValue = body.get("skip");
    ContactEndpoints.failOn(
        DtoCheck.of(body, ALLOWED)
            .stringArray("contactId")
            .bool("completed")
            .stringArray("assignedTo")
            .string("query")
            .string("businessId")
            .check(
                limitValue == null || (limitValue instanceof Number n && n.intValue() >= 1),
                "limit must be a number not less than 1")
            .check(
                skipValue == null || (skipValue instanceof Number n && n.intValue() >= 0),
                "skip must be a number not less than 0"));
    int limit = limitValue == null ? 25 : ((Number) limitValue).intValue();
    int skip = skipValue == null ? 0 : ((Number) skipValue).intValue();
    Object completed = body.get("completed");
    List<String> assignedTo = strings(body.get("assignedTo"));
    String query = body.get("query") instanceof String q ? q.toLowerCase(Locale.ROOT) : null;
    List<Object> page = new ArrayList<>();
    int matched = 0;
    for (String contactId : contactIds(call, strings(body.get("contactId")))) {
      for (Map<String, Object> task : call.location().tasks().list(contactId)) {
        if (!matches(task, completed, assignedTo, query)) {
          continue;
        }
        if (matched++ >= skip && page.size() < limit) {
          page.add(TaskEndpoints.render(task));
        }
      }
      if (page.size() >= limit) {
        break;
      }
    }
    return Call.json(200, Map.of("tasks", page));
  }

  private static Iterable<String> contactIds(Call call, @Nullable List<String> requested) {
    if (requested != null) {
      List<String> live = new ArrayList<>();
      for (String id : requested) {
        if (call.location().contacts().get(id).isPresent()) {
          live.add(id);
        }
      }
      return live;
    }
    return () -> {
      Iterator<Map<String, Object>> walk = call.location().contacts().inAddedOrder(true, null);
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return walk.hasNext();
        }

        @Override
        public String next() {
          return JsonTree.requireText(walk.next(), "id");
        }
      };
    };
  }

  private static boolean matches(
      Map<String, Object> task,
      @Nullable Object completed,
      @Nullable List<String> assignedTo,
      @Nullable String query) {
    if (completed != null && !completed.equals(Boolean.TRUE.equals(task.get("completed")))) {
      return false;
    }
    if (assignedTo != null && !assignedTo.contains(String.valueOf(task.get("assignedTo")))) {
      return false;
    }
    if (query != null) {
      String text = (task.getOrDefault("title", "") + " " + task.getOrDefault("body", ""));
      return text.toLowerCase(Locale.ROOT).contains(query);
    }
    return true;
  }

  private static @Nullable List<String> strings(@Nullable Object value) {
    if (!(value instanceof List<?> list)) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (Object item : list) {
      out.add((String) item);
    }
    return out;
  }
}
