package io.ghlsync.ghl;

import io.ghlsync.core.Page;
import io.ghlsync.core.Paging;
import io.ghlsync.core.RequestOptions;
import io.ghlsync.ghl.internal.Bodies;
import io.ghlsync.ghl.internal.Envelopes;
import io.ghlsync.ghl.internal.GhlOperation;
import io.ghlsync.ghl.internal.GhlTransport;
import io.ghlsync.ghl.internal.PathSegments;
import io.ghlsync.ghl.internal.TasksApi;
import io.ghlsync.ghl.model.CreateTaskRequest;
import io.ghlsync.ghl.model.SearchTasksRequest;
import io.ghlsync.ghl.model.Task;
import io.ghlsync.ghl.model.UpdateTaskRequest;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * Tasks of a contact ({@code /contacts/{contactId}/tasks}) and the location task search ({@code
 * /locations/{locationId}/tasks/search}).
 */
public final class TasksService {
  private final GhlTransport transport;
  private final TasksApi api;

  TasksService(GhlTransport transport, TasksApi api) {
    this.transport = transport;
    this.api = api;
  }

  /**
   * Lists a contact's tasks (scope contacts.readonly).
   *
   * @param contactId the contact id
   * @return the tasks
   */
  public List<Task> list(String contactId) {
    String c = PathSegments.id(contactId, "contactId");
    return transport.execute(GhlOperation.TASKS_LIST, null, o -> api.list(c, o)).tasks();
  }

  /**
   * {@link #list(String)} without blocking the caller (see "Async twins" in {@link GhlClient}:
   * every failure completes the future exceptionally; cancelling it cancels the request).
   *
   * @param contactId the contact id
   * @return the future result
   */
  public CompletableFuture<List<Task>> listAsync(String contactId) {
    return transport.async(() -> list(contactId));
  }

  /**
   * Reads one task (scope contacts.readonly).
   *
   * @param contactId the contact id
   * @param taskId the task id
   * @return the task
   */
  public Task get(String contactId, String taskId) {
    String c = PathSegments.id(contactId, "contactId");
    String t = PathSegments.id(taskId, "taskId");
    return unwrap(
        GhlOperation.TASKS_GET,
        transport.execute(GhlOperation.TASKS_GET, null, o -> api.get(c, t, o)));
  }

  /**
   * {@link #get(String, String)} without blocking the caller (see "Async twins" in {@link
   * GhlClient}: every failure completes the future exceptionally; cancelling it cancels the
   * request).
   *
   * @param contactId the contact id
   * @param taskId the task id
   * @return the future result
   */
  public CompletableFuture<Task> getAsync(String contactId, String taskId) {
    return transport.async(() -> get(contactId, taskId));
  }

  /**
   * Creates a task (scope contacts.write). Not retried after an I/O error or 5xx, because a repeat
   * would create a second task.
   *
   * @param contactId the contact id
   * @param request the task
   * @return the created task
   */
  public Task create(String contactId, CreateTaskRequest request) {
    return create(contactId, request, RequestOptions.defaults());
  }

  /**
   * {@link #create(String, CreateTaskRequest)} without blocking the caller (see "Async twins" in
   * {@link GhlClient}: every failure completes the future exceptionally; cancelling it cancels the
   * request).
   *
   * @param contactId the contact id
   * @param request the task
   * @return the future result
   */
  public CompletableFuture<Task> createAsync(String contactId, CreateTaskRequest request) {
    return transport.async(() -> create(contactId, request));
  }

  /**
   * Creates a task (scope contacts.write). Not retried after an I/O error or 5xx, because a repeat
   * would create a second task.
   *
   * @param contactId the contact id
   * @param request the task
   * @param options per-request options (timeout, retries); GHL has no idempotency key
   * @return the created task
   */
  public Task create(String contactId, CreateTaskRequest request, RequestOptions options) {
    String c = PathSegments.id(contactId, "contactId");
    return unwrap(
        GhlOperation.TASKS_CREATE,
        transport.execute(
            GhlOperation.TASKS_CREATE, null, options, o -> api.create(c, request, o)));
  }

  /**
   * {@link #create(String, CreateTaskRequest, RequestOptions)} without blocking the caller (see
   * "Async twins" in {@link GhlClient}: every failure completes the future exceptionally;
   * cancelling it cancels the request).
   *
   * @param contactId the contact id
   * @param request the task
   * @param options per-request options (timeout, retries); GHL has no idempotency key
   * @return the future result
   */
  public CompletableFuture<Task> createAsync(
      String contactId, CreateTaskRequest request, RequestOptions options) {
    return transport.async(() -> create(contactId, request, options));
  }

