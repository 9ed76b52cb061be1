package io.ghlsync.sync.internal;

import io.ghlsync.ghl.model.CreateTaskRequest;
import io.ghlsync.sync.PlannedChange;
import io.ghlsync.sync.enrich.ContactActivity;
import io.ghlsync.sync.mapping.FieldValues;
import io.ghlsync.sync.mapping.MappedRecord;
import io.ghlsync.sync.mapping.SourceRecord;
import io.ghlsync.sync.model.Decision;
import io.ghlsync.sync.model.EntityKind;
import io.ghlsync.sync.model.FieldChange;
import io.ghlsync.sync.rules.FiringKey;
import io.ghlsync.sync.rules.RuleRunner;
import io.ghlsync.sync.rules.TaskAction;
import io.ghlsync.sync.rules.TaskDraft;
import io.ghlsync.sync.store.AuditEntry;
import io.ghlsync.sync.target.TargetOperation;
import io.ghlsync.sync.target.TargetResult;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The activity rules' phase of an attempt, after the contacts are written: evaluates the rules for
 * each written contact, creates the tasks they fire (target tasks in one call to the connector, GHL
 * tasks one by one) and reports each as a created task. A task that cannot be created fails its
 * contact (so the item is retried) and its firing is released, so the retry creates it once.
 */
final class RuleTasks {
  /** One contact whose rules run in this attempt. */
  record Subject(int lane, String targetContactId, SourceRecord record, ContactActivity activity) {}

  private final EngineConfig config;
  private final RuleRunner runner;

  RuleTasks(EngineConfig config, RuleRunner runner) {
    this.config = config;
    this.runner = runner;
  }

  /** Evaluates and creates; returns the lanes with the tasks recorded (or the failure). */
  void run(List<Subject> subjects, List<Lane> lanes, boolean dryRun) {
    List<RuleRunner.Evaluation> evaluations = new ArrayList<>();
    List<Pending> pending = new ArrayList<>();
    for (Subject s : subjects) {
      Lane lane = lanes.get(s.lane());
      RuleRunner.Evaluation e =
          runner.evaluate(lane.job().locationId(), s.record(), s.activity(), dryRun);
      evaluations.add(e);
      for (TaskDraft d : e.drafts()) {
        pending.add(new Pending(s, d, ghlId(d.key()), mapped(d)));
      }
    }
    Map<FiringKey, Outcome> outcomes = dryRun ? Map.of() : create(pending, lanes);
    Set<FiringKey> failed = new HashSet<>();
    for (Pending p : pending) {
      Outcome o = outcomes.getOrDefault(p.draft().key(), new Outcome(Optional.empty(), null));
      Lane lane = lanes.get(p.subject().lane());
      if (o.error() != null) {
        failed.add(p.draft().key());
        lanes.set(
            p.subject().lane(),
            lane.failed(
                new RecordFailure(
                    EntityKind.TASK,
                    p.ghlId(),
                    Optional.empty(),
                    "create the task of rule '" + p.draft().key().ruleId() + "'",
                    o.error())));
        continue;
      }
      PlannedChange change =
          new PlannedChange(
              EntityKind.TASK,
              p.ghlId(),
              lane.job().contactId(),
              o.targetId(),
              Decision.CREATED,
              fields(p, !dryRun),
              dryRun ? "rule " + p.draft().describe() : detail(p.draft()));
      lanes.set(p.subject().lane(), lane.changed(change));
      if (!dryRun) {
        audit(lane, p, o.targetId());
      }
    }
    for (RuleRunner.Evaluation e : evaluations) {
      Set<FiringKey> mine = new HashSet<>();
      e.drafts()
          .forEach(
              d -> {
                if (failed.contains(d.key())) mine.add(d.key());
              });
      runner.completed(e, mine);
    }
  }

  private record Pending(Subject subject, TaskDraft draft, String ghlId, MappedRecord record) {}

  private record Outcome(
      Optional<String> targetId, @org.jspecify.annotations.Nullable RuntimeException error) {}

