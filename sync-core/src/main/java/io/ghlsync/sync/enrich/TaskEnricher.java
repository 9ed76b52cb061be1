package io.ghlsync.sync.enrich;

import io.ghlsync.sync.mapping.SourceRecord;
import java.util.Map;
import java.util.Set;

/**
 * Counts of the contact's tasks (the engine fetches them for this enricher): {@code openTasks} (not
 * completed) and {@code overdueTasks} (not completed, due before the sync time).
 */
public final class TaskEnricher implements Enricher {

  /** Creates the enricher. */
  public TaskEnricher() {}

  @Override
  public Set<String> fields() {
    return Set.of("openTasks", "overdueTasks");
  }

  @Override
  public Set<ContactActivity.Part> reads() {
    return Set.of(ContactActivity.Part.TASKS);
  }

  @Override
  public Map<String, Object> enrich(ContactActivity activity) {
    long open = 0;
    long overdue = 0;
    for (SourceRecord task : activity.tasks()) {
      if (!SourceValues.flag(task, "completed")) {
        open++;
        if (SourceValues.instant(task, "dueDate")
            .filter(d -> d.isBefore(activity.now()))
            .isPresent()) {
          overdue++;
        }
      }
    }
    return Map.of("openTasks", open, "overdueTasks", overdue);
  }
}
