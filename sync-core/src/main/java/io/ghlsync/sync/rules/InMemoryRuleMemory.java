package io.ghlsync.sync.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Rule memory in the heap, for tests and single-process hosts; lost on restart. */
public final class InMemoryRuleMemory implements RuleMemory {
  private final Map<RuleSubject, ContactFacts> facts = new ConcurrentHashMap<>();
  private final Set<FiringKey> firings = ConcurrentHashMap.newKeySet();
  private final Map<String, AtomicLong> turns = new ConcurrentHashMap<>();

  /** Creates an empty memory. */
  public InMemoryRuleMemory() {}

  @Override
  public Optional<ContactFacts> facts(RuleSubject subject) {
    return Optional.ofNullable(facts.get(subject));
  }

  @Override
  public void remember(RuleSubject subject, ContactFacts facts) {
    this.facts.put(subject, facts);
  }

  @Override
  public boolean claim(FiringKey key) {
    return firings.add(key);
  }

  @Override
  public boolean claimed(FiringKey key) {
    return firings.contains(key);
  }

  @Override
  public void release(FiringKey key) {
    firings.remove(key);
  }

  @Override
  public long nextTurn(String target, String ruleId) {
    return turns
        .computeIfAbsent(target + "\u0000" + ruleId, k -> new AtomicLong())
        .getAndIncrement();
  }

  @Override
  public List<RuleSubject> inactiveSince(String target, Instant cutoff) {
    List<RuleSubject> out = new ArrayList<>();
    facts.forEach(
        (subject, f) -> {
          if (subject.target().equals(target)
              && f.lastActivity().filter(last -> !last.isAfter(cutoff)).isPresent()) {
            out.add(subject);
          }
        });
    return out;
  }

  /**
   * How many firings are claimed, for tests and status.
   *
   * @return the count
   */
  public int firingCount() {
    return firings.size();
  }
}
