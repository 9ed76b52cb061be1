package io.ghlsync.sync.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.sync.rules.ContactFacts;
import io.ghlsync.sync.rules.FiringKey;
import io.ghlsync.sync.rules.RuleMemory;
import io.ghlsync.sync.rules.RuleSubject;
import io.ghlsync.sync.store.SyncStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The contract of a store's {@link SyncStore#ruleMemory() rule memory}, part of {@link
 * SyncStoreContract}: facts round-trip, a firing is claimed once however many threads try, turns
 * count up per rule, and the inactivity sweep finds the right contacts.
 */
public interface RuleMemoryContract {
  /**
   * The store under test.
   *
   * @return a fresh store
   */
  SyncStore storeUnderTest();

  private RuleMemory memory() {
    return storeUnderTest().ruleMemory();
  }

  @Test
  default void remembersTheFactsOfEachContactPerTarget() {
    RuleSubject a = new RuleSubject("t", "loc", "c1");
    RuleSubject sameContactOtherTarget = new RuleSubject("u", "loc", "c1");
    assertThat(memory().facts(a)).isEmpty();
    ContactFacts facts =
        new ContactFacts(
            "2025-01-02T03:04:05Z",
            Set.of("vip", "buyer"),
            Optional.of(72),
            Map.of("status", "open", "$odd.key", "x"),
            Optional.of(Instant.parse("2025-01-01T10:00:00.123456Z")));
    memory().remember(a, facts);
    assertThat(memory().facts(a)).contains(facts);
    assertThat(memory().facts(sameContactOtherTarget)).isEmpty();

    ContactFacts later = ContactFacts.none();
    memory().remember(a, later);
    assertThat(memory().facts(a)).contains(later);
  }

  @Test
  default void claimsAFiringOnceUntilItIsReleased() {
    FiringKey key = new FiringKey(new RuleSubject("t", "loc", "c1"), "r1", "tag+vip@v1");
    assertThat(memory().claimed(key)).isFalse();
    assertThat(memory().claim(key)).isTrue();
    assertThat(memory().claim(key)).isFalse();
    assertThat(memory().claimed(key)).isTrue();
    assertThat(memory().claim(new FiringKey(key.subject(), "r1", "tag+vip@v2"))).isTrue();
    assertThat(memory().claim(new FiringKey(key.subject(), "r2", "tag+vip@v1"))).isTrue();

    memory().release(key);
    assertThat(memory().claimed(key)).isFalse();
    assertThat(memory().claim(key)).isTrue();
  }

  @Test
  default void aFiringClaimedByManyThreadsAtOnceIsClaimedOnce() throws Exception {
    FiringKey key = new FiringKey(new RuleSubject("t", "loc", "c1"), "r1", "booked:apt-7");
    AtomicInteger wins = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      Thread thread =
          new Thread(
              () -> {
                try {
                  start.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  return;
                }
                if (memory().claim(key)) {
                  wins.incrementAndGet();
                }
              });
      thread.start();
      threads.add(thread);
    }
    start.countDown();
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(wins).hasValue(1);
  }

  @Test
  default void countsRoundRobinTurnsPerTargetAndRule() throws Exception {
    assertThat(memory().nextTurn("t", "r1")).isZero();
    assertThat(memory().nextTurn("t", "r1")).isEqualTo(1);
    assertThat(memory().nextTurn("t", "r2")).isZero();
    assertThat(memory().nextTurn("u", "r1")).isZero();

    Set<Long> turns = ConcurrentHashMap.newKeySet();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Thread thread =
          new Thread(
              () -> {
                for (int j = 0; j < 10; j++) {
                  turns.add(memory().nextTurn("t", "shared"));
                }
              });
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(turns).hasSize(40).allMatch(t -> t >= 0 && t < 40);
  }

  @Test
  default void findsTheContactsOfATargetInactiveSinceATime() {
    Instant cutoff = Instant.parse("2025-03-01T00:00:00Z");
    remember("t", "old", Optional.of(cutoff.minusSeconds(3600)));
    remember("t", "exactly", Optional.of(cutoff));
    remember("t", "recent", Optional.of(cutoff.plusSeconds(1)));
    remember("t", "never", Optional.empty());
    remember("u", "otherTarget", Optional.of(cutoff.minusSeconds(3600)));
    assertThat(memory().inactiveSince("t", cutoff))
        .containsExactlyInAnyOrder(
            new RuleSubject("t", "loc", "old"), new RuleSubject("t", "loc", "exactly"));
  }

  private void remember(String target, String contact, Optional<Instant> lastActivity) {
    memory()
        .remember(
            new RuleSubject(target, "loc", contact),
            new ContactFacts("", Set.of(), Optional.empty(), Map.of(), lastActivity));
  }
}
