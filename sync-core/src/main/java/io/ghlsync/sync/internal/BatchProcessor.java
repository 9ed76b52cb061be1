package io.ghlsync.sync.internal;

import io.ghlsync.ghl.model.Note;
import io.ghlsync.ghl.model.Task;
import io.ghlsync.sync.PlannedChange;
import io.ghlsync.sync.SyncPlan;
import io.ghlsync.sync.mapping.EntityMapping;
import io.ghlsync.sync.mapping.MappedRecord;
import io.ghlsync.sync.model.Decision;
import io.ghlsync.sync.model.EntityKind;
import io.ghlsync.sync.store.Link;
import io.ghlsync.sync.store.LinkKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

/**
 * One attempt at a batch of contacts, in phases so a batching target sends few requests: fetch the
 * latest state from GHL; decide each contact; search the target for the unlinked ones; write the
 * contacts; decide, search and write their tasks and notes; write target ids back to GHL. Failures
 * stay with their contact: one contact failing never stops the others.
 */
public final class BatchProcessor implements AutoCloseable {
  /** Stands in for the target id of a contact that a dry run would create. */
  static final String NOT_YET_CREATED = "(not yet created)";

  private final EngineConfig config;
  private final GhlSide ghl;
  private final StepPlanner planner;
  private final AuditWriter audit;
  private final @Nullable ExecutorService fetchPool;

  /**
   * Creates the processor; with a GHL concurrency above 1 it owns a pool of fetch threads (daemon
   * threads that end when idle), shut down by {@link #close()}.
   *
   * @param config the engine configuration
   */
  public BatchProcessor(EngineConfig config) {
    this.config = config;
    this.ghl = new GhlSide(config);
    this.planner = new StepPlanner(config);
    this.audit = new AuditWriter(config);
    this.fetchPool = config.ghlConcurrency() > 1 ? fetchPool(config) : null;
  }

  private static ExecutorService fetchPool(EngineConfig config) {
    AtomicInteger threads = new AtomicInteger();
    ThreadFactory factory =
        r -> {
          Thread t =
              new Thread(
                  r, "ghlsync-" + config.targetName() + "-fetch-" + threads.incrementAndGet());
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
    }
  }

  /**
   * A dry run over some contacts: fetches, maps and searches the target like a sync, writes
   * nothing.
   *
   * @param locationId the GHL location
   * @param contactIds the GHL contacts
   * @return the plan
   */
  public SyncPlan plan(String locationId, List<String> contactIds) {
    List<ContactJob> jobs = new ArrayList<>();
    for (String id : contactIds) {
      jobs.add(new ContactJob("plan", locationId, id));
    }
    process(jobs, true);
    List<PlannedChange> changes = new ArrayList<>();
    Map<String, String> failures = new LinkedHashMap<>();
    for (ContactJob job : jobs) {
      changes.addAll(job.changes);
      RuntimeException failure = job.failure;
      if (failure != null) {
        failures.put(job.contactId, Failures.describe(failure));
      }
    }
    return new SyncPlan(changes, failures);
  }

  /**
   * Runs one attempt.
   *
   * @param jobs the contacts, one job each
   * @param dryRun true to write nothing anywhere (finds still read the target)
   */
  void process(List<ContactJob> jobs, boolean dryRun) {
    StepApplier applier = new StepApplier(config, planner, audit, dryRun);
    fetchAll(jobs);
    List<StepApplier.Owned> contacts = new ArrayList<>();
    for (ContactJob job : jobs) {
      planContact(job).ifPresent(step -> contacts.add(new StepApplier.Owned(job, step)));
    }
    applier.find(contacts);
    applier.apply(contacts);
    List<StepApplier.Owned> children = new ArrayList<>();
    for (ContactJob job : jobs) {
      planChildren(job, dryRun).forEach(step -> children.add(new StepApplier.Owned(job, step)));
    }
    applier.find(children);
    applier.apply(children);
    if (!dryRun) {
      for (ContactJob job : jobs) {
        writeBack(job);
      }
    }
  }

