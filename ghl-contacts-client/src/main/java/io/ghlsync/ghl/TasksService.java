package io.ghlsync.ghl;

import io.ghlsync.core.Page;
import io.ghlsync.core.Paging;
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
   * Creates a task (scope contacts.write). Not retried after an I/O error or 5xx, because a repeat
   * would create a second task.
   *
   * @param contactId the contact id
   * @param request the task
   * @return the created task
   */
  public Task create(String contactId, CreateTaskRequest request) {
    String c = PathSegments.id(contactId, "contactId");
    return unwrap(
        GhlOperation.TASKS_CREATE,
        transport.execute(GhlOperation.TASKS_CREATE, null, o -> api.create(c, request, o)));
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
    String c = PathSegments.id(contactId, "contactId");
    String t = PathSegments.id(taskId, "taskId");
    return unwrap(
        GhlOperation.TASKS_UPDATE,
        transport.execute(GhlOperation.TASKS_UPDATE, null, o -> api.update(c, t, request, o)));
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
    String c = PathSegments.id(contactId, "contactId");
    String t = PathSegments.id(taskId, "taskId");
    Bodies.CompletedBody body = new Bodies.CompletedBody(completed);
    return unwrap(
        GhlOperation.TASKS_SET_COMPLETED,
        transport.execute(
            GhlOperation.TASKS_SET_COMPLETED, null, o -> api.setCompleted(c, t, body, o)));
  }

  /**
   * Deletes a task (scope contacts.write).
   *
   * @param contactId the contact id
   * @param taskId the task id
   * @return whether GHL reported success
   */
  public boolean delete(String contactId, String taskId) {
    String c = PathSegments.id(contactId, "contactId");
    String t = PathSegments.id(taskId, "taskId");
    return transport.execute(GhlOperation.TASKS_DELETE, null, o -> api.delete(c, t, o)).succeeded();
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
   * {@link #search} without blocking the caller; failures (a missing scope included) complete the
   * future exceptionally.
   *
   * @param request the search; locationId defaults to the client's
   * @return the future page
   */
  public CompletableFuture<Page<Task>> searchAsync(SearchTasksRequest request) {
    String location = transport.locationId(request.locationId());
    try {
      return transport
          .executeAsync(
              GhlOperation.TASKS_SEARCH, location, o -> api.search(location, body(request), o))
          .thenApply(envelope -> page(request, envelope));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
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
