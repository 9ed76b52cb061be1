package io.ghlsync.sync.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghlsync.sync.model.Decision;
import io.ghlsync.sync.model.EntityKind;
import io.ghlsync.sync.model.Trigger;
import io.ghlsync.sync.store.AuditEntry;
import io.ghlsync.sync.store.AuditLog;
import io.ghlsync.sync.store.CursorStore;
import io.ghlsync.sync.store.DeadLetter;
import io.ghlsync.sync.store.Lease;
import io.ghlsync.sync.store.Link;
import io.ghlsync.sync.store.LinkConflictException;
import io.ghlsync.sync.store.LinkKey;
import io.ghlsync.sync.store.LinkStore;
import io.ghlsync.sync.store.QueueStats;
import io.ghlsync.sync.store.SeenWebhookIds;
import io.ghlsync.sync.store.SyncStore;
import io.ghlsync.sync.store.WorkItem;
import io.ghlsync.sync.store.WorkQueue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link SyncStore} meets, as a JUnit 5 suite. A store implementation's test
 * extends it and builds fresh, empty stores on the clock it is given:
 *
 * <pre>{@code
 * class JdbcSyncStoreTest extends SyncStoreContract {
 *   protected SyncStore newStore(Clock clock) { return JdbcSyncStore.builder(dataSource).clock(clock).build(); }
 * }
 * }</pre>
 *
 * <p>Covers the queue (merging, per-contact exclusion, leases, expiry and reclaim, fencing with
 * stale lease tokens, not-before times, retries, dead letters per target, replay), links (unique
 * both ways per target and kind), cursors (with compare-and-set), the audit trail (by contact and
 * time, prune) and seen webhook ids, and that engine and target scopes stay apart; through {@link
 * RuleMemoryContract} and {@link VersionHistoryContract}, the rule memory and the version history.
 */
public abstract class SyncStoreContract implements RuleMemoryContract, VersionHistoryContract {
  /** The instant every test starts at. */
  protected static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

  private static final Duration LEASE = Duration.ofMinutes(1);
  private static final Set<String> T = Set.of("t");

  /** The clock the store under test was built on; tests move it. */
  protected final MutableClock clock = new MutableClock(T0);

  private SyncStore store;
  private WorkQueue queue;

  /**
   * Builds a fresh, empty store.
   *
   * @param clock the clock the store must use for lease deadlines, not-before times and dead
   *     letters
   * @return the store
   */
  protected abstract SyncStore newStore(java.time.Clock clock);

  @BeforeEach
  void freshStore() {
    store = newStore(clock);
    queue = store.forEngine("engine").queue();
  }

  /**
   * The store under test.
   *
   * @return the store built for this test
   */
  protected SyncStore store() {
    return store;
  }

  @Override
  public SyncStore storeUnderTest() {
    return store;
  }

  // ---- queue: merging, exclusion, order ----

  @Test
  void mergesTriggersForAContactThatIsAlreadyWaiting() {
    WorkItem first = queue.enqueue("loc", "c1", T, Trigger.WEBHOOK);
    clock.advance(Duration.ofSeconds(1));
    WorkItem merged = queue.enqueue("loc", "c1", T, Trigger.POLL);

    assertThat(merged.id()).isEqualTo(first.id());
    assertThat(merged.triggers()).containsExactlyInAnyOrder(Trigger.WEBHOOK, Trigger.POLL);
    assertThat(merged.enqueuedAt()).isEqualTo(T0);
    assertThat(queue.stats().ready()).isEqualTo(1);
  }

  @Test
  void mergesTheTargetsOfItemsOfOneContact() {
    queue.enqueue("loc", "c1", Set.of("a"), Trigger.WEBHOOK);
    WorkItem merged = queue.enqueue("loc", "c1", Set.of("b"), Trigger.WEBHOOK);

    assertThat(merged.targets()).containsExactly("a", "b");
    assertThat(queue.lease("w", 10, LEASE))
        .singleElement()
        .satisfies(l -> assertThat(l.item().targets()).containsExactly("a", "b"));
  }

