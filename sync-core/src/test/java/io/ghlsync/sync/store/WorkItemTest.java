package io.ghlsync.sync.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghlsync.sync.model.Trigger;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one merge rule of every queue, {@link WorkItem#mergedWith}. */
class WorkItemTest {
  private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

  private static WorkItem item(
      String id,
      Set<String> targets,
      Trigger trigger,
      int attempts,
      String error,
      int enq,
      int nb) {
    return new WorkItem(
        id,
        "loc",
        "c1",
        targets,
        Set.of(trigger),
        attempts,
        error,
        T0.plusSeconds(enq),
        T0.plusSeconds(nb));
  }

  @Test
  void keepsTheWaitingIdAndAddsUpTriggersAndTargets() {
    WorkItem waiting = item("a", Set.of("t1"), Trigger.WEBHOOK, 0, "", 10, 10);
    WorkItem joining = item("b", Set.of("t2"), Trigger.POLL, 0, "", 5, 20);
    WorkItem merged = waiting.mergedWith(joining);
    assertThat(merged.id()).isEqualTo("a");
    assertThat(merged.triggers()).containsExactlyInAnyOrder(Trigger.WEBHOOK, Trigger.POLL);
    assertThat(merged.targets()).containsExactly("t1", "t2");
    assertThat(merged.enqueuedAt()).isEqualTo(T0.plusSeconds(5));
    assertThat(merged.notBefore()).as("the earlier not-before wins").isEqualTo(T0.plusSeconds(10));
    assertThat(joining.mergedWith(waiting).notBefore()).isEqualTo(T0.plusSeconds(10));
  }

  @Test
  void aRetryKeepsItsNotBeforeItsAttemptsAndItsError() {
    WorkItem retry = item("a", Set.of("t1"), Trigger.BACKFILL, 2, "timeout", 0, 600);
    WorkItem fresh = item("b", Set.of("t1"), Trigger.WEBHOOK, 0, "", 30, 30);
    WorkItem merged = retry.mergedWith(fresh);
    assertThat(merged.notBefore())
        .as("a new trigger never pulls a retry forward")
        .isEqualTo(T0.plusSeconds(600));
    assertThat(merged.attempts()).isEqualTo(2);
    assertThat(merged.lastError()).isEqualTo("timeout");
    assertThat(fresh.mergedWith(retry).lastError()).isEqualTo("timeout");
    assertThat(fresh.mergedWith(retry).attempts()).isEqualTo(2);
  }

  @Test
  void refusesItemsOfAnotherContact() {
    WorkItem a = item("a", Set.of("t1"), Trigger.WEBHOOK, 0, "", 0, 0);
    WorkItem other =
        new WorkItem("b", "loc", "c2", Set.of("t1"), Set.of(Trigger.WEBHOOK), 0, "", T0, T0);
    assertThatThrownBy(() -> a.mergedWith(other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("only items of one contact merge");
  }
}
