package io.ghlsync.sync.internal;

import io.ghlsync.ghl.model.Note;
import io.ghlsync.ghl.model.Task;
import io.ghlsync.sync.PlannedChange;
import io.ghlsync.sync.SyncPlan;
import io.ghlsync.sync.internal.decision.Decider;
import io.ghlsync.sync.internal.decision.Step;
import io.ghlsync.sync.internal.decision.Subject;
import io.ghlsync.sync.internal.decision.Written;
import io.ghlsync.sync.mapping.EntityMapping;
import io.ghlsync.sync.mapping.MappedRecord;
import io.ghlsync.sync.model.EntityKind;
import io.ghlsync.sync.store.Link;
import io.ghlsync.sync.store.LinkKey;
import io.ghlsync.sync.target.TargetMatch;
import java.time.Instant;
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
 * latest state from GHL; map and decide each contact; search the target for the unlinked ones;
 * write the contacts; decide, search and write their tasks and notes; write target ids back to GHL.
 * Each contact is a {@link Lane} value that every phase hands on; a failure stays with its contact
 * as a {@link RecordFailure} naming the record: one contact failing never stops the others.
 */
public final class BatchProcessor implements AutoCloseable {
  /** Stands in for the target id of a contact that a dry run would create. */
  static final String NOT_YET_CREATED = "(not yet created)";

  private final EngineConfig config;
  private final GhlSide ghl;
  private final Decider decider;
  private final AuditWriter audit;
  private final @Nullable ExecutorService fetchPool;
  private final Optional<RuleTasks> ruleTasks;