  @Test
  void neverLeasesTwoItemsOfOneContactAtOnce() {
    queue.enqueue("loc", "c1", T, Trigger.WEBHOOK);
    List<Lease> first = queue.lease("w1", 10, LEASE);
    queue.enqueue("loc", "c1", T, Trigger.WEBHOOK);
    queue.enqueue("loc", "c2", T, Trigger.WEBHOOK);

    List<Lease> second = queue.lease("w2", 10, LEASE);

    assertThat(first).hasSize(1);
    assertThat(second).extracting(l -> l.item().contactId()).containsExactly("c2");
    assertThat(queue.leaseContact("loc", "c1", "w3", LEASE)).isEmpty();
    assertThat(queue.complete(first.get(0))).isTrue();
    assertThat(queue.lease("w2", 10, LEASE))
        .extracting(l -> l.item().contactId())
        .containsExactly("c1");
  }

  @Test
  void manyClaimersNeverHoldOneContactTwice() throws Exception {
    for (int i = 0; i < 40; i++) {
      queue.enqueue("loc", "c" + (i % 10), T, Trigger.BACKFILL);
      queue.enqueue("loc", "d" + i, T, Trigger.BACKFILL);
    }
    Map<String, String> holders = new ConcurrentHashMap<>();
    List<String> overlaps = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger done = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int w = 0; w < 4; w++) {
      String owner = "w" + w;
      Thread t =
          new Thread(
              () -> {
                try {
                  start.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  return;
                }
                List<Lease> got;
                while (!(got = queue.lease(owner, 3, LEASE)).isEmpty()) {
                  for (Lease l : got) {
                    if (holders.putIfAbsent(l.item().contactId(), owner) != null) {
                      overlaps.add(l.item().contactId());
                    }
                  }
                  for (Lease l : got) {
                    holders.remove(l.item().contactId());
                    if (queue.complete(l)) {
                      done.incrementAndGet();
                    }
                  }
                }
              });
      threads.add(t);
      t.start();
    }
    start.countDown();
    for (Thread t : threads) {
      t.join(10_000);
    }