  /**
   * Fetches every job's latest state from GHL, up to the configured number at once. A failed fetch
   * fails its job only.
   */
  private void fetchAll(List<ContactJob> jobs) {
    ExecutorService pool = fetchPool;
    if (pool == null || jobs.size() < 2) {
      jobs.forEach(this::fetch);
      return;
    }
    List<Future<?>> futures = new ArrayList<>(jobs.size());
    try {
      for (ContactJob job : jobs) {
        futures.add(pool.submit(() -> fetch(job)));
      }
      for (Future<?> future : futures) {
        future.get();
      }
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

  private void fetch(ContactJob job) {
    try {
      job.state = ghl.fetch(job.locationId, job.contactId);
    } catch (RuntimeException e) {
      job.fail(e);
    }
  }

  private Optional<RecordStep> planContact(ContactJob job) {
    if (job.failed()) {
      return Optional.empty();
    }
    LinkKey key =
        new LinkKey(config.targetName(), job.locationId, EntityKind.CONTACT, job.contactId);
    Optional<Link> link = config.store().links().get(key);
    try {
      RecordStep step;
      if (job.state.contact().isEmpty()) {
        if (link.isEmpty() || link.get().tombstone()) {
          return Optional.empty();
        }
        step = planner.gone(link.get(), job.workItemId, Optional.empty());
      } else {
        MappedRecord mapped = ghl.mapContact(job.state);
        step =
            planner.present(
                EntityKind.CONTACT,
                job.contactId,
                job.contactId,
                mapped,
                link,
                job.workItemId,
                Optional.empty());
      }
      job.contactStep = step;
      return Optional.of(step);
    } catch (RuntimeException e) {
      job.fail(e);
      return Optional.empty();
    }
  }

  private List<RecordStep> planChildren(ContactJob job, boolean dryRun) {
    RecordStep contact = job.contactStep;
    if (job.failed() || contact == null || contact.mapped.isEmpty()) {
      return List.of();
    }
    Optional<String> parent =
        contact.targetIdOrLink().or(() -> dryRun ? Optional.of(NOT_YET_CREATED) : Optional.empty());
    if (parent.isEmpty()) {
      return List.of();
    }
    boolean parentIsNew = job.contactCreatedNow || contact.decision == Decision.CREATED;
    Map<LinkKey, Link> existing = new HashMap<>();
    for (Link link :
        config.store().links().forContact(config.targetName(), job.locationId, job.contactId)) {
      if (link.key().kind() != EntityKind.CONTACT) {
        existing.put(link.key(), link);
      }
    }
    List<RecordStep> steps = new ArrayList<>();
    try {
      Map<String, Record> tasks = new LinkedHashMap<>();
      for (Task t : job.state.tasks()) {
        t.id().ifPresent(id -> tasks.put(id, t));
      }
      Map<String, Record> notes = new LinkedHashMap<>();
      for (Note n : job.state.notes()) {
        n.id().ifPresent(id -> notes.put(id, n));
      }
      Planned context = new Planned(job, existing, parent.get(), parentIsNew, steps);
      plan(context, EntityKind.TASK, config.mapping().task(), tasks);
      plan(context, EntityKind.NOTE, config.mapping().note(), notes);
    } catch (RuntimeException e) {
      job.fail(e);
      return List.of();
    }
    return steps;
  }

  /** What the children of one contact are planned against. */
  private record Planned(
      ContactJob job,
      Map<LinkKey, Link> existing,
      String parent,
      boolean parentIsNew,
      List<RecordStep> out) {}

  private void plan(Planned p, EntityKind kind, EntityMapping rules, Map<String, Record> records) {
    if (!rules.isEnabled()) {
      return;
    }
    ContactJob job = p.job();
    for (Map.Entry<String, Record> e : records.entrySet()) {
      LinkKey key = new LinkKey(config.targetName(), job.locationId, kind, e.getKey());
      Link link = p.existing().remove(key);
      MappedRecord mapped = rules.apply(GhlContactState.source(e.getValue()));
      RecordStep step =
          planner.present(
              kind,
              e.getKey(),
              job.contactId,
              mapped,
              Optional.ofNullable(link),
              job.workItemId,
              Optional.of(p.parent()));
      if (step.awaitingFind && p.parentIsNew()) {
        planner.resolve(step, Optional.empty());
      }
      p.out().add(step);
    }
    for (Link link : p.existing().values()) {
      if (link.key().kind() == kind && !link.tombstone()) {
        p.out().add(planner.gone(link, job.workItemId, Optional.of(p.parent())));
      }
    }
  }

  private void writeBack(ContactJob job) {
    RecordStep contact = job.contactStep;
    if (job.failed() || contact == null || contact.mapped.isEmpty()) {
      return;
    }
    Optional<String> targetId = contact.targetIdOrLink();
    if (targetId.isEmpty()) {
      return;
    }
    try {
      ghl.writeBackId(job.state, targetId.get());
    } catch (RuntimeException e) {
      job.fail(e);
    }
  }
}
