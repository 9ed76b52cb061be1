package io.ghlsync.onoffice;

import io.ghlsync.core.Page;
import io.ghlsync.onoffice.internal.Readers;
import io.ghlsync.onoffice.model.ActionResult;
import io.ghlsync.onoffice.model.Limits;
import io.ghlsync.onoffice.model.NewTask;
import io.ghlsync.onoffice.model.Task;
import io.ghlsync.onoffice.model.TaskChanges;
import io.ghlsync.onoffice.model.TaskFields;
import io.ghlsync.onoffice.model.TaskQuery;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Task actions as unsent {@link ActionCall}s; {@link TasksService} sends them one at a time. */
public final class TaskActions {
  /** The {@code resourcetype} of tasks. */
  public static final String RESOURCE = "task";

  private TaskActions() {}

  /**
   * Creates a task.
   *
   * @param task the new task (link it with {@code relatedAddressId})
   * @return the call; the value is the new task id
   */
  public static ActionCall<Long> create(NewTask task) {
    OnOfficeAction action =
        OnOfficeAction.builder(ActionType.CREATE, RESOURCE).parameters(task.toParameters()).build();
    return new ActionCall<>(action, r -> Readers.createdId(r, action.describe()));
  }

  /**
   * Reads one task ({@code resourceid} = the id).
   *
   * @param id the task id
   * @param fields fields to read; empty for {@link TaskFields#DEFAULT}
   * @return the call; empty when onOffice returns no record
   */
  public static ActionCall<Optional<Task>> get(long id, List<String> fields) {
    OnOfficeAction action =
        OnOfficeAction.builder(ActionType.READ, RESOURCE)
            .resourceid(Long.toString(Limits.id("taskId", id)))
            .parameter("data", fields.isEmpty() ? TaskFields.DEFAULT : fields)
            .build();
    return new ActionCall<>(action, r -> r.records().stream().map(Task::from).findFirst());
  }

  /**
   * Reads one page of tasks. There is no offset for tasks, so {@link Page#hasMore()} only says that
   * the page came back full.
   *
   * @param query fields, filter, limit, linked address
   * @return the call
   */
  public static ActionCall<Page<Task>> list(TaskQuery query) {
    OnOfficeAction action =
        OnOfficeAction.builder(ActionType.READ, RESOURCE).parameters(query.toParameters()).build();
    return new ActionCall<>(
        action,
        r -> {
          List<Task> items = r.records().stream().map(Task::from).toList();
          return new Page<>(items, OptionalLong.empty(), items.size() >= query.listlimit());
        });
  }

  /**
   * Modifies a task.
   *
   * @param id the task id
   * @param changes the changes
   * @return the call; the value is the raw result ({@code elements.success})
   */
  public static ActionCall<ActionResult> update(long id, TaskChanges changes) {
    return ActionCall.raw(
        OnOfficeAction.builder(ActionType.MODIFY, RESOURCE)
            .resourceid(Long.toString(Limits.id("taskId", id)))
            .parameters(changes.toParameters())
            .build());
  }
}