  private Map<FiringKey, Outcome> create(List<Pending> pending, List<Lane> lanes) {
    Map<FiringKey, Outcome> out = new LinkedHashMap<>();
    List<Pending> toTarget = new ArrayList<>();
    for (Pending p : pending) {
      if (p.draft().destination() == TaskAction.Destination.TARGET) {
        toTarget.add(p);
      } else {
        out.put(p.draft().key(), createInGhl(lanes.get(p.subject().lane()), p.draft()));
      }
    }
    if (toTarget.isEmpty()) {
      return out;
    }
    List<TargetOperation> ops = new ArrayList<>();
    for (Pending p : toTarget) {
      ops.add(
          new TargetOperation.Create(
              EntityKind.TASK,
              p.ghlId(),
              Optional.of(p.subject().targetContactId()),
              p.record(),
              p.ghlId()));
    }
    List<TargetResult> results;
    try {
      results = config.target().execute(ops);
    } catch (RuntimeException e) {
      toTarget.forEach(p -> out.put(p.draft().key(), new Outcome(Optional.empty(), e)));
      return out;
    }
    for (int i = 0; i < toTarget.size(); i++) {
      TargetResult r = i < results.size() ? results.get(i) : null;
      Outcome o;
      if (r instanceof TargetResult.Created c) {
        o = new Outcome(Optional.of(c.targetId()), null);
      } else if (r instanceof TargetResult.Failed f) {
        o = new Outcome(Optional.empty(), f.error());
      } else {
        o =
            new Outcome(
                Optional.empty(),
                new IllegalStateException(
                    "the target answered a task create with "
                        + r
                        + "; expected Created or Failed"));
      }
      out.put(toTarget.get(i).draft().key(), o);
    }
    return out;
  }

  private Outcome createInGhl(Lane lane, TaskDraft d) {
    try {
      CreateTaskRequest.Builder request =
          CreateTaskRequest.builder()
              .title(d.title())
              .body(d.body())
              .dueDate(d.due())
              .completed(false);
      d.assignee().ifPresent(request::assignedTo);
      String id =
          config
              .ghl()
              .apply(lane.job().locationId())
              .tasks()
              .create(lane.job().contactId(), request.build())
              .id();
      return new Outcome(id.isEmpty() ? Optional.empty() : Optional.of("ghl:" + id), null);
    } catch (RuntimeException e) {
      return new Outcome(Optional.empty(), e);
    }
  }

  /** The rule's task as the task mapping writes it to the target. */
  private MappedRecord mapped(TaskDraft d) {
    Map<String, Object> task = new LinkedHashMap<>();
    task.put("title", d.title());
    if (!d.body().isEmpty()) {
      task.put("body", d.body());
    }
    task.put("dueDate", d.due().toString());
    task.put("completed", false);
    task.put("priority", d.priority());
    d.assignee().ifPresent(a -> task.put("assignedTo", a));
    return config.mapping().task().apply(SourceRecord.of(task));
  }

  /** The task's fields; personal values masked unless the engine reveals them. */
  private List<FieldChange> fields(Pending p, boolean mask) {
    boolean hide = mask && !config.revealPersonalData();
    List<FieldChange> out = new ArrayList<>();
    if (p.draft().destination() == TaskAction.Destination.GHL) {
      String title = hide ? AuditWriter.MASK : p.draft().title();
      out.add(new FieldChange("title", "", title, FieldChange.Kind.ADDED));
      return out;
    }
    p.record()
        .fields()
        .forEach(
            (k, v) -> {
              boolean personal = hide && config.mapping().isPersonal(EntityKind.TASK, k);
              String text = personal ? AuditWriter.MASK : FieldValues.text(v);
              out.add(new FieldChange(k, "", text, FieldChange.Kind.ADDED));
            });
    return out;
  }

  /** Names the rule and the change, never the rendered (personal) text. */
  private static String detail(TaskDraft d) {
    return "rule '"
        + d.key().ruleId()
        + "' fired by "
        + d.key().change()
        + ", due "
        + d.due()
        + ", "
        + d.priority()
        + " priority, in "
        + d.destination().name().toLowerCase(java.util.Locale.ROOT);
  }

  private void audit(Lane lane, Pending p, Optional<String> targetId) {
    AuditEntry entry =
        new AuditEntry(
            config.clock().instant(),
            config.targetName(),
            lane.job().locationId(),
            lane.job().contactId(),
            EntityKind.TASK,
            p.ghlId(),
            targetId,
            Decision.CREATED,
            config.insights().auditVersion(config.mapping().version()),
            fields(p, true),
            detail(p.draft()),
            lane.job().workItemId());
    config.store().audit().append(entry);
    config.listener().onDecision(entry);
  }

  /** A stable id for the rule's task: the same firing always gives the same id. */
  static String ghlId(FiringKey key) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(
                  (key.subject().locationId()
                          + "\n"
                          + key.subject().contactId()
                          + "\n"
                          + key.ruleId()
                          + "\n"
                          + key.change())
                      .getBytes(StandardCharsets.UTF_8));
      return "rule:" + key.ruleId() + ":" + HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
