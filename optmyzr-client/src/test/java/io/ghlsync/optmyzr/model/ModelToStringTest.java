package io.ghlsync.optmyzr.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.core.internal.Redaction;
import io.ghlsync.testkit.ToStringProbe;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModelToStringTest {
  /** Shown on purpose: a generated idempotency key is no personal data. */
  private static final Set<String> TECHNICAL = Set.of("IdempotencyKey.value");

  @ParameterizedTest
  @ValueSource(strings = {"io.ghlsync.optmyzr.model", "io.ghlsync.optmyzr"})
  void noModelToStringShowsPersonalData(String pkg) {
    ToStringProbe.Report report = ToStringProbe.scan(pkg, Redaction::isHarmless);

    assertThat(report.probed()).isNotEmpty();
    assertThat(report.leaks()).allMatch(TECHNICAL::contains);
  }
}
