package io.ghlsync.sync.internal;

import io.ghlsync.ghl.model.Appointment;
import io.ghlsync.sync.enrich.ContactActivity;
import io.ghlsync.sync.enrich.Enrichment;
import io.ghlsync.sync.mapping.SourceRecord;
import io.ghlsync.sync.rules.ActivityRules;
import io.ghlsync.sync.rules.RuleMemory;
import io.ghlsync.sync.rules.RuleRunner;
import io.ghlsync.sync.score.ContactScorer;
import io.ghlsync.sync.score.Score;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the engine adds to a contact between fetch and map: enrichment, the score, and the activity
 * rules that turn changes into tasks. Also says what the GHL fetch must include for them.
 *
 * @param enrichment the enrichment (possibly none)
 * @param scorer the scorer, if any
 * @param rules the activity rules and where their firings are kept, if any
 * @param fetchAppointments whether GHL reads appointments (some target's rules need them)
 */
public record Insights(
    Enrichment enrichment,
    Optional<ContactScorer> scorer,
    Optional<RuleSetup> rules,
    boolean fetchAppointments) {

  /**
   * Activity rules with their memory.
   *
   * @param rules the rules
   * @param memory where facts and firings are kept
   */
  public record RuleSetup(ActivityRules rules, RuleMemory memory) {}

  /**
   * Nothing added.
   *
   * @return the empty insights
   */
  public static Insights none() {
    return new Insights(Enrichment.none(), Optional.empty(), Optional.empty(), false);
  }

  /**
   * Whether the contact is only mapped, as before this feature.
   *
   * @return true without enrichment, scorer and rules
   */
  public boolean isEmpty() {
    return enrichment.isEmpty() && scorer.isEmpty() && rules.isEmpty();
  }

  /**
   * The parts of a contact's activity the GHL fetch must read.
   *
   * @return tasks, notes, appointments as needed
   */
  public Set<ContactActivity.Part> reads() {
    Set<ContactActivity.Part> out = new java.util.HashSet<>(enrichment.reads());
    rules.ifPresent(r -> out.addAll(r.rules().reads()));
    return out;
  }

  /**
   * The runner of the rules for a target.
   *
   * @param target the target name
   * @return the runner, empty without rules
   */
  public Optional<RuleRunner> runner(String target) {
    return rules.map(r -> new RuleRunner(target, r.rules(), r.memory()));
  }

  /**
   * The contact's activity as enrichers and rules read it.
   *
   * @param state the fetched state
   * @param now the sync time
   * @return the activity
   */
  public static ContactActivity activity(GhlContactState state, Instant now) {
    List<SourceRecord> tasks = new ArrayList<>();
    state.tasks().forEach(t -> tasks.add(GhlContactState.source(t)));
    List<SourceRecord> notes = new ArrayList<>();
    state.notes().forEach(n -> notes.add(GhlContactState.source(n)));
    List<SourceRecord> appointments = new ArrayList<>();
    for (Appointment a : state.appointments()) {
      appointments.add(GhlContactState.source(a));
    }
    return new ContactActivity(
        GhlContactState.source(state.contact().orElseThrow()), tasks, notes, appointments, now);
  }

  /**
   * Enriches and scores a contact: the source record that mappings and rules read.
   *
   * @param activity the contact's activity
   * @return the contact with {@code $enriched} and {@code $score} fields
   */
  public SourceRecord prepare(ContactActivity activity) {
    SourceRecord enriched = enrichment.apply(activity);
    if (scorer.isEmpty()) {
      return enriched;
    }
    Score score = scorer.get().score(enriched);
    return enriched.with(Score.PREFIX, score.fields());
  }

  /**
   * The version the audit records with each write: the mapping's, plus the scorer's and the rules'
   * when they run.
   *
   * @param mappingVersion the mapping version
   * @return e.g. {@code 3; scorer agency-1; rules agency-rules-1}
   */
  public String auditVersion(String mappingVersion) {
    StringBuilder out = new StringBuilder(mappingVersion);
    scorer.ifPresent(s -> out.append("; scorer ").append(s.version()));
    rules.ifPresent(r -> out.append("; rules ").append(r.rules().version()));
    return out.toString();
  }
}