    assertThat(overlaps).isEmpty();
    assertThat(done.get()).isEqualTo(50);
    assertThat(queue.isIdle()).isTrue();
  }

  @Test
  void leasesOldestFirstAndKeepsEnginesApart() {
    clock.advance(Duration.ofSeconds(2));
    queue.enqueue("loc", "b", T, Trigger.POLL);
    WorkQueue other = store.forEngine("other").queue();
    other.enqueue("loc", "a", T, Trigger.POLL);
    clock.advance(Duration.ofSeconds(1));
    queue.enqueue("loc", "a", T, Trigger.POLL);

    assertThat(queue.lease("w", 10, LEASE))
        .extracting(l -> l.item().contactId())
        .containsExactly("b", "a");
    assertThat(other.stats().ready()).isEqualTo(1);
    assertThat(store.forEngine("engine").queue().stats().leased()).isEqualTo(2);
  }

  // ---- leases: expiry, reclaim, fencing ----

  @Test
  void returnsExpiredLeasesAndRejectsTheOldLeaseHolder() {
    queue.enqueue("loc", "c1", T, Trigger.WEBHOOK);
    Lease stale = queue.lease("w1", 1, LEASE).get(0);
    clock.advance(LEASE.plusSeconds(1));

    List<Lease> again = queue.lease("w2", 1, LEASE);

    assertThat(again).hasSize(1);
    assertThat(again.get(0).item().id()).isEqualTo(stale.item().id());
    assertThat(again.get(0).token()).isNotEqualTo(stale.token());
    assertThat(queue.complete(stale)).isFalse();
    assertThat(queue.recordFailure(stale, "x")).isEmpty();
    assertThat(queue.renew(stale, LEASE)).isEmpty();
    assertThat(queue.release(stale, Duration.ZERO)).isFalse();
    assertThat(queue.retryLater(stale, T, "x", Duration.ZERO)).isFalse();
    assertThat(queue.deadLetter(stale, "t", "x")).isEmpty();
    assertThat(queue.deadLetters()).isEmpty();
    assertThat(queue.stats().leased()).isEqualTo(1);
    assertThat(queue.complete(again.get(0))).isTrue();
    assertThat(queue.isIdle()).isTrue();
  }

  @Test
  void anExpiredLeaseIsLostEvenBeforeAnotherWorkerTakesTheItem() {
    queue.enqueue("loc", "c1", T, Trigger.WEBHOOK);
    Lease lease = queue.lease("w1", 1, LEASE).get(0);
    clock.advance(LEASE.plusSeconds(1));

    assertThat(queue.complete(lease)).isFalse();
    assertThat(queue.stats().ready()).isEqualTo(1);
  }

  @Test
  void renewingKeepsTheLeaseBeyondItsFirstDeadline() {
    queue.enqueue("loc", "c1", T, Trigger.WEBHOOK);
    Lease lease = queue.lease("w1", 1, LEASE).get(0);
    clock.advance(Duration.ofSeconds(50));
    Lease renewed = queue.renew(lease, LEASE).orElseThrow();
    clock.advance(Duration.ofSeconds(50));

    assertThat(renewed.until()).isEqualTo(T0.plusSeconds(110));
    assertThat(queue.lease("w2", 1, LEASE)).isEmpty();
    assertThat(queue.complete(renewed)).isTrue();
  }

  @Test
  void mergesAnExpiredLeaseIntoTheItemWaitingForTheSameContact() {
    queue.enqueue("loc", "c1", T, Trigger.WEBHOOK);
    queue.lease("w1", 1, LEASE);
    queue.enqueue("loc", "c1", T, Trigger.POLL);
    clock.advance(LEASE.plusSeconds(1));

    List<Lease> later = queue.lease("w2", 10, LEASE);

    assertThat(later).hasSize(1);
    assertThat(later.get(0).item().triggers())
        .containsExactlyInAnyOrder(Trigger.WEBHOOK, Trigger.POLL);
  }

  // ---- failures, not-before, retries ----

  @Test
  void countsFailuresAndDelaysReleasedItems() {
    queue.enqueue("loc", "c1", T, Trigger.WEBHOOK);
    Lease lease = queue.lease("w", 1, LEASE).get(0);

    Lease failed = queue.recordFailure(lease, "HTTP 503").orElseThrow();
    Lease renewed = queue.renew(failed, Duration.ofSeconds(90)).orElseThrow();
    assertThat(queue.release(renewed, Duration.ofSeconds(30))).isTrue();

    assertThat(failed.item().attempts()).isEqualTo(1);
    assertThat(failed.item().lastError()).isEqualTo("HTTP 503");
    assertThat(renewed.until()).isEqualTo(T0.plusSeconds(90));
    clock.advance(Duration.ofSeconds(10));
    assertThat(queue.stats()).isEqualTo(new QueueStats(0, 1, 0, 0));
    assertThat(queue.lease("w", 1, LEASE)).isEmpty();
    clock.advance(Duration.ofSeconds(21));
    assertThat(queue.lease("w", 1, LEASE))
        .singleElement()
        .satisfies(l -> assertThat(l.item().attempts()).isEqualTo(1));
  }

  @Test
  void retryLaterSpendsAnAttemptAndWaitsInTheQueueForTheFailedTargetsOnly() {
    queue.enqueue("loc", "c1", Set.of("a", "b"), Trigger.WEBHOOK);
    queue.enqueue("loc", "c2", Set.of("a", "b"), Trigger.WEBHOOK);
    Lease lease = queue.lease("w", 1, LEASE).get(0);

    assertThat(queue.retryLater(lease, Set.of("b"), "HTTP 503", Duration.ofSeconds(5))).isTrue();

    assertThat(queue.lease("w", 10, LEASE))
        .extracting(l -> l.item().contactId())
        .containsExactly("c2");
    assertThat(queue.stats().delayed()).isEqualTo(1);
    assertThat(queue.isIdle()).isFalse();
    clock.advance(Duration.ofSeconds(5));
    Lease again = queue.lease("w", 10, LEASE).get(0);
    assertThat(again.item().id()).isEqualTo(lease.item().id());
    assertThat(again.item().targets()).containsExactly("b");
    assertThat(again.item().attempts()).isEqualTo(1);
    assertThat(again.item().lastError()).isEqualTo("HTTP 503");
    assertThatThrownBy(() -> queue.retryLater(again, Set.of("x"), "e", Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("targets");
  }

  @Test
  void aNewTriggerDoesNotPullARetryForwardButMergesIntoIt() {
    queue.enqueue("loc", "c1", T, Trigger.WEBHOOK);
    Lease lease = queue.lease("w", 1, LEASE).get(0);
    queue.retryLater(lease, T, "boom", Duration.ofSeconds(30));

    WorkItem merged = queue.enqueue("loc", "c1", T, Trigger.POLL);

    assertThat(merged.id()).isEqualTo(lease.item().id());
    assertThat(merged.notBefore()).isEqualTo(T0.plusSeconds(30));
    assertThat(queue.lease("w", 1, LEASE)).isEmpty();
  }

  @Test
  void isIdleOnlyWithNothingReadyDelayedOrLeased() {
    assertThat(queue.isIdle()).isTrue();
    queue.enqueue("loc", "c1", T, Trigger.WEBHOOK);
    assertThat(queue.isIdle()).isFalse();
    assertThat(store.forEngine("other").queue().isIdle()).isTrue();
    Lease lease = queue.lease("w", 1, LEASE).get(0);
    assertThat(queue.isIdle()).isFalse();
    queue.release(lease, Duration.ofSeconds(60));
    assertThat(queue.isIdle()).isFalse();
    clock.advance(Duration.ofSeconds(61));
    Lease again = queue.lease("w", 1, LEASE).get(0);
    queue.complete(again);
    assertThat(queue.isIdle()).isTrue();
    assertThat(queue.stats().isIdle()).isTrue();
  }

  @Test
  void leasesAWaitingContactOnDemandDespiteItsNotBeforeTime() {
    queue.enqueue("loc", "c1", T, Trigger.WEBHOOK);
    Lease lease = queue.lease("w", 1, LEASE).get(0);
    queue.release(lease, Duration.ofSeconds(600));

    Optional<Lease> now = queue.leaseContact("loc", "c1", "demand", LEASE);

    assertThat(now).isPresent();
    assertThat(queue.leaseContact("loc", "nobody", "demand", LEASE)).isEmpty();
  }

  // ---- dead letters and replay ----

  @Test
  void deadLettersAndReplaysKeepingTheItemId() {
    queue.enqueue("loc", "c1", T, Trigger.WEBHOOK);
    Lease lease = queue.lease("w", 1, LEASE).get(0);
    Lease failed = queue.recordFailure(lease, "boom").orElseThrow();

    DeadLetter letter = queue.deadLetter(failed, "t", "gave up").orElseThrow();

    assertThat(letter.target()).isEqualTo("t");
    assertThat(letter.at()).isEqualTo(T0);
    assertThat(letter.item().attempts()).isEqualTo(1);
    assertThat(queue.deadLetters()).containsExactly(letter);
    assertThat(store.forEngine("other").queue().deadLetters()).isEmpty();
    assertThat(queue.stats()).isEqualTo(new QueueStats(0, 0, 0, 1));
    assertThat(queue.complete(failed)).isFalse();
    assertThat(store.forEngine("other").queue().replay(letter.id())).isEmpty();
    WorkItem again = queue.replay(letter.id()).orElseThrow();
    assertThat(again.id()).isEqualTo(lease.item().id());
    assertThat(again.attempts()).isZero();
    assertThat(again.lastError()).isEmpty();
    assertThat(again.triggers()).contains(Trigger.REPLAY, Trigger.WEBHOOK);
    assertThat(queue.deadLetters()).isEmpty();
    assertThat(queue.replay(letter.id())).isEmpty();
  }

  @Test
  void deadLettersOneTargetWhileTheOthersKeepTheLease() {
    queue.enqueue("loc", "c1", Set.of("a", "b"), Trigger.WEBHOOK);
    Lease lease = queue.lease("w", 1, LEASE).get(0);

    DeadLetter letter = queue.deadLetter(lease, "a", "refused").orElseThrow();

    assertThat(letter.item().targets()).containsExactly("a");
    assertThat(queue.stats().leased()).isEqualTo(1);
    assertThat(queue.complete(lease)).isTrue();
    assertThat(queue.isIdle()).isTrue();
    assertThat(queue.replay(letter.id()))
        .hasValueSatisfying(i -> assertThat(i.targets()).containsExactly("a"));
    assertThatThrownBy(() -> queue.deadLetter(lease, "x", "no such target"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aReplayMergesIntoTheItemThatWaitsForTheContact() {
    queue.enqueue("loc", "c1", Set.of("a"), Trigger.WEBHOOK);
    DeadLetter letter = queue.deadLetter(queue.lease("w", 1, LEASE).get(0), "a", "x").orElseThrow();
    WorkItem waiting = queue.enqueue("loc", "c1", Set.of("b"), Trigger.POLL);

    WorkItem replayed = queue.replay(letter.id()).orElseThrow();

    assertThat(replayed.id()).isEqualTo(waiting.id());
    assertThat(replayed.targets()).containsExactly("a", "b");
    assertThat(replayed.triggers()).contains(Trigger.REPLAY, Trigger.POLL);
  }

  // ---- links ----

  private static Link link(
      String target, EntityKind kind, String ghlId, String contact, String id) {
    return new Link(
        new LinkKey(target, "loc", kind, ghlId),
        contact,
        id,
        "fp",
        Map.of("a", 1),
        "v1",
        T0,
        false);
  }

  @Test
  void storesLinksAndFindsThemByContact() {
    LinkStore links = store.forTarget("t").links();
    links.put(link("t", EntityKind.CONTACT, "c1", "c1", "100"));
    links.put(link("t", EntityKind.TASK, "t1", "c1", "200"));
    links.put(link("t", EntityKind.NOTE, "n1", "c2", "300"));

    assertThat(links.get(new LinkKey("t", "loc", EntityKind.CONTACT, "c1")))
        .hasValueSatisfying(
            l -> {
              assertThat(l.targetId()).isEqualTo("100");
              assertThat(l.snapshot()).containsEntry("a", 1L);
              assertThat(l.fingerprint()).isEqualTo("fp");
            });
    assertThat(links.forContact("loc", "c1"))
        .extracting(Link::targetId)
        .containsExactlyInAnyOrder("100", "200");
    assertThat(links.count()).isEqualTo(3);

    links.put(link("t", EntityKind.TASK, "t1", "c2", "200"));
    links.remove(new LinkKey("t", "loc", EntityKind.CONTACT, "c1"));

    assertThat(links.forContact("loc", "c1")).isEmpty();
    assertThat(links.forContact("loc", "c2")).hasSize(2);
    assertThat(links.get(new LinkKey("t", "loc", EntityKind.CONTACT, "c1"))).isEmpty();
    assertThat(link("t", EntityKind.NOTE, "n", "c", "1").asTombstone(T0).tombstone()).isTrue();
  }

  @Test
  void keepsLinksUniqueBothWaysPerTargetAndKind() {
    LinkStore links = store.forTarget("t").links();
    links.put(link("t", EntityKind.CONTACT, "c1", "c1", "100"));

    assertThatThrownBy(() -> links.put(link("t", EntityKind.CONTACT, "c2", "c2", "100")))
        .isInstanceOf(LinkConflictException.class)
        .hasMessageContaining("c1")
        .hasMessageContaining("c2");
    links.put(link("t", EntityKind.TASK, "x", "c2", "100"));
    store.forTarget("other").links().put(link("other", EntityKind.CONTACT, "c2", "c2", "100"));
    assertThat(links.findByTargetId(EntityKind.CONTACT, "100"))
        .hasValueSatisfying(l -> assertThat(l.key().ghlId()).isEqualTo("c1"));
    assertThat(links.findByTargetId(EntityKind.TASK, "100"))
        .hasValueSatisfying(l -> assertThat(l.key().ghlId()).isEqualTo("x"));

    links.put(link("t", EntityKind.CONTACT, "c1", "c1", "101"));
    links.put(link("t", EntityKind.CONTACT, "c2", "c2", "100"));
    assertThat(links.findByTargetId(EntityKind.CONTACT, "100"))
        .hasValueSatisfying(l -> assertThat(l.key().ghlId()).isEqualTo("c2"));
    links.remove(new LinkKey("t", "loc", EntityKind.CONTACT, "c2"));
    assertThat(links.findByTargetId(EntityKind.CONTACT, "100")).isEmpty();
  }

  @Test
  void keepsTargetsApartAndRefusesKeysOfAnotherTarget() {
    store.forTarget("a").links().put(link("a", EntityKind.CONTACT, "c1", "c1", "100"));

    assertThat(store.forTarget("b").links().count()).isZero();
    assertThat(store.forTarget("a").links().count()).isEqualTo(1);
    assertThatThrownBy(
            () -> store.forTarget("b").links().put(link("a", EntityKind.CONTACT, "c", "c", "1")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LinkKey("t", " ", EntityKind.CONTACT, "c"))
        .hasMessageContaining("locationId must not be blank");
  }

  // ---- cursors ----

  @Test
  void storesCursorsPerScopeWithCompareAndSet() {
    CursorStore cursors = store.forEngine("a").cursors();
    cursors.put("poll:loc", "x");

    assertThat(cursors.get("poll:loc")).contains("x");
    assertThat(store.forEngine("b").cursors().get("poll:loc")).isEmpty();
    assertThat(store.forTarget("a").cursors().get("feed")).isEmpty();
    assertThat(cursors.compareAndSet("poll:loc", Optional.of("old"), "y")).isFalse();
    assertThat(cursors.compareAndSet("poll:loc", Optional.of("x"), "y")).isTrue();
    assertThat(cursors.compareAndSet("poll:loc", Optional.empty(), "z")).isFalse();
    assertThat(cursors.compareAndSet("fresh", Optional.empty(), "1")).isTrue();
    assertThat(cursors.get("poll:loc")).contains("y");
    cursors.remove("poll:loc");
    assertThat(cursors.get("poll:loc")).isEmpty();
    store.forTarget("a").cursors().put("feed", "2025");
    assertThat(store.forTarget("a").cursors().get("feed")).contains("2025");
  }

  // ---- audit ----

  private static AuditEntry audit(Instant at, String target, String contactId) {
    return new AuditEntry(
        at,
        target,
        "loc",
        contactId,
        EntityKind.CONTACT,
        contactId,
        Optional.empty(),
        Decision.CREATED,
        "v1",
        List.of(),
        "",
        "item");
  }

  @Test
  void queriesTheAuditTrailByContactAndTimeAndPrunesIt() {
    AuditLog log = store.audit();
    log.append(audit(T0, "a", "c1"));
    log.append(audit(T0.plusSeconds(1), "b", "c2"));
    log.append(audit(T0.plusSeconds(2), "b", "c1"));
    log.append(audit(T0.plusSeconds(3), "a", "c1"));

    assertThat(log.forContact("loc", "c1"))
        .extracting(AuditEntry::at, AuditEntry::target)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(T0, "a"),
            org.assertj.core.groups.Tuple.tuple(T0.plusSeconds(2), "b"),
            org.assertj.core.groups.Tuple.tuple(T0.plusSeconds(3), "a"));
    assertThat(log.forContact("loc", "c1", T0.plusSeconds(1), T0.plusSeconds(3)))
        .extracting(AuditEntry::at)
        .containsExactly(T0.plusSeconds(2));
    assertThat(log.recent(2))
        .extracting(AuditEntry::at)
        .containsExactly(T0.plusSeconds(3), T0.plusSeconds(2));
    assertThat(log.purgeBefore(T0.plusSeconds(2))).isEqualTo(2);
    assertThat(log.forContact("loc", "c2")).isEmpty();
    assertThat(log.forContact("loc", "c1")).hasSize(2);
    assertThat(log.forContact("loc", "unknown")).isEmpty();
  }

  // ---- seen webhook ids ----

  @Test
  void recognisesSeenWebhookIdsPerEngineUntilForgottenOrPurged() {
    SeenWebhookIds seen = store.forEngine("crm").seenWebhooks();
    SeenWebhookIds other = store.forEngine("other").seenWebhooks();

    assertThat(seen.markSeen("w1", T0)).isTrue();
    assertThat(seen.markSeen("w1", T0)).isFalse();
    assertThat(other.markSeen("w1", T0)).isTrue();
    seen.forget("w1");
    assertThat(seen.markSeen("w1", T0.plusSeconds(5))).isTrue();
    assertThat(other.markSeen("w1", T0)).isFalse();
    seen.markSeen("w0", T0);
    assertThat(seen.purgeBefore(T0.plusSeconds(1)) + other.purgeBefore(T0.plusSeconds(1)))
        .isEqualTo(2);
    assertThat(seen.markSeen("w0", T0)).isTrue();
    assertThat(seen.markSeen("w1", T0)).isFalse();
  }

  @Test
  void keepsSeenWebhookIdsAtLeast24HoursAndForgetsOlderOnesByItself() {
    SeenWebhookIds seen = store.forEngine("crm").seenWebhooks();
    assertThat(seen.markSeen("w1", T0)).isTrue();
    clock.advance(Duration.ofHours(24).minusSeconds(1));
    assertThat(seen.purgeExpired()).isZero();
    assertThat(seen.markSeen("w1", clock.instant())).as("still known after 23:59:59").isFalse();

    clock.advance(Duration.ofHours(1).plusSeconds(1));
    assertThat(seen.markSeen("w2", clock.instant()))
        .as("marking a new id an hour after the last purge purged the expired ones")
        .isTrue();
    assertThat(seen.markSeen("w1", clock.instant())).as("forgotten after 25 h").isTrue();
    clock.advance(Duration.ofHours(24).plusSeconds(1));
    assertThat(seen.purgeExpired()).isEqualTo(2);
  }

  @Test
  void marksAWebhookIdOnceUnderConcurrentDeliveries() throws Exception {
    SeenWebhookIds seen = store.forEngine("crm").seenWebhooks();
    AtomicInteger firsts = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      Thread t =
          new Thread(
              () -> {
                try {
                  start.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  return;
                }
                if (seen.markSeen("same", T0)) {
                  firsts.incrementAndGet();
                }
              });
      threads.add(t);
      t.start();
    }
    start.countDown();
    for (Thread t : threads) {
      t.join(10_000);
    }

    assertThat(firsts.get()).isEqualTo(1);
  }
}
