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
    assertThat(E164.normalize("2015550123", "1")).contains("+12015550123");
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
  void bothFormsOfARomeNumberGiveOneKey() {
    assertThat(E164.normalize("06 6982 1234", "39")).contains("+390669821234");
    assertThat(E164.normalize("06 6982 1234", "IT")).contains("+390669821234");
    assertThat(E164.normalize("+39 06 6982 1234", "")).contains("+390669821234");
    assertThat(E164.normalize("+39 06 6982 1234", "49")).contains("+390669821234");
    assertThat(E164.check("06 6982 1234", "IT"))
        .isEqualTo(new E164.Result.Valid("+390669821234", E164.PhoneType.FIXED_LINE));
  }

  @Test
  void aLocalNumberWithoutAreaCodeIsNotMadeIntoAGermanNumber() {
    E164.Result result = E164.check("555-0123", "49");

    assertThat(result).isInstanceOf(E164.Result.Invalid.class);
    assertThat(((E164.Result.Invalid) result).reason())
        .contains("trunk prefix 0")
        .doesNotContain("555");
    assertThat(E164.normalize("555-0123", "DE")).isEmpty();
  }

  @Test
  void invalidNumbersAreReportedWithAReasonAndNeverConverted() {
    assertThat(E164.check("5550109999", "1")).isInstanceOf(E164.Result.Invalid.class);
    assertThat(E164.check("0241 12345", "")).isInstanceOf(E164.Result.Invalid.class);
    assertThat(((E164.Result.Invalid) E164.check("0241 12345", "")).reason())
        .contains("needs a default region");
    assertThat(E164.check("+1 555 01", "")).isInstanceOf(E164.Result.Invalid.class);
  }

  @Test
  void tellsTheLineType() {
    assertThat(E164.check("+49 151 12345678", ""))
        .isEqualTo(new E164.Result.Valid("+4915112345678", E164.PhoneType.MOBILE));
    assertThat(E164.check("+1 (555) 010-9999", ""))
        .isEqualTo(new E164.Result.Valid("+15550109999", E164.PhoneType.UNKNOWN));
  }

  @Test
  void validatesCallingCode() {
    assertThat(E164.checkCallingCode("49")).isEqualTo("49");
    assertThat(E164.checkCallingCode("DE")).isEqualTo("DE");
    assertThatThrownBy(() -> E164.checkCallingCode("+49"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("defaultCallingCode");
    assertThatThrownBy(() -> E164.checkCallingCode("XX"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ISO region");
  }
}
