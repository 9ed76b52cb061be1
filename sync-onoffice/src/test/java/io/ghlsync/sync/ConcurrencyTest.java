package io.ghlsync.sync;

import static io.ghlsync.sync.Sandbox.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.ghl.model.UpdateContactRequest;
import io.ghlsync.sync.model.EntityKind;
import io.ghlsync.sync.model.Trigger;
import io.ghlsync.sync.onoffice.OnOfficeTarget;
import io.ghlsync.sync.target.TargetConnector;
import io.ghlsync.sync.target.TargetOperation;
import io.ghlsync.sync.target.TargetResult;
import io.ghlsync.sync.testing.ForwardingTarget;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {
  /** Wraps the real onOffice target and notices two workers touching one contact at once. */
  static final class OverlapProbe extends ForwardingTarget {
    final Map<String, Integer> inFlight = new ConcurrentHashMap<>();
    final AtomicInteger overlaps = new AtomicInteger();
    final AtomicInteger calls = new AtomicInteger();

    OverlapProbe(TargetConnector delegate) {
      super(delegate);
    }

    @Override
    public List<TargetResult> execute(List<TargetOperation> operations) {
      Set<String> keys = new HashSet<>();
      for (TargetOperation op : operations) {
        keys.add(key(op));
      }
      calls.incrementAndGet();
      for (String key : keys) {
        if (inFlight.merge(key, 1, Integer::sum) > 1) {
          overlaps.incrementAndGet();
        }
      }
      try {
        // Widens the window in which a second worker on the same contact would be noticed.
        Thread.sleep(25);
        return delegate.execute(operations);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      } finally {
        keys.forEach(k -> inFlight.merge(k, -1, Integer::sum));
      }
    }

    private static String key(TargetOperation op) {
      if (op instanceof TargetOperation.FindContact f) {
        return "ghl:" + f.query().ghlId();
      } else if (op instanceof TargetOperation.Create c) {
        return c.targetContactId().map(t -> "target:" + t).orElse("ghl:" + c.ghlId());
      } else if (op instanceof TargetOperation.Update u) {
        return u.targetContactId().map(t -> "target:" + t).orElse("target:" + u.targetId());
      } else if (op instanceof TargetOperation.FindChild f) {
        return "target:" + f.targetContactId();
      }
      return "target:" + ((TargetOperation.Remove) op).targetId();
    }
  }

  /** The GHL contact an operation on a contact record is about, or "" for tasks and notes. */
  private static String ghlContactOf(TargetOperation op) {
    if (op.kind() != EntityKind.CONTACT) {
      return "";
    }
    if (op instanceof TargetOperation.FindContact f) {
      return f.query().ghlId();
    } else if (op instanceof TargetOperation.Create c) {
      return c.ghlId();
    } else if (op instanceof TargetOperation.Update u) {
      return u.ghlId();
    }
    return "";
  }

  @Test
  void aNewItemForAContactBeingSyncedWaitsForTheRunningOneEvenWithIdleWorkers() throws Exception {
    try (Sandbox s = new Sandbox(3)) {
      String busy = s.contactIds(3).get(0);
      TargetConnector real = OnOfficeTarget.builder(s.onOfficeClient).build();
      CountDownLatch entered = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      AtomicInteger inFlight = new AtomicInteger();
      AtomicInteger maxInFlight = new AtomicInteger();
      AtomicInteger runs = new AtomicInteger();
      TargetConnector holding =
          new ForwardingTarget(real) {
            @Override
            public List<TargetResult> execute(List<TargetOperation> operations) {
              if (operations.stream().noneMatch(op -> ghlContactOf(op).equals(busy))) {
                return real.execute(operations);
              }
              maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
              try {
                if (runs.getAndIncrement() == 0) {
                  entered.countDown();
                  // Holds the first sync of the contact inside the target.
                  release.await(10, TimeUnit.SECONDS);
                }
                return real.execute(operations);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
              } finally {
                inFlight.decrementAndGet();
              }
            }
          };
      try (SyncEngine engine = s.onOfficeEngine().target(holding).workers(4).batchSize(1).build()) {
        engine.enqueue(LOCATION, busy, Trigger.WEBHOOK);
        engine.start();
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

        s.ghlClient
            .contacts()
            .update(busy, UpdateContactRequest.builder().firstName("Second").build());
        engine.enqueue(LOCATION, busy, Trigger.WEBHOOK);
        // Three workers are idle and woken by the enqueue: long enough for one to take the item
        // if the lease let it.
        Thread.sleep(300);
        int overlapWhileHeld = maxInFlight.get();
        release.countDown();
        assertThat(engine.awaitIdle(Duration.ofSeconds(30))).isTrue();

        assertThat(overlapWhileHeld).isEqualTo(1);
        assertThat(maxInFlight.get()).isEqualTo(1);
        assertThat(runs.get()).isGreaterThanOrEqualTo(2);
        String email = String.valueOf(s.location.contact(busy).orElseThrow().get("email"));
        assertThat(s.onOffice.addresses())
            .filteredOn(a -> OnOfficeEndToEndTest.emails(a).contains(email))
            .singleElement()
            .satisfies(a -> assertThat(a).containsEntry("Vorname", "Second"));
      }
    }
  }

  @Test
  void keepsEachContactInOrderWhileManyWorkersRunAndEndsWithTheLatestGhlState() throws Exception {
    int n = 30;
    try (Sandbox s = new Sandbox(n)) {
      OverlapProbe probe = new OverlapProbe(OnOfficeTarget.builder(s.onOfficeClient).build());
      try (SyncEngine engine = s.onOfficeEngine().target(probe).workers(4).batchSize(3).build()) {
        List<String> ids = s.contactIds(n);
        engine.backfill(LOCATION);
        engine.start();
        Random random = new Random(3);
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
          int writer = w;
          Thread t =
              new Thread(
                  () -> {
                    for (int i = 0; i < 20; i++) {
                      String id = ids.get(random.nextInt(3));
                      s.ghlClient
                          .contacts()
                          .update(
                              id,
                              UpdateContactRequest.builder()
                                  .firstName("W" + writer + "-" + i)
                                  .build());
                      engine.enqueue(LOCATION, id, Trigger.WEBHOOK);
                    }
                  });
          writers.add(t);
          t.start();
        }
        for (Thread t : writers) {
          t.join();
        }
        assertThat(engine.awaitIdle(Duration.ofMinutes(2))).isTrue();

        assertThat(probe.calls.get()).isPositive();
        assertThat(probe.overlaps.get()).isZero();
        assertThat(s.onOffice.addresses()).hasSize(n);
        for (String id : ids.subList(0, 3)) {
          Object first = s.location.contact(id).orElseThrow().get("firstName");
          String email = String.valueOf(s.location.contact(id).orElseThrow().get("email"));
          assertThat(s.onOffice.addresses())
              .filteredOn(a -> OnOfficeEndToEndTest.emails(a).contains(email))
              .singleElement()
              .satisfies(a -> assertThat(a).containsEntry("Vorname", first));
        }
      }
    }
  }
}
