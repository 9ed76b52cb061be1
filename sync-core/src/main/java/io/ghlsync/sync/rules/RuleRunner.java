package io.ghlsync.sync.rules;

import io.ghlsync.sync.enrich.ContactActivity;
import io.ghlsync.sync.mapping.SourceRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Runs activity rules for one target against a {@link RuleMemory}: what fired since the last run,
 * claimed once, rendered into task drafts. The engine creates the drafts' tasks, then calls {@link
 * #completed}: failed firings are released (and the facts not advanced) so the next attempt fires
 * them again; successful ones stay claimed forever, so nothing fires twice.
 */
public final class RuleRunner {
  private final String target;
  private final ActivityRules rules;
  private final RuleMemory memory;

  /**
   * Creates a runner.
   *
   * @param target the target name the tasks go to
   * @param rules the rules
   * @param memory where facts and firings are kept
   */
  public RuleRunner(String target, ActivityRules rules, RuleMemory memory) {
    this.target = Objects.requireNonNull(target, "target");
    this.rules = Objects.requireNonNull(rules, "rules");
    this.memory = Objects.requireNonNull(memory, "memory");
  }

  /**
   * The rules.
   *
   * @return the rules
   */
  public ActivityRules rules() {
    return rules;
  }

  /**
   * What the rules decided for one contact.
   *
   * @param subject the contact
   * @param drafts the tasks to create, one per claimed firing
   * @param facts the facts to remember once the tasks exist
   * @param dryRun true when nothing was claimed
   */
  public record Evaluation(
      RuleSubject subject, List<TaskDraft> drafts, ContactFacts facts, boolean dryRun) {
    /**
     * Copies the drafts.
     *
     * @param subject the contact
     * @param drafts the tasks
     * @param facts the facts
     * @param dryRun true when nothing was claimed
     */
    public Evaluation {
      drafts = List.copyOf(drafts);
    }
  }

  /**
   * Evaluates the rules for a contact. A real run claims each firing (a firing claimed before is
   * skipped); a dry run claims nothing and reports what would fire.
   *
   * @param locationId the GHL location
   * @param record the contact with {@code $enriched} and {@code $score} fields
   * @param activity its tasks, notes, appointments and the sync time
   * @param dryRun true to claim nothing
   * @return the evaluation
   */
  public Evaluation evaluate(
      String locationId, SourceRecord record, ContactActivity activity, boolean dryRun) {
    String contactId =
        record
            .get("id")
            .map(String::valueOf)
            .orElseThrow(() -> new IllegalArgumentException("the contact record has no id"));
    RuleSubject subject = new RuleSubject(target, locationId, contactId);
    Optional<ContactFacts> previous = memory.facts(subject);
    ContactFacts current = ContactFacts.of(record, rules.statusFields());
    if (previous.isPresent() && current.olderThan(previous.get())) {
      // A stale read must not look like a change back (and then forward again).
      return new Evaluation(subject, List.of(), previous.get(), dryRun);
    }
    RuleInput input =
        new RuleInput(
            previous.orElse(ContactFacts.none()), current, record, activity, previous.isEmpty());
    List<TaskDraft> drafts = new ArrayList<>();
    for (ActivityRule rule : rules.rules()) {
      if (rule.onlyIf().isPresent() && !rule.onlyIf().get().test(record)) {
        continue;
      }
      for (String change : rule.trigger().changes(input)) {
        FiringKey key = new FiringKey(subject, rule.id(), change);
        boolean fire = dryRun ? !memory.claimed(key) : memory.claim(key);
        if (fire) {
          long turn = dryRun ? 0 : memory.nextTurn(target, rule.id());
          drafts.add(draft(rule, key, record, activity.now(), turn));
        }
      }
    }
    return new Evaluation(subject, drafts, current, dryRun);
  }

  private static TaskDraft draft(
      ActivityRule rule, FiringKey key, SourceRecord record, Instant now, long turn) {
    TaskAction a = rule.action();
    return new TaskDraft(
        key,
        a.title().render(record),
        a.body().render(record),
        now.plus(Duration.ofDays(a.dueInDays())),
        a.assignee().pick(record, turn),
        a.priority(),
        a.destination());
  }

  /**
   * Records the outcome of creating the drafts' tasks: failed firings are released and the facts
   * are not advanced (the next attempt sees the same change and fires only what failed); otherwise
   * the facts are remembered. A dry run records nothing.
   *
   * @param evaluation what {@link #evaluate} returned
   * @param failed the firings whose task could not be created
   */
  public void completed(Evaluation evaluation, Set<FiringKey> failed) {
    if (evaluation.dryRun()) {
      return;
    }
    failed.forEach(memory::release);
    if (failed.isEmpty()) {
      memory.remember(evaluation.subject(), evaluation.facts());
    }
  }

  /**
   * The contacts of this target that a "no activity for N days" rule would fire for now: quiet long
   * enough and not fired for this quiet stretch yet. The engine's scheduler enqueues them, so the
   * rule runs on fresh data like any other sync.
   *
   * @param now the time of the sweep
   * @return the contacts
   */
  public List<RuleSubject> idleCandidates(Instant now) {
    Optional<Integer> shortest = rules.shortestIdleDays();
    if (shortest.isEmpty()) {
      return List.of();
    }
    List<RuleSubject> out = new ArrayList<>();
    for (RuleSubject s : memory.inactiveSince(target, now.minus(Duration.ofDays(shortest.get())))) {
      Optional<Instant> last = memory.facts(s).flatMap(ContactFacts::lastActivity);
      if (last.isPresent() && unfiredIdleRule(s, last.get(), now)) {
        out.add(s);
      }
    }
    return out;
  }

  private boolean unfiredIdleRule(RuleSubject s, Instant last, Instant now) {
    for (ActivityRule rule : rules.rules()) {
      if (rule.trigger() instanceof Trigger.NoActivity idle
          && Duration.between(last, now).toDays() >= idle.days()
          && !memory.claimed(new FiringKey(s, rule.id(), "idle" + idle.days() + "@" + last))) {
        return true;
      }
    }
    return false;
  }
}