  /**
   * Updates a task (scope contacts.write).
   *
   * @param contactId the contact id
   * @param taskId the task id
   * @param request the changes
   * @return the updated task
   */
  public Task update(String contactId, String taskId, UpdateTaskRequest request) {
    return update(contactId, taskId, request, RequestOptions.defaults());
  }

  /**
   * {@link #update(String, String, UpdateTaskRequest)} without blocking the caller (see "Async
   * twins" in {@link GhlClient}: every failure completes the future exceptionally; cancelling it
   * cancels the request).
   *
   * @param contactId the contact id
   * @param taskId the task id
   * @param request the changes
   * @return the future result
   */
  public CompletableFuture<Task> updateAsync(
      String contactId, String taskId, UpdateTaskRequest request) {
    return transport.async(() -> update(contactId, taskId, request));
  }

  /**
   * Updates a task (scope contacts.write).
   *
   * @param contactId the contact id
   * @param taskId the task id
   * @param request the changes
   * @param options per-request options (timeout, retries); GHL has no idempotency key
   * @return the updated task
   */
  public Task update(
      String contactId, String taskId, UpdateTaskRequest request, RequestOptions options) {
    String c = PathSegments.id(contactId, "contactId");
    String t = PathSegments.id(taskId, "taskId");
    return unwrap(
        GhlOperation.TASKS_UPDATE,
        transport.execute(
            GhlOperation.TASKS_UPDATE, null, options, o -> api.update(c, t, request, o)));
  }

  /**
   * {@link #update(String, String, UpdateTaskRequest, RequestOptions)} without blocking the caller
   * (see "Async twins" in {@link GhlClient}: every failure completes the future exceptionally;
   * cancelling it cancels the request).
   *
   * @param contactId the contact id
   * @param taskId the task id
   * @param request the changes
   * @param options per-request options (timeout, retries); GHL has no idempotency key
   * @return the future result
   */
  public CompletableFuture<Task> updateAsync(
      String contactId, String taskId, UpdateTaskRequest request, RequestOptions options) {
    return transport.async(() -> update(contactId, taskId, request, options));
  }

  /**
   * Marks a task done or not done (scope contacts.write).
   *
   * @param contactId the contact id
   * @param taskId the task id
   * @param completed the new state
   * @return the updated task
   */
  public Task complete(String contactId, String taskId, boolean completed) {
    return complete(contactId, taskId, completed, RequestOptions.defaults());
  }

  /**
   * {@link #complete(String, String, boolean)} without blocking the caller (see "Async twins" in
   * {@link GhlClient}: every failure completes the future exceptionally; cancelling it cancels the
   * request).
   *
   * @param contactId the contact id
   * @param taskId the task id
   * @param completed the new state
   * @return the future result
   */
  public CompletableFuture<Task> completeAsync(String contactId, String taskId, boolean completed) {
    return transport.async(() -> complete(contactId, taskId, completed));
  }

  /**
   * Marks a task done or not done (scope contacts.write).
   *
   * @param contactId the contact id
   * @param taskId the task id
   * @param completed the new state
   * @param options per-request options (timeout, retries); GHL has no idempotency key
   * @return the updated task
   */
  public Task complete(String contactId, String taskId, boolean completed, RequestOptions options) {
    String c = PathSegments.id(contactId, "contactId");
    String t = PathSegments.id(taskId, "taskId");
    Bodies.CompletedBody body = new Bodies.CompletedBody(completed);
    return unwrap(
        GhlOperation.TASKS_SET_COMPLETED,
        transport.execute(
            GhlOperation.TASKS_SET_COMPLETED, null, options, o -> api.setCompleted(c, t, body, o)));
  }

  /**
   * {@link #complete(String, String, boolean, RequestOptions)} without blocking the caller (see
   * "Async twins" in {@link GhlClient}: every failure completes the future exceptionally;
   * cancelling it cancels the request).
   *
   * @param contactId the contact id
   * @param taskId the task id
   * @param completed the new state
   * @param options per-request options (timeout, retries); GHL has no idempotency key
   * @return the future result
   */
  public CompletableFuture<Task> completeAsync(
      String contactId, String taskId, boolean completed, RequestOptions options) {
    return transport.async(() -> complete(contactId, taskId, completed, options));
  }

