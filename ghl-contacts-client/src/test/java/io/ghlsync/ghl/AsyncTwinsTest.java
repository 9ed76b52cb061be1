package io.ghlsync.ghl;

import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.core.NotFoundException;
import io.ghlsync.core.PermissionException;
import io.ghlsync.core.RequestOptions;
import io.ghlsync.ghl.model.BulkTagsRequest;
import io.ghlsync.ghl.model.Contact;
import io.ghlsync.ghl.model.CreateContactRequest;
import io.ghlsync.ghl.model.CreateNoteRequest;
import io.ghlsync.ghl.model.CreateTaskRequest;
import io.ghlsync.ghl.model.ListByBusinessRequest;
import io.ghlsync.ghl.model.ListContactsRequest;
import io.ghlsync.ghl.model.SearchContactsRequest;
import io.ghlsync.ghl.model.SearchTasksRequest;
import io.ghlsync.ghl.model.UpdateContactRequest;
import io.ghlsync.ghl.model.UpdateNoteRequest;
import io.ghlsync.ghl.model.UpdateTaskRequest;
import io.ghlsync.ghl.model.UpsertContactRequest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every GHL service method that sends a request has a {@code ...Async} twin with the same
 * parameters, made by one mechanism ({@code GhlTransport.async}); the twins run later on the
 * client's executor, fail as their blocking method does, and cancel the request they started.
 */
class AsyncTwinsTest {
  private final MockGhl ghl = new MockGhl();

  @AfterEach
  void close() {
    ghl.close();
  }

  /** The service accessors of {@link GhlClient}: every public type named {@code ...Service}. */
  static List<Class<?>> services() {
    return Arrays.stream(GhlClient.class.getMethods())
        .map(Method::getReturnType)
        .filter(t -> t.getPackage() == GhlClient.class.getPackage())
        .filter(t -> t.getSimpleName().endsWith("Service"))
        .distinct()
        .toList();
  }

  static List<Method> blockingMethods(Class<?> service) {
    return Arrays.stream(service.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
        .filter(m -> m.getReturnType() != CompletableFuture.class)
        .filter(m -> m.getReturnType() != Stream.class)
        .filter(m -> !m.getName().equals("toString"))
        .toList();
  }

  @Test
  void everyBlockingServiceMethodHasAnAsyncTwinWithTheSameParameters() throws Exception {
    List<Class<?>> services = services();
    assertThat(services)
        .extracting(Class::getSimpleName)
        .contains(
            "ContactsService",
            "TasksService",
            "NotesService",
            "TagsService",
            "AppointmentsService",
            "FollowersService",
            "CampaignsService",
            "WorkflowsService");
    int pairs = 0;
    for (Class<?> service : services) {
      for (Method m : blockingMethods(service)) {
        Method twin = service.getMethod(m.getName() + "Async", m.getParameterTypes());
        assertThat(twin.getReturnType()).as(twin.toString()).isEqualTo(CompletableFuture.class);
        assertThat(twin.isAnnotationPresent(Deprecated.class))
            .as(twin + " is deprecated like its blocking method")
            .isEqualTo(m.isAnnotationPresent(Deprecated.class));
        pairs++;
      }
      for (Method twin : service.getDeclaredMethods()) {
        if (Modifier.isPublic(twin.getModifiers())
            && twin.getReturnType() == CompletableFuture.class) {
          String blocking = twin.getName().substring(0, twin.getName().length() - "Async".length());
          assertThat(service.getMethod(blocking, twin.getParameterTypes())).isNotNull();
        }
      }
    }
    // 35 request-sending methods of the Contacts API services plus 24 write overloads taking
    // RequestOptions.
    assertThat(pairs).isEqualTo(59);
  }

  @Test
  void everyTwinRunsOnTheExecutorAndFailsLikeItsBlockingMethod() throws Exception {
    Queue<Runnable> queued = new ArrayDeque<>();
    GhlClient noScopes =
        ghl.builder()
            .grantedScopes(Set.of("conversations.readonly"))
            .asyncExecutor(queued::add)
            .build();
    int twins = 0;
    for (Class<?> service : services()) {
      Object instance = accessor(noScopes, service);
      for (Method m : blockingMethods(service)) {
        Object[] args = arguments(m);
        String blockingMessage = blockingFailure(m, instance, args).getMessage();
        Method twin = service.getMethod(m.getName() + "Async", m.getParameterTypes());

        CompletableFuture<?> future = (CompletableFuture<?>) twin.invoke(instance, args);

        assertThat(future).as(twin.toString()).isNotDone();
        assertThat(queued).hasSize(1);
        queued.remove().run();
        assertThat(future)
            .as(twin.toString())
            .failsWithin(Duration.ZERO)
            .withThrowableOfType(ExecutionException.class)
            .havingCause()
            .isInstanceOf(PermissionException.class)
            .withMessage(blockingMessage);
        twins++;
      }
    }
    assertThat(twins).isEqualTo(59);
    assertThat(ghl.server.getRequestCount()).isZero();
  }

  @Test
  void aTwinCompletesWithWhatTheBlockingMethodReturns() throws Exception {
    ghl.enqueue(200, "{\"contact\":{\"id\":\"c9\",\"email\":\"ann@example.com\"}}");

    Contact created =
        ghl.client()
            .contacts()
            .createAsync(CreateContactRequest.builder().email("ann@example.com").build())
            .get(10, TimeUnit.SECONDS);

    ghl.take("POST", "/contacts/");
    assertThat(created.id()).isEqualTo("c9");
  }

  @Test
  void anApiErrorCompletesTheTwinExceptionallyWithTheTypedException() {
    ghl.enqueue(404, "{\"statusCode\":404,\"message\":\"Contact not found\"}");

    CompletableFuture<Boolean> deleted = ghl.client().notes().deleteAsync("c1", "n1");

    assertThat(deleted)
        .failsWithin(Duration.ofSeconds(10))
        .withThrowableOfType(ExecutionException.class)
        .withCauseInstanceOf(NotFoundException.class);
    assertThat(ghl.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aTwinCancelledBeforeItStartsSendsNothing() {
    Queue<Runnable> queued = new ArrayDeque<>();
    GhlClient client = ghl.builder().asyncExecutor(queued::add).build();

    CompletableFuture<Contact> future = client.contacts().getAsync("c1");
    assertThat(future.cancel(true)).isTrue();
    queued.remove().run();

    assertThat(future).isCancelled();
    assertThat(ghl.server.getRequestCount()).isZero();
  }

  @Test
  void cancellingATwinInFlightCancelsTheHttpCall() throws Exception {
    CountDownLatch received = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ghl.server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            received.countDown();
            release.await(30, TimeUnit.SECONDS);
            return new MockResponse.Builder()
                .code(200)
                .body("{\"contact\":{\"id\":\"c1\"}}")
                .build();
          }
        });
    ExecutorService oneThread = Executors.newSingleThreadExecutor();
    try {
      GhlClient client = ghl.builder().asyncExecutor(oneThread).build();
      CompletableFuture<Contact> future = client.contacts().getAsync("c1");
      assertThat(received.await(10, TimeUnit.SECONDS)).isTrue();

      future.cancel(true);

      // The only worker is free again long before the server answers: the call was cancelled.
      assertThat(oneThread.submit(() -> "free").get(10, TimeUnit.SECONDS)).isEqualTo("free");
      assertThat(future).isCancelled();
      assertThat(release.getCount()).isEqualTo(1);
    } finally {
      release.countDown();
      oneThread.shutdownNow();
    }
  }

