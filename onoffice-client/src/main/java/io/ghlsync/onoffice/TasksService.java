package io.ghlsync.onoffice;

import io.ghlsync.core.Page;
import io.ghlsync.core.RequestOptions;
import io.ghlsync.onoffice.model.Limits;
import io.ghlsync.onoffice.model.NewTask;
import io.ghlsync.onoffice.model.Task;
import io.ghlsync.onoffice.model.TaskChanges;
import io.ghlsync.onoffice.model.TaskFields;
import io.ghlsync.onoffice.model.TaskQuery;
import java.util.List;
import java.util.Optional;

/** Tasks, resource type {@code task}; the same actions unsent are in {@link TaskActions}. */
public final class TasksService {
  private final OnOfficeClient client;

  TasksService(OnOfficeClient client) {
    this.client = client;
  }

  /**
   * Creates a task.
   *
   * @param task the new task
   * @return the new task id
   */
  public long create(NewTask task) {
    return create(task, RequestOptions.defaults());
  }

  /**
   * Creates a task.
   *
   * @param task the new task
   * @param options per-request options (timeout, retries); onOffice has no idempotency key
   * @return the new task id
   */
  public long create(NewTask task, RequestOptions options) {
    return client.execute(TaskActions.create(task), options);
  }

  /**
   * Reads one task with {@link TaskFields#DEFAULT}.
   *
   * @param id the task id
   * @return the task, or empty when onOffice returns none
   */
  public Optional<Task> get(long id) {
    return client.execute(TaskActions.get(id, List.of()));
  }

  /**
   * Reads one page of tasks (tasks have no offset paging).
   *
   * @param query the query
   * @return the page
   */
  public Page<Task> list(TaskQuery query) {
    return client.execute(TaskActions.list(query));
  }

  /**
   * The tasks linked to an address (up to 500).
   *
   * @param addressId the address id
   * @return the tasks, with {@code relatedAddressIds} filled
   */
  public List<Task> forAddress(long addressId) {
    return list(TaskQuery.builder()
            .relatedAddressId(addressId)
            .listlimit(Limits.MAX_LISTLIMIT)
            .build())
        .items();
  }

  /**
   * Modifies a task.
   *
   * @param id the task id
   * @param changes the changes
   */
  public void update(long id, TaskChanges changes) {
    update(id, changes, RequestOptions.defaults());
  }

  /**
   * Modifies a task.
   *
   * @param id the task id
   * @param changes the changes
   * @param options per-request options (timeout, retries); onOffice has no idempotency key
   */
  public void update(long id, TaskChanges changes, RequestOptions options) {
    client.execute(TaskActions.update(id, changes), options);
  }
}
