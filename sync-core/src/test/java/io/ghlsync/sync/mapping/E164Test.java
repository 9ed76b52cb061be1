package io.ghlsync.sync.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class E164Test {
  @Test
  void keepsInternationalNumbersAndDropsSeparatorsAndTrunkZero() {
    assertThat(E164.normalize("+49 (0)241 123-45", "")).contains("+4924112345");
    assertThat(E164.normalize("+1 (555) 010-9999", "49")).contains("+15550109999");
  }

  @Test
  void turnsDoubleZeroIntoPlus() {
    assertThat(E164.normalize("0044 20 7946 0000", "")).contains("+442079460000");
  }

  @Test
  void addsDefaultCallingCodeToNationalNumbers() {
    assertThat(E164.normalize("0241 12345", "49")).contains("+4924112345");
    assertThat(E164.normalize("5550109999", "1")).contains("+15550109999");
    assertThat(E164.normalize("4924112345", "49")).contains("+4924112345");
  }

  @Test
  void dropsExtensions() {
    assertThat(E164.normalize("+49 241 12345 ext. 12", "")).contains("+4924112345");
  }

  @Test
  void rejectsWhatIsNotAPhoneNumber() {
    assertThat(E164.normalize("call me", "49")).isEmpty();
    assertThat(E164.normalize("0241 12345", "")).isEmpty();
    assertThat(E164.normalize("+12", "")).isEmpty();
    assertThat(E164.normalize("+1234567890123456", "")).isEmpty();
    assertThat(E164.normalize("12+34", "49")).isEmpty();
    assertThat(E164.normalize("", "49")).isEmpty();
  }

  @Test
  void validatesCallingCode() {
    assertThat(E164.checkCallingCode("49")).isEqualTo("49");
    assertThatThrownBy(() -> E164.checkCallingCode("+49"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("defaultCallingCode");
  }
}
