package io.ghlsync.sync.internal;

import dev.failsafe.Failsafe;
import dev.failsafe.RetryPolicy;
import dev.failsafe.RetryPolicyBuilder;
import io.ghlsync.sync.ContactSyncResult;
import io.ghlsync.sync.PlannedChange;
import io.ghlsync.sync.SyncPlan;
import io.ghlsync.sync.model.Decision;
import io.ghlsync.sync.model.EntityKind;
import io.ghlsync.sync.model.Trigger;
import io.ghlsync.sync.store.DeadLetter;
import io.ghlsync.sync.store.Lease;
import io.ghlsync.sync.store.WorkItem;
import io.ghlsync.sync.store.WorkQueue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes leased items to an end: synced, dead-lettered (per target), or back in the queue for later.
 *
 * <p>One attempt reads each contact from GHL once and fans it out to every target the item still
 * has to reach; each target's outcome is its own (one target failing never undoes another's
 * writes). A failed target is retried, an unfixable one dead-lettered for that target only.
 *
 * <p>Two ways to retry. Workers ({@link #runOnce}) never wait: a failed item goes back to the queue
 * with a not-before time (exponential backoff with jitter, or the rate limit's wait) and the worker
 * moves on to other contacts. A caller that wants the answer now ({@link #runNow}, behind {@code
 * syncContact} and {@code runPending}) retries in its own thread under a Failsafe policy that
 * decides on the attempt's result, not on exceptions.
 */
public final class BatchRunner {
  private static final Logger LOG = LoggerFactory.getLogger("io.ghlsync.sync");
  private static final Duration NO_WAIT = Duration.ofMillis(-1);

  /** The outcome of one attempt: finished results, and the leases that need another attempt. */
  private record Round(Map<String, Lease> pending, Duration rateWait) {}

  private final List<EngineConfig> targets;
  private final EngineConfig engine;
  private final Map<String, BatchProcessor> processors;
  private final Map<String, AuditWriter> audits = new LinkedHashMap<>();
  private final WorkQueue queue;
  private final GhlReader reader;
  private final RetryPolicy<Round> policy;

  /**
   * Creates the runner.
   *
   * @param targets one configuration per target, in order (engine-level settings are shared)
   * @param processors one processor per target name
   * @param reader the engine's GHL reads, shared by every target
   */
  public BatchRunner(
      List<EngineConfig> targets, Map<String, BatchProcessor> processors, GhlReader reader) {
    this.targets = List.copyOf(targets);
    this.reader = reader;
    this.engine = targets.get(0);
    this.processors = Map.copyOf(processors);
    targets.forEach(t -> audits.put(t.targetName(), new AuditWriter(t)));
    this.queue = engine.queue();
    RetryPolicyBuilder<Round> builder =
        RetryPolicy.<Round>builder()
            .handleResultIf(round -> !round.pending().isEmpty())
            .withMaxAttempts(engine.retry().maxAttempts());
    if (engine.retry().maxDelay().compareTo(engine.retry().initialDelay()) > 0) {
      builder.withBackoff(engine.retry().initialDelay(), engine.retry().maxDelay());
    } else {
      builder.withDelay(engine.retry().initialDelay());
    }
    if (engine.retry().jitterFactor() > 0) {
      builder.withJitter(engine.retry().jitterFactor());
    }
    // A rate limit's requested wait replaces the backoff; negative means "use the backoff".
    this.policy = builder.withDelayFn(ctx -> waitOf(ctx.getLastResult())).build();
  }

  private static Duration waitOf(@Nullable Round round) {
    return round == null ? NO_WAIT : round.rateWait();
  }

  /**
   * One attempt at leased items, for a worker: whatever fails is rescheduled in the queue with a
   * not-before time, so the worker never sleeps through a backoff.
   *
   * @param leases the leases, one per contact
   * @return one result per lease that was not lost to another worker
   */
  public List<ContactSyncResult> runOnce(List<Lease> leases) {
    Map<String, ContactSyncResult> results = new LinkedHashMap<>();
    guarded(leases, results, () -> attempt(index(leases), results, true));
    return new ArrayList<>(results.values());
  }

  /**
   * Runs leased items to an end in the calling thread, retrying failed ones with backoff between
   * attempts (each item keeps its own attempt count).
   *
   * @param leases the leases, one per contact
   * @return one result per lease that was not lost to another worker
   */
  public List<ContactSyncResult> runNow(List<Lease> leases) {
    Map<String, ContactSyncResult> results = new LinkedHashMap<>();
    guarded(
        leases,
        results,
        () -> {
          Map<String, Lease> pending = index(leases);
          Round last = Failsafe.with(policy).get(() -> attempt(pending, results, false));
          for (Lease lease : last.pending().values()) {
            // Failsafe's attempts ran out before the item's own count did (a rate limit kept
            // answering): the item waits in the queue instead.
            if (queue.release(lease, engine.retry().maxDelay())) {
              results.put(
                  lease.item().id(),
                  result(lease.item(), ContactSyncResult.Status.QUEUED_FOR_RETRY, List.of(), ""));
            }
          }
          return last;
        });
    return new ArrayList<>(results.values());
  }

  private static Map<String, Lease> index(List<Lease> leases) {
    Map<String, Lease> pending = new LinkedHashMap<>();
    leases.forEach(l -> pending.put(l.item().id(), l));
    return pending;
  }

  private interface Body {
    Round run();
  }

  private void guarded(List<Lease> leases, Map<String, ContactSyncResult> results, Body body) {
    try {
      body.run();
    } catch (VirtualMachineError fatal) {
      // The JVM is in trouble (out of memory, stack overflow): hand the items back to the queue
      // at once so another worker or instance takes them, then let the worker die loudly.
      for (Lease lease : leases) {
        try {
          queue.release(lease, Duration.ZERO);
        } catch (RuntimeException | Error ignored) {
          // The lease expires on its own.
        }
      }
      throw fatal;
    } catch (Error unexpected) {
      // A bug (an assertion, a linkage error in a mapping function or a connector) must not kill
      // the worker or leave the items leased: like any unexpected failure, they go to the dead
      // letters at once, with the error.
      LOG.error("sync of {} item(s) failed with an unexpected error", leases.size(), unexpected);
      for (Lease lease : leases) {
        if (!results.containsKey(lease.item().id())) {
          String reason = "unexpected error: " + Failures.describe(unexpected);
          deadLetterAll(lease, lease.item().targets(), reason, List.of(), results);
        }
      }
    }
  }

  /** One attempt at the pending leases; removes finished ones and returns what is left. */
  private Round attempt(
      Map<String, Lease> pending, Map<String, ContactSyncResult> results, boolean reschedule) {
    List<ContactJob> jobs = new ArrayList<>();
    for (Lease lease : List.copyOf(pending.values())) {
      Optional<Lease> renewed = queue.renew(lease, engine.leaseDuration());
      if (renewed.isEmpty()) {
        pending.remove(lease.item().id());
        continue;
      }
      pending.put(lease.item().id(), renewed.get());
      WorkItem item = lease.item();
      Set<GhlPart> reads =
          reader.partsFor(item.locationId(), item.contactId(), item.triggers(), item.targets());
      jobs.add(
          new ContactJob(
              item.id(),
              item.locationId(),
              item.contactId(),
              reads,
              GhlCalls.kindOf(item.triggers())));
    }
    // One GHL read per contact, whatever the number of targets.
    Map<String, Lane> fetched = byItem(jobs, reader.fetchAll(jobs));
    Map<String, Map<String, ContactOutcome>> byItem = new LinkedHashMap<>();
    for (EngineConfig target : targets) {
      List<Lane> lanes = new ArrayList<>();
      for (Lease lease : pending.values()) {
        Lane lane = fetched.get(lease.item().id());
        if (lane != null && lease.item().targets().contains(target.targetName())) {
          lanes.add(lane);
        }
      }
      if (lanes.isEmpty()) {
        continue;
      }
      for (ContactOutcome outcome : processor(target.targetName()).processFetched(lanes, false)) {
        byItem
            .computeIfAbsent(outcome.job().workItemId(), k -> new LinkedHashMap<>())
            .put(target.targetName(), outcome);
      }
    }
    Duration wait = NO_WAIT;
    for (Lease lease : List.copyOf(pending.values())) {
      Map<String, ContactOutcome> outcomes = byItem.getOrDefault(lease.item().id(), Map.of());
      Duration thisWait = settle(lease, outcomes, pending, results, reschedule);
      if (thisWait.compareTo(wait) > 0) {
        wait = thisWait;
      }
    }
    return new Round(pending, wait);
  }

  /**
   * The fetched lane of every job, by work item id. A job the read phase returned no lane for (a
   * broken invariant, never expected) gets a failed lane instead of a null, so its item ends as a
   * dead letter naming the cause rather than a {@link NullPointerException} in the worker.
   */
  static Map<String, Lane> byItem(List<ContactJob> jobs, List<Lane> fetched) {
    Map<String, Lane> out = new LinkedHashMap<>();
    for (Lane lane : fetched) {
      out.put(lane.job().workItemId(), lane);
    }
    for (ContactJob job : jobs) {
      out.computeIfAbsent(
          job.workItemId(),
          id ->
              Lane.of(job)
                  .failed(
                      new RecordFailure(
                          EntityKind.CONTACT,
                          job.contactId(),
                          Optional.empty(),
                          "read from GHL",
                          new IllegalStateException(
                              "the GHL read returned no result for work item "
                                  + id
                                  + "; this is a bug in the engine, please report it"))));
    }
    return out;
  }

  /**
   * Settles one item after an attempt: completes it, dead-letters targets that cannot succeed, and
   * retries the others. Returns the rate-limit wait it asks for, or a negative duration.
   */
  private Duration settle(
      Lease lease,
      Map<String, ContactOutcome> outcomes,
      Map<String, Lease> pending,
      Map<String, ContactSyncResult> results,
      boolean reschedule) {
    WorkItem item = lease.item();
    List<PlannedChange> changes = new ArrayList<>();
    Set<String> retry = new LinkedHashSet<>();
    Map<String, String> dead = new LinkedHashMap<>();
    String error = "";
    Optional<Duration> rateWait = Optional.empty();
    boolean postpone = false;
    for (Map.Entry<String, ContactOutcome> e : outcomes.entrySet()) {
      ContactOutcome outcome = e.getValue();
      changes.addAll(outcome.changes());
      if (outcome.failure().isEmpty()) {
        continue;
      }
      RecordFailure record = outcome.failure().get();
      RuntimeException failure = record.error();
      String described = record.describe(e.getKey());
      error = described;
      Optional<Duration> w = Failures.rateLimitWait(failure);
      if (w.isPresent()) {
        engine.listener().onRateLimitWait(item.locationId(), w.get());
        rateWait = w;
        postpone |=
            Failures.isDailyBudget(failure) || w.get().compareTo(engine.retry().maxDelay()) > 0;
      }
      if (Failures.isRetryable(failure)) {
        retry.add(e.getKey());
      } else {
        dead.put(e.getKey(), described);
      }
    }
    if (dead.isEmpty() && retry.isEmpty()) {
      pending.remove(item.id());
      if (queue.complete(lease)) {
        ContactSyncResult result = result(item, ContactSyncResult.Status.SYNCED, changes, "");
        results.put(item.id(), result);
        engine.listener().onDone(item, result);
      }
      return NO_WAIT;
    }
    if (!retry.isEmpty() && postpone) {
      // Too long to hold anything: back to the queue without spending an attempt.
      pending.remove(item.id());
      Duration later = rateWait.filter(w -> !w.isZero()).orElse(engine.retry().maxDelay());
      deadLetterAll(lease, dead.keySet(), dead, changes, results);
      if (queue.release(lease, later)) {
        results.put(
            item.id(), result(item, ContactSyncResult.Status.QUEUED_FOR_RETRY, changes, error));
      }
      return NO_WAIT;
    }
    if (!dead.isEmpty()) {
      deadLetterAll(lease, dead.keySet(), dead, changes, results);
      if (retry.isEmpty()) {
        pending.remove(item.id());
        Set<String> left = new LinkedHashSet<>(item.targets());
        left.removeAll(dead.keySet());
        if (!left.isEmpty() && queue.complete(lease)) {
          doneFor(item, left, outcomes);
        }
        return NO_WAIT;
      }
    }
    for (String target : retry) {
      audit(target)
          .recordItem(item.id(), item.locationId(), item.contactId(), Decision.FAILED, error);
    }
    int attempts = item.attempts() + 1;
    if (attempts >= engine.retry().maxAttempts()) {
      pending.remove(item.id());
      Optional<Lease> counted = queue.recordFailure(lease, error);
      if (counted.isEmpty()) {
        return NO_WAIT;
      }
      engine.listener().onFailed(counted.get().item(), error);
      String reason = "gave up after " + attempts + " attempts; last error: " + error;
      Map<String, String> reasons = new LinkedHashMap<>();
      retry.forEach(t -> reasons.put(t, reason));
      deadLetterAll(counted.get(), retry, reasons, changes, results);
      Set<String> left = new LinkedHashSet<>(item.targets());
      left.removeAll(dead.keySet());
      left.removeAll(retry);
      if (!left.isEmpty() && queue.complete(counted.get())) {
        doneFor(item, left, outcomes);
      }
      return NO_WAIT;
    }
    if (reschedule) {
      pending.remove(item.id());
      Duration delay = rateWait.filter(w -> !w.isZero()).orElseGet(() -> backoff(attempts));
      if (queue.retryLater(lease, retry, error, delay)) {
        WorkItem failed = lease.item();
        engine.listener().onFailed(failed, error);
        results.put(
            item.id(), result(item, ContactSyncResult.Status.QUEUED_FOR_RETRY, changes, error));
      }
      return NO_WAIT;
    }
    Optional<Lease> updated = queue.recordFailure(lease, error);
    if (updated.isEmpty()) {
      pending.remove(item.id());
      return NO_WAIT;
    }
    engine.listener().onFailed(updated.get().item(), error);
    // The next attempt in this thread only visits the targets that failed.
    pending.put(item.id(), narrowed(updated.get(), retry));
    return rateWait.orElse(NO_WAIT);
  }

  /**
   * Tells the listener about the targets of an item that synced while another target of the same
   * contact was dead-lettered: {@code onDone} with the item narrowed to those targets and their
   * changes only, so a host counting per target sees every success.
   */
  private void doneFor(WorkItem item, Set<String> synced, Map<String, ContactOutcome> outcomes) {
    List<PlannedChange> changes = new ArrayList<>();
    for (String target : synced) {
      ContactOutcome outcome = outcomes.get(target);
      if (outcome != null) {
        changes.addAll(outcome.changes());
      }
    }
    engine
        .listener()
        .onDone(
            item.withTargets(synced), result(item, ContactSyncResult.Status.SYNCED, changes, ""));
  }

  /** A lease whose item lists only some targets (in memory; the store keeps the full item). */
  private static Lease narrowed(Lease lease, Set<String> targets) {
    return new Lease(
        lease.item().withTargets(targets), lease.owner(), lease.token(), lease.until());
  }

  /** Exponential backoff with jitter for the queue's not-before time. */
  private Duration backoff(int attempts) {
    Duration initial = engine.retry().initialDelay();
    Duration max = engine.retry().maxDelay();
    long millis = initial.toMillis();
    for (int i = 1; i < attempts && millis < max.toMillis(); i++) {
      millis *= 2;
    }
    millis = Math.min(millis, max.toMillis());
    double jitter = engine.retry().jitterFactor();
    if (jitter > 0) {
      double factor = 1 + (ThreadLocalRandom.current().nextDouble() * 2 - 1) * jitter;
      millis = Math.max(0, Math.round(millis * factor));
    }
    return Duration.ofMillis(millis);
  }

  private void deadLetterAll(
      Lease lease,
      Set<String> which,
      String reason,
      List<PlannedChange> changes,
      Map<String, ContactSyncResult> results) {
    Map<String, String> reasons = new LinkedHashMap<>();
    which.forEach(t -> reasons.put(t, reason));
    deadLetterAll(lease, reasons.keySet(), reasons, changes, results);
  }

  private void deadLetterAll(
      Lease lease,
      Set<String> which,
      Map<String, String> reasons,
      List<PlannedChange> changes,
      Map<String, ContactSyncResult> results) {
    WorkItem item = lease.item();
    String last = "";
    boolean any = false;
    for (String target : List.copyOf(which)) {
      String reason = reasons.getOrDefault(target, "");
      Optional<DeadLetter> letter = queue.deadLetter(lease, target, reason);
      if (letter.isEmpty()) {
        continue;
      }
      any = true;
      last = reason;
      audit(target)
          .recordItem(
              item.id(), item.locationId(), item.contactId(), Decision.DEAD_LETTERED, reason);
      engine.listener().onDeadLettered(letter.get());
    }
    if (any) {
      results.put(item.id(), result(item, ContactSyncResult.Status.DEAD_LETTERED, changes, last));
    }
  }

  private BatchProcessor processor(String target) {
    return Objects.requireNonNull(processors.get(target), target);
  }

  private AuditWriter audit(String target) {
    return Objects.requireNonNull(audits.get(target), target);
  }

  /**
   * A dry run over some contacts for every target: one GHL read per contact, nothing written.
   *
   * @param locationId the GHL location
   * @param contactIds the GHL contacts
   * @return the plan of all targets, target by target
   */
  public SyncPlan plan(String locationId, List<String> contactIds) {
    List<ContactJob> jobs = new ArrayList<>();
    for (String id : contactIds) {
      jobs.add(ContactJob.full("plan", locationId, id, Trigger.ON_DEMAND));
    }
    List<Lane> fetched = reader.fetchAll(jobs);
    List<PlannedChange> changes = new ArrayList<>();
    Map<String, String> failures = new LinkedHashMap<>();
    for (EngineConfig target : targets) {
      for (ContactOutcome outcome : processor(target.targetName()).processFetched(fetched, true)) {
        changes.addAll(outcome.changes());
        outcome
            .failure()
            .ifPresent(
                f -> failures.putIfAbsent(outcome.job().contactId(), Failures.describe(f.error())));
      }
    }
    return new SyncPlan(changes, failures);
  }

  private static ContactSyncResult result(
      WorkItem item, ContactSyncResult.Status status, List<PlannedChange> changes, String error) {
    return new ContactSyncResult(item.locationId(), item.contactId(), status, changes, error);
  }
}
