package io.ghlsync.sync.internal;

import dev.failsafe.Failsafe;
import dev.failsafe.RetryPolicy;
import dev.failsafe.RetryPolicyBuilder;
import io.ghlsync.sync.ContactSyncResult;
import io.ghlsync.sync.PlannedChange;
import io.ghlsync.sync.model.Decision;
import io.ghlsync.sync.store.DeadLetter;
import io.ghlsync.sync.store.Lease;
import io.ghlsync.sync.store.WorkItem;
import io.ghlsync.sync.store.WorkQueue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes leased items to an end: synced, dead-lettered, or back in the queue for later. Failed items
 * of a batch are retried together (each keeps its own attempt count) under a Failsafe retry policy
 * with exponential backoff and jitter; a rate limit's requested wait replaces the backoff. Items
 * that synced are never repeated.
 */
public final class BatchRunner {
  private static final Logger LOG = LoggerFactory.getLogger(BatchRunner.class);

  /** Thrown between attempts while some items of the batch still need another one. */
  private static final class Pending extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final Duration wait;

    Pending(Duration wait) {
      super("items left to retry", null, false, false);
      this.wait = wait;
    }
  }

  private final EngineConfig config;
  private final BatchProcessor processor;
  private final AuditWriter audit;
  private final WorkQueue queue;
  private final RetryPolicy<Object> policy;

  /**
   * Creates the runner.
   *
   * @param config the engine configuration
   * @param processor runs one attempt
   */
  public BatchRunner(EngineConfig config, BatchProcessor processor) {
    this.config = config;
    this.processor = processor;
    this.audit = new AuditWriter(config);
    this.queue = config.queue();
    RetryPolicyBuilder<Object> builder =
        RetryPolicy.builder().handle(Pending.class).withMaxAttempts(config.retry().maxAttempts());
    if (config.retry().maxDelay().compareTo(config.retry().initialDelay()) > 0) {
      builder.withBackoff(config.retry().initialDelay(), config.retry().maxDelay());
    } else {
      builder.withDelay(config.retry().initialDelay());
    }
    if (config.retry().jitterFactor() > 0) {
      builder.withJitter(config.retry().jitterFactor());
    }
    this.policy =
        builder
            .withDelayFnOn(
                ctx -> {
                  Throwable last = ctx.getLastException();
                  return last instanceof Pending p ? p.wait : Duration.ofMillis(-1);
                },
                Pending.class)
            .build();
  }

  /**
   * Runs leased items to an end.
   *
   * @param leases the leases, one per contact
   * @return one result per lease that was not lost to another worker
   */
  public List<ContactSyncResult> run(List<Lease> leases) {
    Map<String, Lease> pending = new LinkedHashMap<>();
    leases.forEach(l -> pending.put(l.item().id(), l));
    Map<String, ContactSyncResult> results = new LinkedHashMap<>();
    try {
      Failsafe.with(policy).run(() -> attempt(pending, results));
    } catch (VirtualMachineError fatal) {
      throw fatal;
    } catch (Error unexpected) {
      // A bug (an assertion, a linkage or stack overflow error in a mapping function or a
      // connector) must not kill the worker or leave the items leased: like any unexpected
      // failure, they go to the dead letters at once, with the error.
      LOG.error("sync of {} item(s) failed with an unexpected error", pending.size(), unexpected);
      for (Lease lease : List.copyOf(pending.values())) {
        deadLetter(lease, "unexpected error: " + Failures.describe(unexpected), results);
      }
    } catch (Pending exhausted) {
      for (Lease lease : List.copyOf(pending.values())) {
        deadLetter(
            lease,
            "gave up after "
                + lease.item().attempts()
                + " attempts; last error: "
                + lease.item().lastError(),
            results);
      }
    }
    return new ArrayList<>(results.values());
  }

  private void attempt(Map<String, Lease> pending, Map<String, ContactSyncResult> results) {
    List<ContactJob> jobs = new ArrayList<>();
    for (Lease lease : List.copyOf(pending.values())) {
      Optional<Lease> renewed = queue.renew(lease, config.leaseDuration());
      if (renewed.isEmpty()) {
        pending.remove(lease.item().id());
        continue;
      }
      pending.put(lease.item().id(), renewed.get());
      jobs.add(
          new ContactJob(lease.item().id(), lease.item().locationId(), lease.item().contactId()));
    }
    Duration wait = Duration.ofMillis(-1);
    for (ContactOutcome outcome : processor.process(jobs, false)) {
      ContactJob job = outcome.job();
      Lease lease = pending.get(job.workItemId());
      if (lease == null) {
        continue;
      }
      Optional<RecordFailure> failure = outcome.failure();
      if (failure.isEmpty()) {
        pending.remove(job.workItemId());
        if (queue.complete(lease)) {
          ContactSyncResult result = result(outcome, ContactSyncResult.Status.SYNCED, "");
          results.put(job.workItemId(), result);
          config.listener().onDone(lease.item(), result);
        }
        continue;
      }
      Duration thisWait = onFailure(outcome, lease, failure.get(), pending, results);
      if (thisWait.compareTo(wait) > 0) {
        wait = thisWait;
      }
    }
    if (!pending.isEmpty()) {
      throw new Pending(wait);
    }
  }

  /** Handles one failed item; returns the rate-limit wait it asks for, or a negative duration. */
  private Duration onFailure(
      ContactOutcome outcome,
      Lease lease,
      RecordFailure record,
      Map<String, Lease> pending,
      Map<String, ContactSyncResult> results) {
    ContactJob job = outcome.job();
    RuntimeException failure = record.error();
    String error = record.describe(config.targetName());
    Optional<Duration> rateWait = Failures.rateLimitWait(failure);
    rateWait.ifPresent(w -> config.listener().onRateLimitWait(job.locationId(), w));
    if (rateWait.isPresent()
        && (Failures.isDailyBudget(failure)
            || rateWait.get().compareTo(config.retry().maxDelay()) > 0)) {
      // Too long to hold a worker: back to the queue without spending an attempt.
      pending.remove(job.workItemId());
      Duration later = rateWait.get().isZero() ? config.retry().maxDelay() : rateWait.get();
      if (queue.release(lease, later)) {
        results.put(
            job.workItemId(), result(outcome, ContactSyncResult.Status.QUEUED_FOR_RETRY, error));
      }
      return Duration.ofMillis(-1);
    }
    if (!Failures.isRetryable(failure)) {
      deadLetter(lease, error, outcome.changes(), results);
      pending.remove(job.workItemId());
      return Duration.ofMillis(-1);
    }
    Optional<Lease> updated = queue.recordFailure(lease, error);
    if (updated.isEmpty()) {
      pending.remove(job.workItemId());
      return Duration.ofMillis(-1);
    }
    audit.recordItem(job.workItemId(), job.locationId(), job.contactId(), Decision.FAILED, error);
    config.listener().onFailed(updated.get().item(), error);
    if (updated.get().item().attempts() >= config.retry().maxAttempts()) {
      pending.remove(job.workItemId());
      deadLetter(
          updated.get(),
          "gave up after " + updated.get().item().attempts() + " attempts; last error: " + error,
          outcome.changes(),
          results);
      return Duration.ofMillis(-1);
    }
    pending.put(job.workItemId(), updated.get());
    return rateWait.orElse(Duration.ofMillis(-1));
  }

  private void deadLetter(Lease lease, String reason, Map<String, ContactSyncResult> results) {
    deadLetter(lease, reason, List.of(), results);
  }

  /** Dead-letters an item; {@code written} are the changes its last attempt recorded. */
  private void deadLetter(
      Lease lease,
      String reason,
      List<PlannedChange> written,
      Map<String, ContactSyncResult> results) {
    Optional<DeadLetter> letter = queue.deadLetter(lease, config.targetName(), reason);
    if (letter.isEmpty()) {
      return;
    }
    WorkItem item = lease.item();
    audit.recordItem(
        item.id(), item.locationId(), item.contactId(), Decision.DEAD_LETTERED, reason);
    config.listener().onDeadLettered(letter.get());
    results.put(
        item.id(),
        new ContactSyncResult(
            item.locationId(),
            item.contactId(),
            ContactSyncResult.Status.DEAD_LETTERED,
            written,
            reason));
  }

  private static ContactSyncResult result(
      ContactOutcome outcome, ContactSyncResult.Status status, String error) {
    ContactJob job = outcome.job();
    return new ContactSyncResult(
        job.locationId(), job.contactId(), status, outcome.changes(), error);
  }
}