  @Test
  void aRejectingExecutorFailsTheTwin() {
    GhlClient client =
        ghl.builder()
            .asyncExecutor(
                r -> {
                  throw new java.util.concurrent.RejectedExecutionException("full");
                })
            .build();

    assertThat(client.tags().addAsync("c1", List.of("vip"))).isCompletedExceptionally();
  }

  private static Throwable blockingFailure(Method m, Object instance, Object[] args)
      throws IllegalAccessException {
    try {
      m.invoke(instance, args);
    } catch (InvocationTargetException e) {
      assertThat(e.getCause()).as(m.toString()).isInstanceOf(PermissionException.class);
      return e.getCause();
    }
    throw new AssertionError(m + " did not fail without its scope");
  }

  private static Object accessor(GhlClient client, Class<?> service) throws Exception {
    for (Method m : GhlClient.class.getMethods()) {
      if (m.getReturnType() == service && m.getParameterCount() == 0) {
        return m.invoke(client);
      }
    }
    throw new AssertionError("no accessor for " + service);
  }

  private static final Map<Class<?>, Object> SAMPLES =
      Map.ofEntries(
          Map.entry(String.class, "id1"),
          Map.entry(boolean.class, true),
          Map.entry(List.class, List.of("x1")),
          Map.entry(OffsetDateTime.class, OffsetDateTime.parse("2026-01-02T03:04:05Z")),
          Map.entry(RequestOptions.class, RequestOptions.builder().retries(false).build()),
          Map.entry(
              CreateContactRequest.class, CreateContactRequest.builder().email("a@b.c").build()),
          Map.entry(
              UpdateContactRequest.class, UpdateContactRequest.builder().firstName("A").build()),
          Map.entry(
              UpsertContactRequest.class, UpsertContactRequest.builder().email("a@b.c").build()),
          Map.entry(SearchContactsRequest.class, SearchContactsRequest.builder().build()),
          Map.entry(ListByBusinessRequest.class, ListByBusinessRequest.builder().build()),
          Map.entry(ListContactsRequest.class, ListContactsRequest.builder().build()),
          Map.entry(CreateNoteRequest.class, CreateNoteRequest.builder().body("b").build()),
          Map.entry(UpdateNoteRequest.class, UpdateNoteRequest.builder().body("b").build()),
          Map.entry(
              CreateTaskRequest.class,
              CreateTaskRequest.builder().title("t").dueDate("2026-01-02T03:04:05Z").build()),
          Map.entry(UpdateTaskRequest.class, UpdateTaskRequest.builder().title("t").build()),
          Map.entry(SearchTasksRequest.class, SearchTasksRequest.builder().build()),
          Map.entry(
              BulkTagsRequest.class,
              BulkTagsRequest.builder()
                  .type(BulkTagsRequest.Type.ADD)
                  .contacts("c1")
                  .tags("t1")
                  .build()));

  private static Object[] arguments(Method m) {
    List<Object> args = new ArrayList<>();
    for (Class<?> type : m.getParameterTypes()) {
      Object sample = SAMPLES.get(type);
      if (sample == null) {
        throw new AssertionError("add a sample " + type.getSimpleName() + " for " + m);
      }
      args.add(sample);
    }
    return args.toArray();
  }
}