  /**
   * Deletes a task (scope contacts.write).
   *
   * @param contactId the contact id
   * @param taskId the task id
   * @return whether GHL reported success
   */
  public boolean delete(String contactId, String taskId) {
    return delete(contactId, taskId, RequestOptions.defaults());
  }

  /**
   * {@link #delete(String, String)} without blocking the caller (see "Async twins" in {@link
   * GhlClient}: every failure completes the future exceptionally; cancelling it cancels the
   * request).
   *
   * @param contactId the contact id
   * @param taskId the task id
   * @return the future result
   */
  public CompletableFuture<Boolean> deleteAsync(String contactId, String taskId) {
    return transport.async(() -> delete(contactId, taskId));
  }

  /**
   * Deletes a task (scope contacts.write).
   *
   * @param contactId the contact id
   * @param taskId the task id
   * @param options per-request options (timeout, retries); GHL has no idempotency key
   * @return whether GHL reported success
   */
  public boolean delete(String contactId, String taskId, RequestOptions options) {
    String c = PathSegments.id(contactId, "contactId");
    String t = PathSegments.id(taskId, "taskId");
    return transport
        .execute(GhlOperation.TASKS_DELETE, null, options, o -> api.delete(c, t, o))
        .succeeded();
  }

  /**
   * {@link #delete(String, String, RequestOptions)} without blocking the caller (see "Async twins"
   * in {@link GhlClient}: every failure completes the future exceptionally; cancelling it cancels
   * the request).
   *
   * @param contactId the contact id
   * @param taskId the task id
   * @param options per-request options (timeout, retries); GHL has no idempotency key
   * @return the future result
   */
  public CompletableFuture<Boolean> deleteAsync(
      String contactId, String taskId, RequestOptions options) {
    return transport.async(() -> delete(contactId, taskId, options));
  }

  /**
   * One page of a location task search ({@code POST /locations/{locationId}/tasks/search}, scope
   * {@code locations/tasks.readonly}): the tasks of many contacts in one request. A token without
   * the scope fails before anything is sent; read each contact's tasks with {@link #list} instead.
   *
   * @param request the search; locationId defaults to the client's
   * @return the page; {@code hasMore} when it was full (GHL reports no total)
   */
  public Page<Task> search(SearchTasksRequest request) {
    String location = transport.locationId(request.locationId());
    return page(
        request,
        transport.execute(
            GhlOperation.TASKS_SEARCH, location, o -> api.search(location, body(request), o)));
  }

  /**
   * {@link #search(SearchTasksRequest)} without blocking the caller (see "Async twins" in {@link
   * GhlClient}: every failure completes the future exceptionally; cancelling it cancels the
   * request).
   *
   * @param request the search; locationId defaults to the client's
   * @return the future result
   */
  public CompletableFuture<Page<Task>> searchAsync(SearchTasksRequest request) {
    return transport.async(() -> search(request));
  }

  /**
   * Every task a search matches, fetched lazily page by page ({@code skip} advancing by the page
   * size until a page comes back short).
   *
   * @param request the search (its limit sets the page size, its skip where to start)
   * @return the tasks
   */
  public Stream<Task> searchAll(SearchTasksRequest request) {
    String location = transport.locationId(request.locationId());
    SearchTasksRequest first = request.toBuilder().locationId(location).build();
    return Paging.stream(
        first,
        req -> {
          Page<Task> page = search(req);
          return new Paging.Chunk<>(
              page.items(),
              page.hasMore()
                  ? Optional.of(req.toBuilder().skip(req.skip() + page.items().size()).build())
                  : Optional.empty());
        });
  }

  private static Bodies.TaskSearchBody body(SearchTasksRequest r) {
    return new Bodies.TaskSearchBody(
        r.contactId().isEmpty() ? Optional.empty() : Optional.of(r.contactId()),
        r.completed(),
        r.assignedTo().isEmpty() ? Optional.empty() : Optional.of(r.assignedTo()),
        r.query(),
        r.limit(),
        r.skip());
  }

  private static Page<Task> page(SearchTasksRequest request, Envelopes.TasksEnvelope envelope) {
    List<Task> tasks = envelope.tasks();
    return new Page<>(tasks, OptionalLong.empty(), tasks.size() >= request.limit());
  }

  private static Task unwrap(GhlOperation op, Envelopes.TaskEnvelope envelope) {
    return envelope.task().orElseThrow(() -> GhlTransport.missing(op, "task"));
  }
}
