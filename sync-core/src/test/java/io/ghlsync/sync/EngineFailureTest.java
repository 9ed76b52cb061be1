package io.ghlsync.sync;

import static io.ghlsync.sync.testing.GhlSandbox.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghlsync.sync.mapping.FieldRule;
import io.ghlsync.sync.mapping.Mapping;
import io.ghlsync.sync.model.EntityKind;
import io.ghlsync.sync.model.Trigger;
import io.ghlsync.sync.target.TargetOperation;
import io.ghlsync.sync.target.TargetResult;
import io.ghlsync.sync.testing.ForwardingTarget;
import io.ghlsync.sync.testing.GhlSandbox;
import io.ghlsync.sync.testing.MapCrm;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A dying worker is never silent, and a closed engine leaves no thread behind. */
class EngineFailureTest {
  private static final Mapping MAPPING =
      Mapping.builder("ghl-to-mapcrm", "1")
          .contact(FieldRule.to("email").from("email").trim().lowerCase().build())
          .task(FieldRule.to("title").from("title").build())
          .build();

  @Test
  void anOutOfMemoryErrorFailsTheEngineLoudlyAndReturnsTheWorkersItemsToTheQueue()
      throws Exception {
    MapCrm crm = new MapCrm();
    ForwardingTarget exhausted =
        new ForwardingTarget(crm) {
          @Override
          public List<TargetResult> execute(List<TargetOperation> operations) {
            throw new OutOfMemoryError("Java heap space (simulated)");
          }
        };
    CountDownLatch told = new CountDownLatch(1);
    AtomicReference<Throwable> seen = new AtomicReference<>();
    try (GhlSandbox s = new GhlSandbox(3, 1_000_000);
        SyncEngine engine =
            s.engine()
                .target(exhausted)
                .mapping(MAPPING)
                .workers(1)
                .batchSize(5)
                .listener(
                    new SyncListener() {
                      @Override
                      public void onEngineFailed(Throwable error) {
                        seen.set(error);
                        told.countDown();
                      }
                    })
                .build()) {
      s.contactIds(3).forEach(id -> engine.enqueue(LOCATION, id, Trigger.ON_DEMAND));

      engine.start();

      assertThat(told.await(20, TimeUnit.SECONDS)).isTrue();
      assertThat(seen.get()).isInstanceOf(OutOfMemoryError.class);
      assertThatThrownBy(() -> engine.awaitIdle(Duration.ofSeconds(5)))
          .isInstanceOf(SyncEngineFailedException.class)
          .hasMessageContaining("OutOfMemoryError")
          .hasCauseInstanceOf(OutOfMemoryError.class);
      assertThatThrownBy(engine::start).isInstanceOf(SyncEngineFailedException.class);
      assertThat(engine.queueStats().leased()).isZero();
      assertThat(engine.queueStats().ready()).isEqualTo(3);
      assertThat(engine.deadLetters()).isEmpty();
    }
  }

  @Test
  void closingTheEngineStopsItsWorkersAndFetchThreads() throws Exception {
    MapCrm crm = new MapCrm();
    Set<Thread> before = Thread.getAllStackTraces().keySet();
    try (GhlSandbox s = new GhlSandbox(8, 1_000_000)) {
      SyncEngine engine =
          s.engine().target(crm).mapping(MAPPING).workers(3).ghlConcurrency(4).build();
      engine.backfill(LOCATION);
      engine.start();
      assertThat(engine.awaitIdle(Duration.ofSeconds(20))).isTrue();
      assertThat(crm.records(EntityKind.CONTACT)).hasSize(8);
      assertThat(engineThreads(before)).isNotEmpty();

      engine.close();

      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (!engineThreads(before).isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(engineThreads(before)).isEmpty();
    }
  }

  private static Set<String> engineThreads(Set<Thread> before) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> !before.contains(t) && t.isAlive())
        .map(Thread::getName)
        .filter(n -> n.startsWith("ghlsync-"))
        .collect(Collectors.toSet());
  }
}
