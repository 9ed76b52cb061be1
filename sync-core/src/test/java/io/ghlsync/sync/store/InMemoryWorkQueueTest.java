package io.ghlsync.sync.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.sync.model.Trigger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InMemoryWorkQueueTest {
  private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
  private static final Duration LEASE = Duration.ofMinutes(1);

  private final WorkQueue queue = new InMemorySyncStore().queue();

  @Test
  void mergesTriggersForAContactThatIsAlreadyWaiting() {
    WorkItem first = queue.enqueue("t", "loc", "c1", Trigger.WEBHOOK, T0);
    WorkItem merged = queue.enqueue("t", "loc", "c1", Trigger.POLL, T0.plusSeconds(1));

    assertThat(merged.id()).isEqualTo(first.id());
    assertThat(merged.triggers()).containsExactlyInAnyOrder(Trigger.WEBHOOK, Trigger.POLL);
    assertThat(queue.stats("t", T0).ready()).isEqualTo(1);
  }

  @Test
  void neverLeasesTwoItemsOfOneContactAtOnce() {
    queue.enqueue("t", "loc", "c1", Trigger.WEBHOOK, T0);
    List<Lease> first = queue.lease("t", "w1", 10, LEASE, T0);
    queue.enqueue("t", "loc", "c1", Trigger.WEBHOOK, T0);
    queue.enqueue("t", "loc", "c2", Trigger.WEBHOOK, T0);

    List<Lease> second = queue.lease("t", "w2", 10, LEASE, T0);

    assertThat(first).hasSize(1);
    assertThat(second).extracting(l -> l.item().contactId()).containsExactly("c2");
    assertThat(queue.leaseContact("t", "loc", "c1", "w3", LEASE, T0)).isEmpty();
    assertThat(queue.complete(first.get(0))).isTrue();
    assertThat(queue.lease("t", "w2", 10, LEASE, T0))
        .extracting(l -> l.item().contactId())
        .containsExactly("c1");
  }

  @Test
  void keepsTargetsApartAndLeasesOldestFirst() {
    queue.enqueue("t", "loc", "b", Trigger.POLL, T0.plusSeconds(2));
    queue.enqueue("t", "loc", "a", Trigger.POLL, T0.plusSeconds(1));
    queue.enqueue("other", "loc", "a", Trigger.POLL, T0);

    assertThat(queue.lease("t", "w", 10, LEASE, T0.plusSeconds(5)))
        .extracting(l -> l.item().contactId())
        .containsExactly("a", "b");
    assertThat(queue.stats("other", T0).ready()).isEqualTo(1);
  }

  @Test
  void returnsExpiredLeasesAndRejectsTheOldLeaseHolder() {
    queue.enqueue("t", "loc", "c1", Trigger.WEBHOOK, T0);
    Lease stale = queue.lease("t", "w1", 1, LEASE, T0).get(0);

    List<Lease> again = queue.lease("t", "w2", 1, LEASE, T0.plus(LEASE).plusSeconds(1));

    assertThat(again).hasSize(1);
    assertThat(again.get(0).item().id()).isEqualTo(stale.item().id());
    assertThat(queue.complete(stale)).isFalse();
    assertThat(queue.recordFailure(stale, "x")).isEmpty();
    assertThat(queue.renew(stale, T0)).isEmpty();
    assertThat(queue.release(stale, T0)).isFalse();
    assertThat(queue.deadLetter(stale, "x", T0)).isEmpty();
    assertThat(queue.complete(again.get(0))).isTrue();
  }

  @Test
  void countsFailuresAndDelaysReleasedItems() {
    queue.enqueue("t", "loc", "c1", Trigger.WEBHOOK, T0);
    Lease lease = queue.lease("t", "w", 1, LEASE, T0).get(0);

    Lease failed = queue.recordFailure(lease, "HTTP 503").orElseThrow();
    Lease renewed = queue.renew(failed, T0.plusSeconds(90)).orElseThrow();
    queue.release(renewed, T0.plusSeconds(30));

    assertThat(failed.item().attempts()).isEqualTo(1);
    assertThat(failed.item().lastError()).isEqualTo("HTTP 503");
    assertThat(renewed.until()).isEqualTo(T0.plusSeconds(90));
    assertThat(queue.stats("t", T0.plusSeconds(10))).isEqualTo(new QueueStats(0, 1, 0, 0));
    assertThat(queue.lease("t", "w", 1, LEASE, T0.plusSeconds(10))).isEmpty();
    assertThat(queue.lease("t", "w", 1, LEASE, T0.plusSeconds(31))).hasSize(1);
  }

  @Test
  void isIdleOnlyWithNothingReadyDelayedOrLeasedForThatTarget() {
    assertThat(queue.isIdle("t", T0)).isTrue();
    queue.enqueue("t", "loc", "c1", Trigger.WEBHOOK, T0);
    assertThat(queue.isIdle("t", T0)).isFalse();
    assertThat(queue.isIdle("other", T0)).isTrue();
    Lease lease = queue.lease("t", "w", 1, LEASE, T0).get(0);
    assertThat(queue.isIdle("t", T0)).isFalse();
    queue.release(lease, T0.plusSeconds(60));
    assertThat(queue.isIdle("t", T0)).isFalse();
    Lease again = queue.lease("t", "w", 1, LEASE, T0.plusSeconds(61)).get(0);
    queue.complete(again);
    assertThat(queue.isIdle("t", T0)).isTrue();
    assertThat(queue.stats("t", T0).isIdle()).isTrue();
  }

  @Test
  void leasesAWaitingContactOnDemandDespiteItsBackoff() {
    queue.enqueue("t", "loc", "c1", Trigger.WEBHOOK, T0);
    Lease lease = queue.lease("t", "w", 1, LEASE, T0).get(0);
    queue.release(lease, T0.plusSeconds(600));

    Optional<Lease> now = queue.leaseContact("t", "loc", "c1", "demand", LEASE, T0);

    assertThat(now).isPresent();
    assertThat(queue.leaseContact("t", "loc", "nobody", "demand", LEASE, T0)).isEmpty();
  }

  @Test
  void deadLettersAndReplaysKeepingTheItemId() {
    queue.enqueue("t", "loc", "c1", Trigger.WEBHOOK, T0);
    Lease lease = queue.lease("t", "w", 1, LEASE, T0).get(0);
    Lease failed = queue.recordFailure(lease, "boom").orElseThrow();

    DeadLetter letter = queue.deadLetter(failed, "gave up", T0).orElseThrow();

    assertThat(queue.deadLetters("t")).containsExactly(letter);
    assertThat(queue.deadLetters("other")).isEmpty();
    assertThat(queue.stats("t", T0)).isEqualTo(new QueueStats(0, 0, 0, 1));
    assertThat(queue.replay("other", letter.id(), T0)).isEmpty();
    WorkItem again = queue.replay("t", letter.id(), T0).orElseThrow();
    assertThat(again.id()).isEqualTo(lease.item().id());
    assertThat(again.attempts()).isZero();
    assertThat(again.triggers()).contains(Trigger.REPLAY, Trigger.WEBHOOK);
    assertThat(queue.deadLetters("t")).isEmpty();
    assertThat(queue.replay("t", letter.id(), T0)).isEmpty();
  }

  @Test
  void mergesAnExpiredLeaseIntoTheItemWaitingForTheSameContact() {
    queue.enqueue("t", "loc", "c1", Trigger.WEBHOOK, T0);
    queue.lease("t", "w1", 1, LEASE, T0);
    queue.enqueue("t", "loc", "c1", Trigger.POLL, T0);

    List<Lease> later = queue.lease("t", "w2", 10, LEASE, T0.plus(LEASE).plusSeconds(1));

    assertThat(later).hasSize(1);
    assertThat(later.get(0).item().triggers())
        .containsExactlyInAnyOrder(Trigger.WEBHOOK, Trigger.POLL);
  }
}
