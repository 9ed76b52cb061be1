package io.ghlsync.sync.internal;

import io.ghlsync.core.NotFoundException;
import io.ghlsync.sync.model.Decision;
import io.ghlsync.sync.model.EntityKind;
import io.ghlsync.sync.store.Link;
import io.ghlsync.sync.store.LinkKey;
import io.ghlsync.sync.store.LinkStore;
import io.ghlsync.sync.target.TargetMatch;
import io.ghlsync.sync.target.TargetOperation;
import io.ghlsync.sync.target.TargetResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the steps of a batch against the target, one phase at a time (finds, then writes), and
 * records each outcome: the link right after its write (so the window between "created" and
 * "linked" is as small as it can be), the audit entry and the reported change. In a dry run only
 * finds reach the target and nothing is recorded but the reported changes.
 */
final class StepApplier {
  record Owned(ContactJob job, RecordStep step) {}

  private final EngineConfig config;
  private final StepPlanner planner;
  private final AuditWriter audit;
  private final LinkStore links;
  private final boolean dryRun;

  StepApplier(EngineConfig config, StepPlanner planner, AuditWriter audit, boolean dryRun) {
    this.config = config;
    this.planner = planner;
    this.audit = audit;
    this.links = config.store().links();
    this.dryRun = dryRun;
  }

  /** Runs the duplicate searches of the steps that wait for one, then decides them. */
  void find(List<Owned> steps) {
    List<Owned> waiting = new ArrayList<>();
    List<TargetOperation> ops = new ArrayList<>();
    for (Owned o : steps) {
      if (o.job().failed() || !o.step().awaitingFind) {
        continue;
      }
      RecordStep step = o.step();
      if (step.kind != EntityKind.CONTACT && !planner.findsChildren()) {
        planner.resolve(step, Optional.empty());
        continue;
      }
      waiting.add(o);
      ops.add(
          step.kind == EntityKind.CONTACT
              ? planner.findContact(o.job().state, step)
              : new TargetOperation.FindChild(
                  step.kind, step.ghlId, step.parent.orElseThrow(), step.mapped.orElseThrow()));
    }
    List<TargetResult> results = execute(ops, waiting);
    for (int i = 0; i < results.size(); i++) {
      Owned o = waiting.get(i);
      TargetResult result = results.get(i);
      if (result instanceof TargetResult.Found found) {
        Optional<TargetMatch> first = found.matches().stream().findFirst();
        planner.resolve(o.step(), first);
        if (found.matches().size() > 1) {
          o.step().detail =
              found.matches().size()
                  + " duplicates found; linked the first, "
                  + first.get().targetId();
        }
      } else if (result instanceof TargetResult.Failed failed) {
        o.job().fail(failed.error());
      } else {
        o.job().fail(contractBroken("a find", result));
      }
    }
  }

  /** Runs the write steps (in a dry run: only reports them) and finishes every decided step. */
  void apply(List<Owned> steps) {
    List<Owned> writing = new ArrayList<>();
    List<TargetOperation> ops = new ArrayList<>();
    for (Owned o : steps) {
      if (o.job().failed() || o.step().awaitingFind) {
        continue;
      }
      TargetOperation op = o.step().op;
      if (op == null || dryRun) {
        finish(o);
      } else {
        writing.add(o);
        ops.add(op);
      }
    }
    List<TargetResult> results = execute(ops, writing);
    for (int i = 0; i < results.size(); i++) {
      onResult(writing.get(i), results.get(i));
    }
  }

  private void onResult(Owned o, TargetResult result) {
    RecordStep step = o.step();
    if (result instanceof TargetResult.Created created) {
      step.targetId = created.targetId();
      if (step.kind == EntityKind.CONTACT) {
        o.job().contactCreatedNow = true;
      }
      finish(o);
    } else if (result instanceof TargetResult.Done) {
      finish(o);
    } else if (result instanceof TargetResult.Failed failed) {
      RuntimeException error = failed.error();
      if (error instanceof NotFoundException && step.op instanceof TargetOperation.Remove) {
        finish(o);
        return;
      }
      Link link = step.link;
      if (error instanceof NotFoundException && link != null) {
        // The target record is gone; forget the link so the retry finds or creates it again.
        links.remove(link.key());
      }
      o.job().fail(error);
    } else {
      o.job().fail(contractBroken("a write", result));
    }
  }

  private void finish(Owned o) {
    RecordStep step = o.step();
    ContactJob job = o.job();
    if (!dryRun) {
      storeLink(job, step);
      audit.record(job, step);
    }
    job.changes.add(audit.change(step, !dryRun));
  }

  private void storeLink(ContactJob job, RecordStep step) {
    LinkKey key = new LinkKey(config.targetName(), job.locationId, step.kind, step.ghlId);
    Link link = step.link;
    if (step.decision == Decision.DELETED) {
      links.remove(key);
    } else if (step.decision == Decision.ARCHIVED || step.decision == Decision.DELETE_IGNORED) {
      if (link != null) {
        links.put(link.asTombstone(config.clock().instant()));
      }
    } else if (step.op != null || step.storeLink) {
      links.put(
          new Link(
              key,
              step.contactId,
              step.targetIdOrLink().orElseThrow(),
              step.fingerprint(),
              Diffs.apply(step.base, step.changes),
              config.mapping().version(),
              config.clock().instant(),
              false));
    }
  }

  private List<TargetResult> execute(List<TargetOperation> ops, List<Owned> owners) {
    if (ops.isEmpty()) {
      return List.of();
    }
    List<TargetResult> results;
    try {
      results = config.target().execute(List.copyOf(ops));
    } catch (RuntimeException e) {
      owners.forEach(o -> o.job().fail(e));
      return List.of();
    }
    if (results.size() != ops.size()) {
      IllegalStateException broken =
          new IllegalStateException(
              "target '"
                  + config.targetName()
                  + "' returned "
                  + results.size()
                  + " results for "
                  + ops.size()
                  + " operations; a TargetConnector must return one result per operation");
      owners.forEach(o -> o.job().fail(broken));
      return List.of();
    }
    return results;
  }

  private IllegalStateException contractBroken(String what, TargetResult result) {
    return new IllegalStateException(
        "target '"
            + config.targetName()
            + "' answered "
            + what
            + " with "
            + result.getClass().getSimpleName());
  }
}
