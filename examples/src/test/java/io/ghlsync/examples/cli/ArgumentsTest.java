package io.ghlsync.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArgumentsTest {
  private static final Set<String> FLAGS = Set.of("fake");
  private static final Set<String> OPTIONS = Set.of("port", "targets", "dir");

  @Test
  void readsFlagsSeparateAndInlineValues() {
    Arguments a =
        Arguments.parse(
            new String[] {"--fake", "--port", "8081", "--targets=onoffice, optmyzr", "--dir", "x"},
            FLAGS,
            OPTIONS);

    assertThat(a.flag("fake")).isTrue();
    assertThat(a.flag("help")).isFalse();
    assertThat(a.intValue("port", 1, 0, 65_535)).isEqualTo(8081);
    assertThat(a.list("targets")).containsExactly("onoffice", "optmyzr");
    assertThat(a.path("dir")).contains(Path.of("x"));
    assertThat(a.value("missing")).isEmpty();
    assertThat(a.list("missing")).isEmpty();
  }

  @Test
  void helpIsAlwaysKnownInBothSpellings() {
    assertThat(Arguments.parse(new String[] {"-h"}, FLAGS, OPTIONS).flag("help")).isTrue();
    assertThat(Arguments.parse(new String[] {"--help"}, FLAGS, OPTIONS).flag("help")).isTrue();
  }

  @Test
  void absentNumberFallsBackToTheDefault() {
    assertThat(Arguments.parse(new String[0], FLAGS, OPTIONS).intValue("port", 7, 0, 9))
        .isEqualTo(7);
  }

  @Test
  void unknownOptionIsAUsageErrorNamingIt() {
    assertThatThrownBy(() -> Arguments.parse(new String[] {"--prot", "1"}, FLAGS, OPTIONS))
        .isInstanceOfSatisfying(ExampleFailure.class, e -> assertThat(e.exitCode()).isEqualTo(2))
        .hasMessageContaining("unknown option --prot");
  }

  @Test
  void optionWithoutValueIsAUsageError() {
    assertThatThrownBy(() -> Arguments.parse(new String[] {"--port"}, FLAGS, OPTIONS))
        .hasMessageContaining("--port needs a value");
    assertThatThrownBy(() -> Arguments.parse(new String[] {"--port", "--fake"}, FLAGS, OPTIONS))
        .hasMessageContaining("--port needs a value");
    assertThatThrownBy(() -> Arguments.parse(new String[] {"--port= "}, FLAGS, OPTIONS))
        .hasMessageContaining("non-blank");
  }

  @Test
  void flagWithValueAndPositionalArgumentsAreUsageErrors() {
    assertThatThrownBy(() -> Arguments.parse(new String[] {"--fake=yes"}, FLAGS, OPTIONS))
        .hasMessageContaining("--fake takes no value");
    assertThatThrownBy(() -> Arguments.parse(new String[] {"demo"}, FLAGS, OPTIONS))
        .hasMessageContaining("unexpected argument 'demo'");
  }

  @Test
  void numberOutOfRangeOrNotANumberNamesTheRange() {
    Arguments a = Arguments.parse(new String[] {"--port", "70000"}, FLAGS, OPTIONS);
    Arguments b = Arguments.parse(new String[] {"--port", "eighty"}, FLAGS, OPTIONS);

    assertThatThrownBy(() -> a.intValue("port", 1, 0, 65_535))
        .hasMessageContaining("--port must be a whole number from 0 to 65535, got '70000'");
    assertThatThrownBy(() -> b.intValue("port", 1, 0, 65_535)).hasMessageContaining("got 'eighty'");
  }
}
