package io.ghlsync.sync;

import io.ghlsync.core.RateLimitBudget;
import io.ghlsync.ghl.webhook.WebhookEvent;
import io.ghlsync.ghl.webhook.WebhookHandler;
import io.ghlsync.ghl.webhook.WebhookHandlerBuilder;
import io.ghlsync.sync.internal.BatchProcessor;
import io.ghlsync.sync.internal.BatchRunner;
import io.ghlsync.sync.internal.ContactScanner;
import io.ghlsync.sync.internal.EngineConfig;
import io.ghlsync.sync.internal.GhlReader;
import io.ghlsync.sync.internal.ReadOptions;
import io.ghlsync.sync.internal.Reconciler;
import io.ghlsync.sync.internal.WebhookIntake;
import io.ghlsync.sync.internal.WorkerPool;
import io.ghlsync.sync.mapping.Mapping;
import io.ghlsync.sync.model.Trigger;
import io.ghlsync.sync.rules.RuleRunner;
import io.ghlsync.sync.rules.RuleSubject;
import io.ghlsync.sync.store.AuditEntry;
import io.ghlsync.sync.store.DeadLetter;
import io.ghlsync.sync.store.Lease;
import io.ghlsync.sync.store.QueueStats;
import io.ghlsync.sync.store.SyncStore;
import io.ghlsync.sync.store.WorkItem;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embeddable sync engine: keeps GHL contacts, tasks and notes aligned with one or more target
 * CRMs.
 *
 * <pre>{@code
 * SyncEngine engine = SyncEngine.builder()
 *     .ghl(ghlClient)
 *     .target(OnOfficeTarget.builder(onOfficeClient).build())
 *     .mapping(DefaultMappings.onOffice())
 *     .build();
 * engine.start();                                  // background workers
 * engine.submit(webhookEvent);                     // from the host's webhook endpoint
 * engine.syncContact(locationId, contactId);       // "contact viewed": sync now
 * engine.backfill(locationId);                     // queue everything, resumable
 * }</pre>
 *
 * <p>Every trigger only queues the contact in the {@link SyncStore}; the work always fetches the
 * latest record from GHL, so duplicate and out-of-order events are harmless. With several targets
 * ({@link SyncEngineBuilder#addTarget}), a webhook is submitted once, each contact is read from GHL
 * once per work item and handed to every target's mapping and connector; each target's outcome
 * (links, dead letters) is its own.
 *
 * <p>A fatal error in a worker (e.g. {@link OutOfMemoryError}) is never silent: the worker's items
 * go back to the queue, the error is logged and told to the listener, and {@link #start} and {@link
 * #awaitIdle} throw {@link SyncEngineFailedException} from then on. Thread safe; {@link #close}
 * stops the workers and the engine's threads.
 */
public final class SyncEngine implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger("io.ghlsync.sync");

  private final List<EngineConfig> targets;
  private final EngineConfig config;
  private final Map<String, BatchProcessor> processors = new LinkedHashMap<>();
  private final BatchRunner runner;
  private final WorkerPool workers;
  private final ContactScanner scanner;
  private final GhlReader reader;
  private final int maxQueued;
  private final Reconciler reconciler;

  SyncEngine(
      List<EngineConfig> targets,
      ReadOptions readOptions,
      int maxQueued,
      Reconciler.Schedule reconcile) {
    this.maxQueued = maxQueued;
    this.reconciler = new Reconciler(reconcile, this::poll, this::sweep, this::sweepInactive);
    this.targets = List.copyOf(targets);
    this.config = targets.get(0);
    this.reader = new GhlReader(targets, readOptions);
    targets.forEach(t -> processors.put(t.targetName(), new BatchProcessor(t, reader.calls())));
    this.runner = new BatchRunner(targets, processors, reader);
    this.workers = new WorkerPool(config, runner);
    this.scanner =
        new ContactScanner(
            config,
            reader,
            (contact, trigger) -> enqueue(contact.locationId().orElse(""), contact.id(), trigger));
  }

  /**
   * Starts building an engine.
   *
   * @return a builder
   */
  public static SyncEngineBuilder builder() {
    return new SyncEngineBuilder();
  }

  /**
   * Hands in a verified webhook event. Contact, task and note events queue their contact for every
   * target; other events are ignored; a webhook id this engine saw before is reported as a
   * duplicate. When this returns {@code QUEUED}, the work is persisted and the delivery may be
   * acknowledged; {@code RETRY_LATER} (the store failed or the queue is full) must be answered with
   * {@link SubmitResult#httpStatus()} 429, the only answer after which GHL delivers again.
   *
   * @param event the event
   * @return what happened
   */
  public SubmitResult submit(WebhookEvent event) {
    return WebhookIntake.submit(event, config, reader, this::enqueue, true, maxQueued);
  }

  /**
   * A webhook handler whose duplicate detection is this engine's seen-id store, and which hands
   * every accepted event to the engine: each delivery is checked once. An event the engine cannot
   * queue is answered 429 ({@code WebhookResult.ListenerFailed} with a {@code Retry-After}), so GHL
   * delivers it again. Further listeners may be added to the returned handler.
   *
   * @param builder the handler settings (keys, replay window); its seen store is replaced
   * @return the handler
   */
  public WebhookHandler webhookHandler(WebhookHandlerBuilder builder) {
    WebhookHandler handler = builder.seenStore(config.engineStore().seenWebhooks()).build();
    handler.on(
        WebhookEvent.class,
        e -> {
          SubmitResult result =
              WebhookIntake.submit(e, config, reader, this::enqueue, false, maxQueued);
          if (result.status() == SubmitResult.Status.RETRY_LATER) {
            // The handler answers 429 and releases the webhook id: GHL delivers it again.
            throw new WorkNotQueuedException(result);
          }
        });
    return handler;
  }

  /**
   * Queues a contact for every target (merged into its waiting item if there is one) and wakes the
   * workers.
   *
   * @param locationId the GHL location
   * @param contactId the GHL contact
   * @param trigger why
   * @return the waiting item
   */
  public WorkItem enqueue(String locationId, String contactId, Trigger trigger) {
    WorkItem item = queueOnly(locationId, contactId, trigger);
    workers.wakeUp();
    return item;
  }

  private WorkItem queueOnly(String locationId, String contactId, Trigger trigger) {
    WorkItem item = config.queue().enqueue(locationId, contactId, targetSet(), trigger);
    config.listener().onQueued(item);
    return item;
  }

  private Set<String> targetSet() {
    Set<String> names = new LinkedHashSet<>();
    targets.forEach(t -> names.add(t.targetName()));
    return names;
  }

  /**
   * Syncs one contact now, in the calling thread (e.g. when it was viewed in GHL). Retries happen
   * within the call with the configured backoff.
   *
   * @param locationId the GHL location
   * @param contactId the GHL contact
   * @return the outcome; {@code BUSY} when a worker is syncing the contact already (the request
   *     then runs after it)
   */
  public ContactSyncResult syncContact(String locationId, String contactId) {
    queueOnly(locationId, contactId, Trigger.ON_DEMAND);
    Optional<Lease> lease =
        config
            .queue()
            .leaseContact(
                locationId, contactId, "on-demand-" + UUID.randomUUID(), config.leaseDuration());
    if (lease.isEmpty()) {
      workers.wakeUp();
      return new ContactSyncResult(
          locationId, contactId, ContactSyncResult.Status.BUSY, List.of(), "");
    }
    List<ContactSyncResult> results = runner.runNow(List.of(lease.get()));
    return results.isEmpty()
        ? new ContactSyncResult(locationId, contactId, ContactSyncResult.Status.BUSY, List.of(), "")
        : results.get(0);
  }

  /**
   * Queues the contacts updated since the last poll of this location (every contact on the first
   * poll), for hosts without webhooks. Call it on a schedule.
   *
   * @param locationId the GHL location
   * @return what was queued and the new cursor
   */
  public ScanResult poll(String locationId) {
    return scanner.poll(locationId);
  }

  /**
   * Queues every contact of a location. Resumable: the position is stored after every page, and a
   * call after an interruption continues from there.
   *
   * @param locationId the GHL location
   * @return what was queued
   */
  public ScanResult backfill(String locationId) {
    return logged("backfill", locationId, () -> scanner.backfill(locationId, Integer.MAX_VALUE));
  }

  /**
   * Queues at most {@code maxPages} search pages of a backfill, then stops (resume with another
   * call).
   *
   * @param locationId the GHL location
   * @param maxPages the most pages read by this call
   * @return what was queued; {@code complete()} tells whether the end was reached
   */
  public ScanResult backfill(String locationId, int maxPages) {
    if (maxPages < 1) {
      throw new IllegalArgumentException("maxPages must be at least 1: " + maxPages);
    }
    return logged("backfill", locationId, () -> scanner.backfill(locationId, maxPages));
  }

  /**
   * Queues every contact of a location to re-read its tasks and notes: the reconciliation of task
   * and note changes a missed webhook did not announce (they do not move the contact's {@code
   * dateUpdated}, so {@link #poll} cannot see them). Resumable like {@link #backfill}. Its cost is
   * that of a backfill (see {@code docs/rate-budget.md}): call it on a slow schedule, e.g. daily.
   *
   * @param locationId the GHL location
   * @return what was queued
   */
  public ScanResult sweep(String locationId) {
    return logged("sweep", locationId, () -> scanner.sweep(locationId, Integer.MAX_VALUE));
  }

  /**
   * The GHL requests this engine has sent, per location and kind of work (the trigger): what GHL's
   * rate budget was spent on.
   *
   * @return a snapshot of the counts
   */
  public GhlUsage ghlUsage() {
    return reader.usage();
  }

  /**
   * A location's rate budget as GHL last reported it in its {@code X-RateLimit-*} headers: requests
   * left in the burst window and today. Empty when the location's client has no rate limiter.
   *
   * @param locationId the GHL location
   * @return the budget
   */
  public Optional<RateLimitBudget> ghlBudget(String locationId) {
    return config
        .ghl()
        .apply(locationId)
        .httpStack()
        .rateLimiter()
        .map(limiter -> limiter.budget(locationId));
  }

  private ScanResult logged(String scan, String locationId, Supplier<ScanResult> run) {
    long start = System.nanoTime();
    ScanResult result = run.get();
    LOG.info(
        "{} of location {} for {} {}: {} contact(s) queued in {} ms",
        scan,
        locationId,
        targetSet(),
        result.complete() ? "finished" : "paused (resumes from its cursor)",
        result.queued(),
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    return result;
  }

  /**
   * A dry run: what syncing these contacts would change in every target, with nothing written
   * anywhere.
   *
   * @param locationId the GHL location
   * @param contactIds the GHL contacts
   * @return the plan
   */
  public SyncPlan plan(String locationId, List<String> contactIds) {
    return runner.plan(locationId, List.copyOf(contactIds));
  }

  /**
   * Starts the background workers and the reconciliation schedule, if one was set (idempotent).
   *
   * @throws SyncEngineFailedException when a worker died of a fatal error
   */
  public void start() {
    workers.start();
    reconciler.start();
  }

  /**
   * Processes queued work in the calling thread until nothing is ready (items waiting for a rate
   * limit stay queued); failed attempts are retried within the call. Useful for batch jobs, tests
   * and benchmarks.
   *
   * @return how many items were processed
   */
  public int runPending() {
    long start = System.nanoTime();
    int processed = workers.drain("caller-" + Thread.currentThread().getName());
    if (processed > 0 && LOG.isInfoEnabled()) {
      QueueStats left = queueStats();
      LOG.info(
          "sync run for {} finished: {} item(s) processed in {} ms; {} waiting, {} dead letter(s)",
          targetSet(),
          processed,
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start),
          left.ready() + left.delayed(),
          left.deadLetters());
    }
    return processed;
  }

  /**
   * Waits until the queue has nothing ready, delayed or in progress (dead letters aside). Start the
   * workers first.
   *
   * @param timeout the longest wait
   * @return true when idle, false on timeout
   * @throws InterruptedException if interrupted
   * @throws SyncEngineFailedException when a worker died of a fatal error
   */
  public boolean awaitIdle(Duration timeout) throws InterruptedException {
    return workers.awaitIdle(timeout);
  }

  /**
   * The dead letters of every target, oldest first.
   *
   * @return the dead letters
   */
  public List<DeadLetter> deadLetters() {
    return config.queue().deadLetters();
  }

  /**
   * Queues one dead letter again for its target (attempts reset).
   *
   * @param deadLetterId the dead letter id
   * @return false when there is no such dead letter
   */
  public boolean replay(String deadLetterId) {
    Optional<WorkItem> item = config.queue().replay(deadLetterId);
    item.ifPresent(config.listener()::onQueued);
    workers.wakeUp();
    return item.isPresent();
  }

  /**
   * Queues every dead letter again.
   *
   * @return how many were queued
   */
  public int replayDeadLetters() {
    int n = 0;
    for (DeadLetter letter : deadLetters()) {
      if (replay(letter.id())) {
        n++;
      }
    }
    return n;
  }

  /**
   * Queues the contacts for which a "no activity for N days" rule is due, found in the rule memory
   * (no webhook announces that nothing happened). Once the engine {@linkplain #start() runs}, its
   * scheduler calls this every {@link SyncEngineBuilder#sweepInactiveEvery} (hourly by default when
   * activity rules are set); call it yourself for an engine that is not started. Each contact is
   * synced from fresh GHL data and the rule fires once per quiet stretch.
   *
   * @return how many contacts were queued (0 without such rules)
   */
  public int sweepInactive() {
    Set<List<String>> due = new LinkedHashSet<>();
    for (EngineConfig t : targets) {
      Optional<RuleRunner> rules = t.insights().runner(t.targetName());
      if (rules.isPresent()) {
        for (RuleSubject s : rules.get().idleCandidates(t.clock().instant())) {
          due.add(List.of(s.locationId(), s.contactId()));
        }
      }
    }
    for (List<String> contact : due) {
      queueOnly(contact.get(0), contact.get(1), Trigger.SCHEDULED);
    }
    if (!due.isEmpty()) {
      workers.wakeUp();
    }
    return due.size();
  }

  /**
   * The audit trail of one contact (its tasks and notes included, every target), oldest first.
   *
   * @param locationId the GHL location
   * @param contactId the GHL contact
   * @return the entries
   */
  public List<AuditEntry> audit(String locationId, String contactId) {
    return config.store().audit().forContact(locationId, contactId);
  }

  /**
   * Counts this engine's queue.
   *
   * @return the counts
   */
  public QueueStats queueStats() {
    return config.queue().stats();
  }

  /**
   * The engine's name: the scope of its queue, seen webhook ids and GHL-side cursors in the store.
   *
   * @return the name
   */
  public String name() {
    return config.engineName();
  }

  /**
   * The first target's name (for a single-target engine, its only target).
   *
   * @return the name
   */
  public String targetName() {
    return config.targetName();
  }

  /**
   * The names of all targets, in the order they were added.
   *
   * @return the names
   */
  public List<String> targetNames() {
    return List.copyOf(targetSet());
  }

  /**
   * The first target's mapping (for a single-target engine, its only mapping).
   *
   * @return the mapping
   */
  public Mapping mapping() {
    return config.mapping();
  }

  /**
   * The store.
   *
   * @return the store
   */
  public SyncStore store() {
    return config.store();
  }

  /**
   * Stops the workers after their current batch and the engine's fetch threads; queued work stays
   * in the store.
   */
  @Override
  public void close() {
    reconciler.close();
    workers.close();
    reader.close();
  }
}
