package io.ghlsync.sync.internal;

import io.ghlsync.core.ApiException;
import io.ghlsync.core.NotFoundException;
import io.ghlsync.core.Page;
import io.ghlsync.core.PermissionException;
import io.ghlsync.ghl.model.Appointment;
import io.ghlsync.ghl.model.Contact;
import io.ghlsync.ghl.model.Note;
import io.ghlsync.ghl.model.SearchTasksRequest;
import io.ghlsync.ghl.model.Task;
import io.ghlsync.sync.GhlUsage;
import io.ghlsync.sync.model.EntityKind;
import io.ghlsync.sync.model.Trigger;
import io.ghlsync.sync.store.Link;
import io.ghlsync.sync.store.LinkKey;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's reads of GHL, shared by every target: each piece of data is read once. A work item
 * re-reads only the parts its triggers name ({@link GhlPart#named}); a contact a scan just read
 * comes from the search page, and its tasks from one location task search per page when the token
 * has {@code locations/tasks.readonly} (without the scope, each contact's tasks are listed).
 */
public final class GhlReader implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger("io.ghlsync.sync");

  /** Task search pages read at most to find the contact of a task event without one. */
  static final int RESOLVE_PAGES = 3;

  private final EngineConfig engine;
  private final List<EngineConfig> targets;
  private final GhlCalls calls;
  private final PageReads pages;
  private final SearchFieldCheck fields;
  private final boolean contactNeedsChildren;
  private final Set<String> noTaskSearch = ConcurrentHashMap.newKeySet();
  private final @Nullable ExecutorService fetchPool;

  /**
   * Creates the reader; with a GHL concurrency above 1 it owns a pool of fetch threads (daemon
   * threads that end when idle), shut down by {@link #close()}.
   *
   * @param targets one configuration per target (engine-level settings from the first)
   * @param options how to read
   */
  public GhlReader(List<EngineConfig> targets, ReadOptions options) {
    this.targets = List.copyOf(targets);
    this.engine = targets.get(0);
    this.calls = new GhlCalls(engine.ghl());
    this.pages =
        new PageReads(
            options.useSearchResults() ? options.keptSearchResults() : 0,
            options.keptFor(),
            engine.clock());
    Set<String> needed = new LinkedHashSet<>(List.of("email", "phone"));
    boolean derived = false;
    for (EngineConfig t : targets) {
      needed.addAll(SearchFieldCheck.pathsOf(t.mapping().contact().rules()));
      t.idField().ifPresent(id -> needed.add("customFields." + id));
      derived |= t.mapping().notesSummary().isPresent() || !t.insights().isEmpty();
    }
    this.fields = new SearchFieldCheck(needed);
    this.contactNeedsChildren = derived;
    this.fetchPool = engine.ghlConcurrency() > 1 ? fetchPool(engine) : null;
  }

  /**
   * The request counter every GHL call of the engine goes through.
   *
   * @return the counter
   */
  public GhlCalls calls() {
    return calls;
  }

  /**
   * The requests spent so far.
   *
   * @return the counts
   */
  public GhlUsage usage() {
    return calls.usage();
  }

  /**
   * What one work item reads: the parts its triggers name, or everything when the contact's mapped
   * fields derive from its tasks or notes (a notes summary, enrichment, scoring, activity rules) or
   * when a target has no live link of the contact yet (its first sync needs the contact).
   *
   * @param locationId the location
   * @param contactId the contact
   * @param triggers the item's triggers
   * @param itemTargets the targets the item still has to reach
   * @return the parts to read
   */
  public Set<GhlPart> partsFor(
      String locationId, String contactId, Set<Trigger> triggers, Set<String> itemTargets) {
    Set<GhlPart> parts = GhlPart.named(triggers);
    if (parts.equals(GhlPart.ALL)) {
      return parts;
    }
    if (contactNeedsChildren) {
      return GhlPart.ALL;
    }
    if (!parts.contains(GhlPart.CONTACT)) {
      for (EngineConfig t : targets) {
        if (!itemTargets.contains(t.targetName())) {
          continue;
        }
        Optional<Link> link =
            t.links().get(new LinkKey(t.targetName(), locationId, EntityKind.CONTACT, contactId));
        if (link.isEmpty() || link.get().tombstone()) {
          return GhlPart.ALL;
        }
      }
    }
    return parts;
  }

  /**
   * Tells the reader that an event announced a change, so what a scan read of these parts is stale.
   *
   * @param locationId the location
   * @param contactId the contact
   * @param parts the parts that changed
   */
  public void changed(String locationId, String contactId, Set<GhlPart> parts) {
    pages.forget(locationId, contactId, parts);
  }

  /**
   * Keeps what a scan's search page returned for the work items it queues: the contacts (when
   * usable) and, with the task-search scope, their tasks in as few task searches as the page limit
   * allows.
   *
   * @param locationId the location
   * @param contacts the page's contacts
   * @param kind the scan's kind (for counting)
   */
  public void pageRead(String locationId, List<Contact> contacts, Trigger kind) {
    if (!pages.enabled() || contacts.isEmpty()) {
      return;
    }
    for (Contact contact : contacts) {
      if (fields.partial(locationId)) {
        break;
      }
      Set<String> missing = fields.unverified(locationId, contact);
      if (missing.isEmpty()) {
        pages.keepContact(locationId, contact);
        continue;
      }
      // Check the page against a GET now, so later records of the page can be trusted; the GET is
      // this contact's read.
      try {
        Contact fetched = calls.call(locationId, kind, c -> c.contacts().get(contact.id()));
        fields.compare(locationId, missing, fetched);
        pages.keepContact(locationId, fetched);
      } catch (ApiException e) {
        LOG.debug("GET of a contact to check a search page failed; its item reads it", e);
      }
    }
    if (!engine.ghlChildren().contains(EntityKind.TASK) || noTaskSearch.contains(locationId)) {
      return;
    }
    List<String> ids = contacts.stream().map(Contact::id).toList();
    Optional<Map<String, List<Task>>> tasks = searchTasks(locationId, ids, kind);
    tasks.ifPresent(
        found ->
            ids.forEach(id -> pages.keepTasks(locationId, id, found.getOrDefault(id, List.of()))));
  }

  /**
   * The tasks of many contacts by location task search, page after page; empty when the token lacks
   * the scope (remembered for the location) or the search failed (each contact's tasks are then
   * listed by its work item).
   */
  private Optional<Map<String, List<Task>>> searchTasks(
      String locationId, List<String> contactIds, Trigger kind) {
    Map<String, List<Task>> byContact = new LinkedHashMap<>();
    SearchTasksRequest request =
        SearchTasksRequest.builder().locationId(locationId).contactId(contactIds).build();
    try {
      while (true) {
        SearchTasksRequest current = request;
        Page<Task> page = calls.call(locationId, kind, c -> c.tasks().search(current));
        for (Task task : page.items()) {
          task.contactId()
              .ifPresent(c -> byContact.computeIfAbsent(c, k -> new ArrayList<>()).add(task));
        }
        if (!page.hasMore() || page.items().isEmpty()) {
          return Optional.of(byContact);
        }
        request = request.toBuilder().skip(request.skip() + page.items().size()).build();
      }
    } catch (PermissionException e) {
      if (noTaskSearch.add(locationId)) {
        LOG.info(
            "GHL location {}: the token cannot search tasks (locations/tasks.readonly); each"
                + " contact's tasks are read with one request instead. Grant the scope to read the"
                + " tasks of a whole search page in a few requests.",
            locationId);
      }
      return Optional.empty();
    } catch (ApiException e) {
      LOG.debug("task search of location {} failed; tasks are read per contact", locationId, e);
      return Optional.empty();
    }
  }

  /**
   * The contact of a task an event announced without its {@code contactId} (GHL sends such
   * TaskCreate events): a location task search for the task's title (or its assignee) finds the
   * task by id. Reads at most {@value #RESOLVE_PAGES} pages.
   *
   * @param locationId the location
   * @param taskId the task id
   * @param title the task's title, or {@code ""}
   * @param assignedTo the task's assignee, or {@code ""}
   * @return the contact id; empty when the task was not found or the token cannot search tasks
   */
  public Optional<String> contactOfTask(
      String locationId, String taskId, String title, String assignedTo) {
    if (taskId.isBlank() || (title.isBlank() && assignedTo.isBlank())) {
      return Optional.empty();
    }
    SearchTasksRequest.Builder builder = SearchTasksRequest.builder().locationId(locationId);
    if (!title.isBlank()) {
      builder.query(title);
    } else {
      builder.assignedTo(List.of(assignedTo));
    }
    SearchTasksRequest request = builder.build();
    try {
      for (int pages = 0; pages < RESOLVE_PAGES; pages++) {
        SearchTasksRequest current = request;
        Page<Task> page =
            calls.call(locationId, Trigger.TASK_EVENT, c -> c.tasks().search(current));
        for (Task task : page.items()) {
          if (task.id().equals(taskId) && task.contactId().isPresent()) {
            return task.contactId();
          }
        }
        if (!page.hasMore() || page.items().isEmpty()) {
          return Optional.empty();
        }
        request = request.toBuilder().skip(request.skip() + page.items().size()).build();
      }
      return Optional.empty();
    } catch (PermissionException e) {
      return Optional.empty();
    }
  }

  /**
   * Fetches every job's state from GHL, up to the configured number at once. A failed fetch fails
   * its lane only.
   *
   * @param jobs the contacts
   * @return one lane per job, in order
   */
  List<Lane> fetchAll(List<ContactJob> jobs) {
    ExecutorService pool = fetchPool;
    List<Lane> lanes = new ArrayList<>(jobs.size());
    if (pool == null || jobs.size() < 2) {
      jobs.forEach(job -> lanes.add(fetch(job)));
      return lanes;
    }
    List<Future<Lane>> futures = new ArrayList<>(jobs.size());
    try {
      for (ContactJob job : jobs) {
        futures.add(pool.submit(() -> fetch(job)));
      }
      for (Future<Lane> future : futures) {
        lanes.add(future.get());
      }
      return lanes;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      futures.forEach(f -> f.cancel(true));
      throw new IllegalStateException("interrupted while fetching from GHL", e);
    } catch (RejectedExecutionException e) {
      throw new IllegalStateException("the sync engine is closed", e);
    } catch (ExecutionException e) {
      // fetch() catches RuntimeException, so only an Error gets here.
      Throwable cause = e.getCause();
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("fetching from GHL failed", cause);
    }
  }

  private Lane fetch(ContactJob job) {
    Lane lane = Lane.of(job);
    // One GHL read serves every target, so the MDC names no target here.
    try (SyncMdc mdc = SyncMdc.step(job.locationId(), job.contactId(), null, "fetch")) {
      return lane.fetched(read(job));
    } catch (RuntimeException e) {
      return lane.failed(RecordFailure.ofContact(job.contactId(), "fetch from GHL", e));
    }
  }

  /** Reads the job's parts; a contact GHL no longer has comes back as gone. */
  private GhlContactState read(ContactJob job) {
    String location = job.locationId();
    String id = job.contactId();
    Trigger kind = job.kind();
    Optional<PageReads.Entry> page = pages.take(location, id);
    Set<GhlPart> parts = job.reads();
    Set<GhlPart> read = EnumSet.noneOf(GhlPart.class);
    try {
      Optional<Contact> contact = page.flatMap(PageReads.Entry::contact);
      if (contact.isEmpty() && parts.contains(GhlPart.CONTACT)) {
        contact = Optional.of(calls.call(location, kind, c -> c.contacts().get(id)));
      }
      if (contact.isPresent()) {
        read.add(GhlPart.CONTACT);
        if (contact.get().deleted().orElse(false)) {
          return GhlContactState.gone(location, id);
        }
      }
      List<Task> tasks = List.of();
      if (parts.contains(GhlPart.TASKS)) {
        read.add(GhlPart.TASKS);
        if (engine.ghlChildren().contains(EntityKind.TASK)) {
          Optional<List<Task>> kept = page.flatMap(PageReads.Entry::tasks);
          tasks =
              kept.isPresent() ? kept.get() : calls.call(location, kind, c -> c.tasks().list(id));
        }
      }
      List<Note> notes = List.of();
      if (parts.contains(GhlPart.NOTES)) {
        read.add(GhlPart.NOTES);
        if (engine.ghlChildren().contains(EntityKind.NOTE)) {
          notes = calls.call(location, kind, c -> c.notes().list(id));
        }
      }
      // Appointments are read for every target when any target's rules need them.
      List<Appointment> appointments =
          engine.insights().fetchAppointments() && read.contains(GhlPart.CONTACT)
              ? calls.call(location, kind, c -> c.appointments().list(id))
              : List.of();
      return new GhlContactState(location, id, contact, tasks, notes, appointments, read);
    } catch (NotFoundException e) {
      return GhlContactState.gone(location, id);
    }
  }

  private static ExecutorService fetchPool(EngineConfig config) {
    AtomicInteger threads = new AtomicInteger();
    ThreadFactory factory =
        r -> {
          Thread t =
              new Thread(
                  r, "ghlsync-" + config.engineName() + "-fetch-" + threads.incrementAndGet());
          t.setDaemon(true);
          return t;
        };
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            config.ghlConcurrency(),
            config.ghlConcurrency(),
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            factory);
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  /** Stops the fetch threads. */
  @Override
  public void close() {
    if (fetchPool != null) {
      fetchPool.shutdownNow();
      try {
        // So that a closed engine leaves no thread behind.
        fetchPool.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
