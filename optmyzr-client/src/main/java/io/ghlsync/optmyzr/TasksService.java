package io.ghlsync.optmyzr;

import io.ghlsync.core.Paging;
import io.ghlsync.core.RequestOptions;
import io.ghlsync.core.internal.RequestTag;
import io.ghlsync.optmyzr.internal.ContractApi;
import io.ghlsync.optmyzr.internal.FieldChecks;
import io.ghlsync.optmyzr.internal.OptmyzrCalls;
import io.ghlsync.optmyzr.internal.RequestBodies;
import io.ghlsync.optmyzr.internal.WireMapping;
import io.ghlsync.optmyzr.model.CursorPage;
import io.ghlsync.optmyzr.model.Task;
import io.ghlsync.optmyzr.model.TaskInput;
import io.ghlsync.optmyzr.model.TaskPatch;
import io.ghlsync.optmyzr.model.TaskQuery;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Tasks of the contacts contract: create, partial update, complete, and list by contact. Every
 * write sends an {@code Idempotency-Key} (random unless the caller passes one) and needs scope
 * {@value OptmyzrScopes#TASKS_WRITE}.
 */
public final class TasksService {
  private static final String CREATE = "POST /v1/tasks";
  private static final String UPDATE = "PATCH /v1/tasks/{id}";
  private static final String COMPLETE = "POST /v1/tasks/{id}/complete";
  private static final String LIST = "GET /v1/tasks";

  private final ContractApi api;
  private final OptmyzrCalls calls;

  TasksService(ContractApi api, OptmyzrCalls calls) {
    this.api = api;
    this.calls = calls;
  }

  /**
   * Creates a task ({@code POST /v1/tasks}) with a random idempotency key.
   *
   * @param task the task
   * @return the created task
   */
  public Task create(TaskInput task) {
    return create(task, RequestOptions.defaults());
  }

  /**
   * Creates a task with the caller's idempotency key.
   *
   * @param task the task
   * @param options per-request options: the idempotency key (random when unset), timeout, retries
   * @return the created task
   */
  public Task create(TaskInput task, RequestOptions options) {
    IdempotencyKey key = IdempotencyKey.from(options);
    RequestTag o = calls.write(CREATE, OptmyzrScopes.TASKS_WRITE, key.value()).with(options);
    return WireMapping.task(
        calls.execute(
            RequestTag.applyTimeout(
                api.createTask(RequestBodies.task(task), key.value(), o), options),
            CREATE),
        CREATE);
  }

  /**
   * Changes the fields set in the patch ({@code PATCH /v1/tasks/{id}}), random idempotency key.
   *
   * @param taskId the task id
   * @param patch the changes
   * @return the updated task
   */
  public Task update(String taskId, TaskPatch patch) {
    return update(taskId, patch, RequestOptions.defaults());
  }

  /**
   * Changes the fields set in the patch, with the caller's idempotency key.
   *
   * @param taskId the task id
   * @param patch the changes
   * @param options per-request options: the idempotency key (random when unset), timeout, retries
   * @return the updated task
   */
  public Task update(String taskId, TaskPatch patch, RequestOptions options) {
    IdempotencyKey key = IdempotencyKey.from(options);
    FieldChecks.notBlank(taskId, "taskId");
    RequestTag o = calls.write(UPDATE, OptmyzrScopes.TASKS_WRITE, key.value()).with(options);
    return WireMapping.task(
        calls.execute(
            RequestTag.applyTimeout(
                api.updateTask(taskId, RequestBodies.taskPatch(patch), key.value(), o), options),
            UPDATE),
        UPDATE);
  }

  /**
   * Completes a task ({@code POST /v1/tasks/{id}/complete}): sets {@code status=completed} and
   * {@code completed_at}; completing a completed task changes nothing.
   *
   * @param taskId the task id
   * @return the completed task
   */
  public Task complete(String taskId) {
    return complete(taskId, RequestOptions.defaults());
  }

  /**
   * Completes a task with the caller's idempotency key.
   *
   * @param taskId the task id
   * @param options per-request options: the idempotency key (random when unset), timeout, retries
   * @return the completed task
   */
  public Task complete(String taskId, RequestOptions options) {
    IdempotencyKey key = IdempotencyKey.from(options);
    FieldChecks.notBlank(taskId, "taskId");
    RequestTag o = calls.write(COMPLETE, OptmyzrScopes.TASKS_WRITE, key.value()).with(options);
    return WireMapping.task(
        calls.execute(
            RequestTag.applyTimeout(api.completeTask(taskId, key.value(), o), options), COMPLETE),
        COMPLETE);
  }

  /**
   * Lists one page of a contact's tasks ({@code GET /v1/tasks?contact_id=...}).
   *
   * @param query the contact, and optionally status, limit and cursor
   * @return the page
   */
  public CursorPage<Task> list(TaskQuery query) {
    Map<String, String> q = new LinkedHashMap<>();
    q.put("contact_id", query.contactId());
    query.status().ifPresent(v -> q.put("status", v.wireValue()));
    query.limit().ifPresent(v -> q.put("limit", Integer.toString(v)));
    query.cursor().ifPresent(v -> q.put("cursor", v));
    return WireMapping.page(
        calls.execute(api.listTasks(q, calls.read(LIST)), LIST),
        w -> WireMapping.task(w, LIST),
        LIST);
  }

  /**
   * Every task matching the query, fetched lazily page by page.
   *
   * @param query the query of the first page
   * @return the tasks
   */
  public Stream<Task> listAll(TaskQuery query) {
    return Paging.stream(
        query,
        q -> {
          CursorPage<Task> page = list(q);
          return new Paging.Chunk<>(page.items(), page.nextCursor().map(q::withCursor));
        });
  }
}
