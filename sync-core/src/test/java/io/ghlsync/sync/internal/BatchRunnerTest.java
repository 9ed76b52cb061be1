package io.ghlsync.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.sync.model.EntityKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The runner's bookkeeping that needs no engine. */
class BatchRunnerTest {
  private static final ContactJob A = new ContactJob("item-a", "loc", "contact-a");
  private static final ContactJob B = new ContactJob("item-b", "loc", "contact-b");

  @Test
  void everyJobHasALaneAndAMissingReadIsATypedFailureNotANull() {
    Lane fetchedA = Lane.of(A);

    Map<String, Lane> byItem = BatchRunner.byItem(List.of(A, B), List.of(fetchedA));

    assertThat(byItem).containsOnlyKeys("item-a", "item-b");
    assertThat(byItem.get("item-a")).isSameAs(fetchedA);
    Lane missing = byItem.get("item-b");
    assertThat(missing.job()).isEqualTo(B);
    assertThat(missing.open()).isFalse();
    RecordFailure failure = missing.failure().orElseThrow();
    assertThat(failure.kind()).isEqualTo(EntityKind.CONTACT);
    assertThat(failure.ghlId()).isEqualTo("contact-b");
    assertThat(failure.error())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("work item item-b");
    assertThat(Failures.isRetryable(failure.error())).as("dead-lettered, not retried").isFalse();
  }

  @Test
  void keepsTheReadsInTheOrderTheyCame() {
    Map<String, Lane> byItem = BatchRunner.byItem(List.of(A, B), List.of(Lane.of(B), Lane.of(A)));

    assertThat(byItem.keySet()).containsExactly("item-b", "item-a");
    assertThat(byItem.values()).allSatisfy(l -> assertThat(l.open()).isTrue());
  }
}
