package io.ghlsync.sync.rules;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What activity rules keep between runs: each contact's facts, the firings claimed, and a
 * round-robin counter per rule. Implementations are thread-safe; a JDBC store keeps firings in a
 * table whose primary key is the firing key (a claim is an insert that may conflict), facts in a
 * row per subject, and counters in a row per rule.
 */
public interface RuleMemory {

  /**
   * The facts remembered after the last successful run.
   *
   * @param subject the contact
   * @return the facts, empty the first time
   */
  Optional<ContactFacts> facts(RuleSubject subject);

  /**
   * Remembers the facts after a successful run.
   *
   * @param subject the contact
   * @param facts the facts
   */
  void remember(RuleSubject subject, ContactFacts facts);

  /**
   * Claims a firing: true exactly once per key, however many threads or processes try.
   *
   * @param key the firing
   * @return true when this call claimed it
   */
  boolean claim(FiringKey key);

  /**
   * Whether a firing is claimed (used by dry runs, which claim nothing).
   *
   * @param key the firing
   * @return true when claimed
   */
  boolean claimed(FiringKey key);

  /**
   * Gives a firing back after its task could not be created, so the next attempt fires it again.
   *
   * @param key the firing
   */
  void release(FiringKey key);

  /**
   * The next round-robin turn of a rule: 0, 1, 2, ... across all contacts.
   *
   * @param target the target name
   * @param ruleId the rule
   * @return the turn
   */
  long nextTurn(String target, String ruleId);

  /**
   * The contacts of a target whose remembered last activity is at or before a time, for the
   * scheduler's "no activity" sweep.
   *
   * @param target the target name
   * @param cutoff the time
   * @return the contacts, with their facts
   */
  List<RuleSubject> inactiveSince(String target, Instant cutoff);
}
