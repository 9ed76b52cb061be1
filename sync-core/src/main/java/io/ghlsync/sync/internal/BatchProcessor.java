package io.ghlsync.sync.internal;

import io.ghlsync.ghl.model.Note;
import io.ghlsync.ghl.model.Task;
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
import org.jspecify.annotations.Nullable;

/**
 * One attempt at a batch of contacts for one target, in phases so a batching target sends few
 * requests: take the latest state {@link GhlReader} fetched once for every target; map and decide
 * each contact; search the target for the unlinked ones; write the contacts; decide, search and
 * write their tasks and notes; write target ids back to GHL. Each contact is a {@link Lane} value
 * that every phase hands on; a failure stays with its contact as a {@link RecordFailure} naming the
 * record: one contact failing never stops the others.
 */
public final class BatchProcessor {
  /** Stands in for the target id of a contact that a dry run would create. */
  static final String NOT_YET_CREATED = "(not yet created)";

  private final EngineConfig config;
  private final GhlSide ghl;
  private final Decider decider;
  private final AuditWriter audit;
  private final Optional<RuleTasks> ruleTasks;

  /**
   * Creates the processor.
   *
   * @param config the engine configuration of this target
   * @param calls the engine's counted GHL calls (for the write-back of target ids)
   */
  public BatchProcessor(EngineConfig config, GhlCalls calls) {
    this.config = config;
    this.ghl = new GhlSide(config, calls);
    this.decider =
        new Decider(config.targetName(), config.target().capabilities(), config::deletePolicy);
    this.audit = new AuditWriter(config);
    this.ruleTasks =
        config.insights().runner(config.targetName()).map(r -> new RuleTasks(config, r));
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
    if (!lane.state().has(GhlPart.CONTACT)) {
      // Only the contact's tasks or notes were re-read: its own record stays as synced last.
      return Optional.empty();
    }
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
    if (!lane.open()) {
      return List.of();
    }
    ContactJob job = lane.job();
    Optional<String> parent;
    boolean parentIsNew;
    if (lane.state().has(GhlPart.CONTACT)) {
      Optional<Written.Applied> contact = lane.contact();
      if (contact.isEmpty() || lane.state().contact().isEmpty()) {
        return List.of();
      }
      parent =
          contact
              .get()
              .targetId()
              .or(() -> dryRun ? Optional.of(NOT_YET_CREATED) : Optional.empty());
      parentIsNew = contact.get().step() instanceof Step.Create;
    } else {
      // An event re-read only tasks or notes: they hang under the contact's live link.
      parent =
          config
              .links()
              .get(key(job, EntityKind.CONTACT, job.contactId()))
              .filter(l -> !l.tombstone())
              .map(Link::targetId);
      parentIsNew = false;
    }
    if (parent.isEmpty()) {
      return List.of();
    }
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
    // A part not re-read keeps its links and fingerprints as they were.
    Optional<RecordFailure> failure =
        (lane.state().has(GhlPart.TASKS)
                ? decide(c, EntityKind.TASK, config.mapping().task(), tasks)
                : Optional.<RecordFailure>empty())
            .or(
                () ->
                    lane.state().has(GhlPart.NOTES)
                        ? decide(c, EntityKind.NOTE, config.mapping().note(), notes)
                        : Optional.empty());
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
      ghl.writeBackId(lane.state(), targetId.get(), lane.job().kind());
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