  /**
   * Creates the processor; with a GHL concurrency above 1 it owns a pool of fetch threads (daemon
   * threads that end when idle), shut down by {@link #close()}.
   *
   * @param config the engine configuration
   */
  public BatchProcessor(EngineConfig config) {
    this.config = config;
    this.ghl = new GhlSide(config);
    this.decider =
        new Decider(config.targetName(), config.target().capabilities(), config::deletePolicy);
    this.audit = new AuditWriter(config);
    this.fetchPool = config.ghlConcurrency() > 1 ? fetchPool(config) : null;
    this.ruleTasks =
        config.insights().runner(config.targetName()).map(r -> new RuleTasks(config, r));
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
      try {
        // So that a closed engine leaves no thread behind.
        fetchPool.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
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
    List<PlannedChange> changes = new ArrayList<>();
    Map<String, String> failures = new LinkedHashMap<>();
    for (ContactOutcome outcome : process(jobs, true)) {
      changes.addAll(outcome.changes());
      outcome
          .failure()
          .ifPresent(f -> failures.put(outcome.job().contactId(), Failures.describe(f.error())));
    }
    return new SyncPlan(changes, failures);
  }

  /**
   * Runs one attempt.
   *
   * @param jobs the contacts, one job each
   * @param dryRun true to write nothing anywhere (finds still read the target)
   * @return one outcome per job, in order
   */
  List<ContactOutcome> process(List<ContactJob> jobs, boolean dryRun) {
    return processFetched(fetchAll(jobs), dryRun);
  }

  /**
   * Runs one attempt on lanes whose GHL state was fetched already, by this or another target's
   * processor: one GHL read serves every target.
   *
   * @param fetched the fetched lanes, one per contact
   * @param dryRun true to write nothing anywhere (finds still read the target)
   * @return one outcome per lane, in order
   */
  List<ContactOutcome> processFetched(List<Lane> fetched, boolean dryRun) {
    StepApplier applier = new StepApplier(config, decider, audit, dryRun);
    Instant now = config.clock().instant();
    List<Lane> lanes = new ArrayList<>(fetched);
    List<StepApplier.Owned> contacts = new ArrayList<>();
    String location = sharedLocation(lanes);
    for (int i = 0; i < lanes.size(); i++) {
      try (SyncMdc mdc = step(lanes.get(i), "decide")) {
        decideContact(lanes, i, now).ifPresent(contacts::add);
      }
    }
    try (SyncMdc mdc = SyncMdc.batch(location, config.targetName(), "apply contacts")) {
      run(applier, contacts, lanes);
    }
    List<StepApplier.Owned> children = new ArrayList<>();
    for (int i = 0; i < lanes.size(); i++) {
      try (SyncMdc mdc = step(lanes.get(i), "decide")) {
        children.addAll(decideChildren(lanes, i, dryRun));
      }
    }
    try (SyncMdc mdc = SyncMdc.batch(location, config.targetName(), "apply tasks and notes")) {
      run(applier, children, lanes);
    }
    if (ruleTasks.isPresent()) {
      try (SyncMdc mdc = SyncMdc.batch(location, config.targetName(), "rules")) {
        ruleTasks.get().run(ruleSubjects(lanes, now, dryRun), lanes, dryRun);
      }
    }
    List<ContactOutcome> out = new ArrayList<>(lanes.size());
    for (Lane lane : lanes) {
      try (SyncMdc mdc = step(lane, "write back")) {
        out.add((dryRun ? lane : writeBack(lane)).outcome());
      }
    }
    return out;
  }

  private SyncMdc step(Lane lane, String step) {
    return SyncMdc.step(lane.job().locationId(), lane.job().contactId(), config.targetName(), step);
  }

  /** The location of every lane, or null when they differ (the MDC names no location then). */
  private static @Nullable String sharedLocation(List<Lane> lanes) {
    String location = lanes.isEmpty() ? null : lanes.get(0).job().locationId();
    for (Lane lane : lanes) {
      if (!lane.job().locationId().equals(location)) {
        return null;
      }
    }
    return location;
  }

  /** Searches, writes and records steps; a lane that failed on the way writes nothing more. */
  private static void run(StepApplier applier, List<StepApplier.Owned> steps, List<Lane> lanes) {
    StepApplier.Found found = applier.find(steps, lanes);
    applier.record(found.failed(), lanes);
    List<StepApplier.Owned> writable = new ArrayList<>();
    for (StepApplier.Owned o : found.decided()) {
      if (lanes.get(o.lane()).open()) {
        writable.add(o);
      }
    }
    applier.record(applier.write(writable), lanes);
  }

  /**
   * Fetches every job's latest state from GHL, up to the configured number at once. A failed fetch
   * fails its lane only.
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
      return lane.fetched(ghl.fetch(job.locationId(), job.contactId()));
    } catch (RuntimeException e) {
      return lane.failed(RecordFailure.ofContact(job.contactId(), "fetch from GHL", e));
    }
  }

  /** The written contacts whose activity rules run in this attempt. */
  private List<RuleTasks.Subject> ruleSubjects(List<Lane> lanes, Instant now, boolean dryRun) {
    List<RuleTasks.Subject> out = new ArrayList<>();
    for (int i = 0; i < lanes.size(); i++) {
      Lane lane = lanes.get(i);
      Optional<Written.Applied> contact = lane.contact();
      if (!lane.open() || contact.isEmpty() || lane.state().contact().isEmpty()) {
        continue;
      }
      Optional<String> targetId =
          contact
              .get()
              .targetId()
              .or(() -> dryRun ? Optional.of(NOT_YET_CREATED) : Optional.empty());
      if (targetId.isEmpty()) {
        continue;
      }
      try {
        out.add(
            new RuleTasks.Subject(
                i,
                targetId.get(),
                ghl.prepare(lane.state(), now),
                Insights.activity(lane.state(), now)));
      } catch (RuntimeException e) {
        lanes.set(
            i,
            lane.failed(
                RecordFailure.ofContact(lane.job().contactId(), "evaluate activity rules", e)));
      }
    }
    return out;
  }

  private Optional<StepApplier.Owned> decideContact(List<Lane> lanes, int i, Instant now) {
    Lane lane = lanes.get(i);
    if (!lane.open()) {
      return Optional.empty();
    }
    ContactJob job = lane.job();
    Subject subject = Subject.contact(job.contactId(), job.workItemId());
    Optional<Link> link = config.links().get(key(job, EntityKind.CONTACT, job.contactId()));
    if (lane.state().contact().isEmpty()) {
      if (link.isEmpty() || link.get().tombstone()) {
        return Optional.empty();
      }
      return Optional.of(new StepApplier.Owned(i, decider.gone(subject, link.get())));
    }
    try {
      MappedRecord mapped = ghl.mapContact(lane.state(), now);
      return Optional.of(
          new StepApplier.Owned(i, decider.present(subject, mapped, link, Optional.empty())));
    } catch (RuntimeException e) {
      lanes.set(i, lane.failed(mapFailure(EntityKind.CONTACT, job.contactId(), link, e)));
      return Optional.empty();
    }
  }

  private List<StepApplier.Owned> decideChildren(List<Lane> lanes, int i, boolean dryRun) {
    Lane lane = lanes.get(i);
    Optional<Written.Applied> contact = lane.contact();
    if (!lane.open() || contact.isEmpty() || lane.state().contact().isEmpty()) {
      return List.of();
    }
    Optional<String> parent =
        contact.get().targetId().or(() -> dryRun ? Optional.of(NOT_YET_CREATED) : Optional.empty());
    if (parent.isEmpty()) {
      return List.of();
    }
    ContactJob job = lane.job();
    boolean parentIsNew = contact.get().step() instanceof Step.Create;
    Map<LinkKey, Link> existing = new HashMap<>();
    for (Link link : config.links().forContact(job.locationId(), job.contactId())) {
      if (link.key().kind() != EntityKind.CONTACT) {
        existing.put(link.key(), link);
      }
    }
    Map<String, Record> tasks = new LinkedHashMap<>();
    for (Task t : lane.state().tasks()) {
      tasks.put(t.id(), t);
    }
    Map<String, Record> notes = new LinkedHashMap<>();
    for (Note n : lane.state().notes()) {
      notes.put(n.id(), n);
    }
    Children c = new Children(i, job, existing, parent.get(), parentIsNew, new ArrayList<>());
    Optional<RecordFailure> failure =
        decide(c, EntityKind.TASK, config.mapping().task(), tasks)
            .or(() -> decide(c, EntityKind.NOTE, config.mapping().note(), notes));
    if (failure.isPresent()) {
      lanes.set(i, lane.failed(failure.get()));
      return List.of();
    }
    return c.out();
  }

  /** What the children of one contact are decided against. */
  private record Children(
      int lane,
      ContactJob job,
      Map<LinkKey, Link> existing,
      String parent,
      boolean parentIsNew,
      List<StepApplier.Owned> out) {}

  /** Decides the children of one kind; a mapping failure stops the contact's children. */
  private Optional<RecordFailure> decide(
      Children c, EntityKind kind, EntityMapping rules, Map<String, Record> records) {
    if (!rules.isEnabled()) {
      return Optional.empty();
    }
    ContactJob job = c.job();
    for (Map.Entry<String, Record> e : records.entrySet()) {
      Optional<Link> link = Optional.ofNullable(c.existing().remove(key(job, kind, e.getKey())));
      Subject subject =
          Subject.child(kind, e.getKey(), job.contactId(), c.parent(), job.workItemId());
      MappedRecord mapped;
      try {
        mapped = rules.apply(GhlContactState.source(e.getValue()));
      } catch (RuntimeException error) {
        return Optional.of(mapFailure(kind, e.getKey(), link, error));
      }
      Optional<List<TargetMatch>> found =
          c.parentIsNew() ? Optional.of(List.of()) : Optional.empty();
      c.out().add(new StepApplier.Owned(c.lane(), decider.present(subject, mapped, link, found)));
    }
    for (Link link : c.existing().values()) {
      if (link.key().kind() == kind && !link.tombstone()) {
        Subject subject =
            Subject.child(kind, link.key().ghlId(), job.contactId(), c.parent(), job.workItemId());
        c.out().add(new StepApplier.Owned(c.lane(), decider.gone(subject, link)));
      }
    }
    return Optional.empty();
  }

  private LinkKey key(ContactJob job, EntityKind kind, String ghlId) {
    return new LinkKey(config.targetName(), job.locationId(), kind, ghlId);
  }

  private static RecordFailure mapFailure(
      EntityKind kind, String ghlId, Optional<Link> link, RuntimeException e) {
    return new RecordFailure(kind, ghlId, link.map(Link::targetId), "map", e);
  }

  private Lane writeBack(Lane lane) {
    Optional<Written.Applied> contact = lane.contact();
    if (!lane.open() || contact.isEmpty() || lane.state().contact().isEmpty()) {
      return lane;
    }
    Optional<String> targetId = contact.get().targetId();
    if (targetId.isEmpty()) {
      return lane;
    }
    try {
      ghl.writeBackId(lane.state(), targetId.get());
      return lane;
    } catch (RuntimeException e) {
      return lane.failed(
          new RecordFailure(
              EntityKind.CONTACT,
              lane.job().contactId(),
              targetId,
              "write-back of the target id to GHL",
              e));
    }
  }
}
