package io.ghlsync.onoffice.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.core.internal.Redaction;
import io.ghlsync.testkit.ToStringProbe;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModelToStringTest {
  /** Shown on purpose: an outcome's value is printed by its own (redacting) toString. */
  private static final Set<String> TECHNICAL = Set.of("Succeeded.value");

  @ParameterizedTest
  @ValueSource(strings = {"io.ghlsync.onoffice.model", "io.ghlsync.onoffice"})
  void noModelToStringShowsPersonalData(String pkg) {
    ToStringProbe.Report report = ToStringProbe.scan(pkg, Redaction::isHarmless);

    assertThat(report.probed()).isNotEmpty();
    assertThat(report.leaks()).allMatch(TECHNICAL::contains);
  }
}
