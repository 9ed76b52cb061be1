package io.ghlsync.sync;

import io.ghlsync.ghl.webhook.WebhookEvent;
import io.ghlsync.sync.internal.BatchProcessor;
import io.ghlsync.sync.internal.BatchRunner;
import io.ghlsync.sync.internal.ContactScanner;
import io.ghlsync.sync.internal.EngineConfig;
import io.ghlsync.sync.internal.WebhookIntake;
import io.ghlsync.sync.internal.WorkerPool;
import io.ghlsync.sync.mapping.Mapping;
import io.ghlsync.sync.model.Trigger;
import io.ghlsync.sync.store.AuditEntry;
import io.ghlsync.sync.store.DeadLetter;
import io.ghlsync.sync.store.Lease;
import io.ghlsync.sync.store.QueueStats;
import io.ghlsync.sync.store.SyncStore;
import io.ghlsync.sync.store.WorkItem;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The embeddable sync engine: keeps GHL contacts, tasks and notes aligned with one target CRM.
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
 * latest record from GHL, so duplicate and out-of-order events are harmless. Thread safe.
 */
public final class SyncEngine implements AutoCloseable {
  private final EngineConfig config;
  private final BatchProcessor processor;
  private final BatchRunner runner;
  private final WorkerPool workers;
  private final ContactScanner scanner;

  SyncEngine(EngineConfig config) {
    this.config = config;
    this.processor = new BatchProcessor(config);
    this.runner = new BatchRunner(config, processor);
    this.workers = new WorkerPool(config, runner);
    this.scanner =
        new ContactScanner(
            config,
            (contact, trigger) ->
                contact
                    .id()
                    .ifPresent(id -> enqueue(contact.locationId().orElseThrow(), id, trigger)));
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
   * Hands in a verified webhook event. Contact, task and note events queue their contact; other
   * events are ignored; a webhook id seen before is reported as a duplicate. When this returns
   * {@code QUEUED}, the work is persisted and the delivery may be acknowledged.
   *
   * @param event the event
   * @return what happened
   */
  public SubmitResult submit(WebhookEvent event) {
    return WebhookIntake.submit(event, config, this::enqueue);
  }

  /**
   * Queues a contact (merged into its waiting item if there is one) and wakes the workers.
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
    WorkItem item =
        config.queue().enqueue(locationId, contactId, Set.of(config.targetName()), trigger);
    config.listener().onQueued(item);
    return item;
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
    List<ContactSyncResult> results = runner.run(List.of(lease.get()));
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
    return scanner.backfill(locationId, Integer.MAX_VALUE);
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
    return scanner.backfill(locationId, maxPages);
  }

  /**
   * A dry run: what syncing these contacts would change, with nothing written anywhere.
   *
   * @param locationId the GHL location
   * @param contactIds the GHL contacts
   * @return the plan
   */
  public SyncPlan plan(String locationId, List<String> contactIds) {
    return processor.plan(locationId, List.copyOf(contactIds));
  }

  /** Starts the background workers (idempotent). */
  public void start() {
    workers.start();
  }

  /**
   * Processes queued work in the calling thread until nothing is ready (items waiting for a backoff
   * or a rate limit stay queued). Useful for batch jobs, tests and benchmarks.
   *
   * @return how many items were processed
   */
  public int runPending() {
    return workers.drain("caller-" + Thread.currentThread().getName());
  }

  /**
   * Waits until the queue has nothing ready, delayed or in progress (dead letters aside). Start the
   * workers first.
   *
   * @param timeout the longest wait
   * @return true when idle, false on timeout
   * @throws InterruptedException if interrupted
   */
  public boolean awaitIdle(Duration timeout) throws InterruptedException {
    return workers.awaitIdle(timeout);
  }

  /**
   * The dead letters of this engine's target, oldest first.
   *
   * @return the dead letters
   */
  public List<DeadLetter> deadLetters() {
    return config.queue().deadLetters();
  }

  /**
   * Queues one dead letter again (attempts reset).
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
   * The audit trail of one contact (its tasks and notes included), oldest first.
   *
   * @param locationId the GHL location
   * @param contactId the GHL contact
   * @return the entries
   */
  public List<AuditEntry> audit(String locationId, String contactId) {
    return config.store().audit().forContact(locationId, contactId);
  }

  /**
   * Counts this target's queue.
   *
   * @return the counts
   */
  public QueueStats queueStats() {
    return config.queue().stats();
  }

  /**
   * The target connector's name.
   *
   * @return the name
   */
  public String targetName() {
    return config.targetName();
  }

  /**
   * The mapping in force.
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

  /** Stops the workers after their current batch; queued work stays in the store. */
  @Override
  public void close() {
    workers.close();
    processor.close();
  }
}
