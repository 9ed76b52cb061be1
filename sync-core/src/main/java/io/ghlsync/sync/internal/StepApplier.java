package io.ghlsync.sync.internal;

import io.ghlsync.sync.internal.decision.Decider;
import io.ghlsync.sync.internal.decision.LinkWrite;
import io.ghlsync.sync.internal.decision.Step;
import io.ghlsync.sync.internal.decision.Written;
import io.ghlsync.sync.model.DeletePolicy;
import io.ghlsync.sync.model.EntityKind;
import io.ghlsync.sync.store.LinkKey;
import io.ghlsync.sync.store.LinkStore;
import io.ghlsync.sync.target.TargetMatch;
import io.ghlsync.sync.target.TargetOperation;
import io.ghlsync.sync.target.TargetResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Runs decided steps against the target, one phase at a time over the whole batch (searches, then
 * writes), and records each outcome: the link right after its write (so the window between
 * "created" and "linked" is as small as it can be), the audit entry and the reported change. In a
 * dry run only searches reach the target and nothing is recorded but the reported changes. Each
 * phase returns values; failures become {@link RecordFailure}s of the lane that owns the step.
 */
final class StepApplier {
  /** A step and the index of the lane (contact) it belongs to. */
  record Owned(int lane, Step step) {}

  /** A step's outcome and its lane. */
  record Outcome(int lane, Written written) {}

  /** The steps decided after their searches, and the searches that failed. */
  record Found(List<Owned> decided, List<Outcome> failed) {}

  private final EngineConfig config;
  private final Decider decider;
  private final AuditWriter audit;
  private final LinkStore links;
  private final boolean dryRun;

  StepApplier(EngineConfig config, Decider decider, AuditWriter audit, boolean dryRun) {
    this.config = config;
    this.decider = decider;
    this.audit = audit;
    this.links = config.links();
    this.dryRun = dryRun;
  }

  /** Runs the duplicate searches of the steps that need one and decides them with the answer. */
  Found find(List<Owned> steps, List<Lane> lanes) {
    List<Owned> decided = new ArrayList<>();
    List<Owned> waiting = new ArrayList<>();
    List<TargetOperation> ops = new ArrayList<>();
    for (Owned o : steps) {
      if (o.step() instanceof Step.NeedsFind find) {
        waiting.add(o);
        GhlContactState state = lanes.get(o.lane()).state();
        ops.add(find.search(state.duplicateQuery(config.defaultCallingCode())));
      } else {
        decided.add(o);
      }
    }
    List<Outcome> failed = new ArrayList<>();
    List<TargetResult> results = execute(ops, waiting, failed);
    for (int i = 0; i < results.size(); i++) {
      Owned o = waiting.get(i);
      Step.NeedsFind step = (Step.NeedsFind) o.step();
      TargetResult result = results.get(i);
      if (result instanceof TargetResult.Found found) {
        List<TargetMatch> matches = found.matches();
        decided.add(
            new Owned(
                o.lane(),
                decider.present(
                    step.subject(), step.record(), Optional.empty(), Optional.of(matches))));
      } else {
        RuntimeException error =
            result instanceof TargetResult.Failed f
                ? f.error()
                : new IllegalStateException(
                    "target '"
                        + config.targetName()
                        + "' answered a search with "
                        + result.getClass().getSimpleName());
        failed.add(new Outcome(o.lane(), new Written.Failed(step, error, false)));
      }
    }
    return new Found(decided, failed);
  }

  /** Sends the writes (in a dry run: nothing) and returns one outcome per step, in order. */
  List<Outcome> write(List<Owned> steps) {
    List<Outcome> out = new ArrayList<>(steps.size());
    List<Owned> writing = new ArrayList<>();
    List<TargetOperation> ops = new ArrayList<>();
    for (Owned o : steps) {
      Optional<TargetOperation> op = o.step().operation();
      if (op.isEmpty() || dryRun) {
        out.add(new Outcome(o.lane(), Written.unsent(o.step())));
      } else {
        writing.add(o);
        ops.add(op.get());
      }
    }
    List<TargetResult> results = execute(ops, writing, out);
    for (int i = 0; i < results.size(); i++) {
      Owned o = writing.get(i);
      out.add(new Outcome(o.lane(), Written.of(o.step(), results.get(i), config.targetName())));
    }
    return out;
  }

  /** Records outcomes in their lanes: links, audit and changes, or the failure. */
  void record(List<Outcome> outcomes, List<Lane> lanes) {
    for (Outcome o : outcomes) {
      Lane lane = lanes.get(o.lane());
      if (o.written() instanceof Written.Applied applied) {
        if (!dryRun) {
          storeLink(lane.job(), applied);
          audit.record(lane.job(), applied);
        }
        lane = lane.changed(audit.change(applied, !dryRun));
        if (applied.step().subject().kind() == EntityKind.CONTACT) {
          lane = lane.contactApplied(applied);
        }
      } else {
        Written.Failed failed = (Written.Failed) o.written();
        Step step = failed.step();
        if (failed.forgetLink() && !dryRun) {
          // The target record is gone; forget the link so the retry finds or creates it again.
          links.remove(key(lane.job(), step));
        }
        lane =
            lane.failed(
                new RecordFailure(
                    step.subject().kind(),
                    step.subject().ghlId(),
                    step.targetId(),
                    operation(step),
                    failed.error()));
      }
      lanes.set(o.lane(), lane);
    }
  }

  private void storeLink(ContactJob job, Written.Applied applied) {
    LinkWrite write =
        LinkWrite.after(
            applied,
            s -> new LinkKey(config.targetName(), job.locationId(), s.kind(), s.ghlId()),
            config.mapping().version(),
            config.clock().instant());
    if (write instanceof LinkWrite.Put put) {
      links.put(put.link());
    } else if (write instanceof LinkWrite.Delete delete) {
      links.remove(delete.key());
    }
  }

  private LinkKey key(ContactJob job, Step step) {
    return new LinkKey(
        config.targetName(), job.locationId(), step.subject().kind(), step.subject().ghlId());
  }

  static String operation(Step step) {
    if (step instanceof Step.NeedsFind) {
      return "duplicate search";
    }
    if (step instanceof Step.Remove r && r.policy() != DeletePolicy.IGNORE) {
      return r.policy().name().toLowerCase(Locale.ROOT);
    }
    return step instanceof Step.Create ? "create" : "update";
  }

  /**
   * Runs operations; if the connector throws or breaks the one-result-per-operation contract, every
   * owner fails with that error (added to {@code failed}) and no results come back.
   */
  private List<TargetResult> execute(
      List<TargetOperation> ops, List<Owned> owners, List<Outcome> failed) {
    if (ops.isEmpty()) {
      return List.of();
    }
    RuntimeException broken;
    try {
      List<TargetResult> results = config.target().execute(List.copyOf(ops));
      if (results.size() == ops.size()) {
        return results;
      }
      broken =
          new IllegalStateException(
              "target '"
                  + config.targetName()
                  + "' returned "
                  + results.size()
                  + " results for "
                  + ops.size()
                  + " operations; a TargetConnector must return one result per operation");
    } catch (RuntimeException e) {
      broken = e;
    }
    for (Owned o : owners) {
      failed.add(new Outcome(o.lane(), new Written.Failed(o.step(), broken, false)));
    }
    return List.of();
  }
}
