package io.ghlsync.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RequestBudgetTest {
  private final TestClock clock = TestClock.at(Instant.parse("2025-01-01T00:00:00Z"));

  @Test
  void refusesBeyondTheWindowAndReopensWhenItEnds() {
    RequestBudget budget = new RequestBudget(2, Duration.ofMillis(200), 1000, clock);

    assertThat(budget.acquire("k").remaining()).isEqualTo(1);
    assertThat(budget.acquire("k").allowed()).isTrue();
    BudgetState refused = budget.acquire("k");
    assertThat(refused.allowed()).isFalse();
    assertThat(refused.remaining()).isZero();
    assertThat(refused.resetIn()).isEqualTo(Duration.ofMillis(200));
    assertThat(budget.acquire("other").allowed()).isTrue();

    clock.advance(Duration.ofMillis(150));
    assertThat(budget.peek("k").resetIn()).isEqualTo(Duration.ofMillis(50));
    clock.advance(Duration.ofMillis(50));
    assertThat(budget.acquire("k").allowed()).isTrue();
    assertThat(budget.peek("k").dailyRemaining()).isEqualTo(997);
  }

  @Test
  void dailyBudgetResetsOnTheNextUtcDay() {
    RequestBudget budget = new RequestBudget(10, Duration.ofSeconds(1), 1, clock);
    assertThat(budget.acquire("k").dailyRemaining()).isZero();
    clock.advance(Duration.ofSeconds(2));
    assertThat(budget.acquire("k").allowed()).isFalse();
    clock.advance(Duration.ofDays(1));
    assertThat(budget.acquire("k").allowed()).isTrue();
  }

  @Test
  void rejectsNonsenseLimitsAndTheClockMovesOnlyWhenTold() {
    assertThatThrownBy(() -> new RequestBudget(0, Duration.ofSeconds(1), 1, clock))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RequestBudget(1, Duration.ZERO, 1, clock))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RequestBudget(1, Duration.ofSeconds(1), 0, clock))
        .isInstanceOf(IllegalArgumentException.class);
    Instant now = clock.instant();
    assertThat(clock.instant()).isEqualTo(now);
    clock.set(Instant.EPOCH);
    assertThat(clock.withZone(ZoneOffset.ofHours(2)).instant()).isEqualTo(Instant.EPOCH);
    assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
  }
}
