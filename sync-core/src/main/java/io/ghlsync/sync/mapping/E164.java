package io.ghlsync.sync.mapping;

import java.util.Locale;
import java.util.Optional;

/**
 * Normalises phone numbers to E.164 ({@code +} and 7 to 15 digits) without a numbering-plan
 * database: separators are removed, {@code 00} becomes {@code +}, an optional trunk {@code (0)}
 * after the country code is dropped, and national numbers (leading {@code 0}) get a default calling
 * code when one is given. It does not check that a number exists.
 */
public final class E164 {
  private static final int MIN_DIGITS = 7;
  private static final int MAX_DIGITS = 15;

  private E164() {}

  /**
   * Normalises a number.
   *
   * <p>Examples with default calling code {@code 49}: {@code "0241 123-45"} → {@code
   * "+4924112345"}, {@code "+49 (0)241 12345"} → {@code "+4924112345"}, {@code "0044 20 7946 0000"}
   * → {@code "+442079460000"}.
   *
   * @param raw the number as entered
   * @param defaultCallingCode the country calling code for national numbers, e.g. {@code "49"}, or
   *     {@code ""} to accept international numbers only
   * @return the E.164 form, empty when the input is not a plausible phone number
   */
  public static Optional<String> normalize(String raw, String defaultCallingCode) {
    String s = raw.strip().toLowerCase(Locale.ROOT);
    int ext = indexOfExtension(s);
    if (ext >= 0) {
      s = s.substring(0, ext).strip();
    }
    if (s.isEmpty() || !s.matches("[+0-9 ()./\\-]+") || s.lastIndexOf('+') > 0) {
      return Optional.empty();
    }
    boolean international = s.startsWith("+");
    String digits;
    if (international) {
      digits = s.replace("(0)", "").replaceAll("[^0-9]", "");
    } else {
      digits = s.replaceAll("[^0-9]", "");
      if (digits.startsWith("00")) {
        digits = digits.substring(2);
      } else if (!defaultCallingCode.isEmpty() && digits.startsWith("0")) {
        digits = defaultCallingCode + digits.substring(1);
      } else if (!defaultCallingCode.isEmpty()
          && !digits.startsWith(defaultCallingCode)
          && digits.length() <= MAX_DIGITS - defaultCallingCode.length()) {
        digits = defaultCallingCode + digits;
      } else if (defaultCallingCode.isEmpty()) {
        return Optional.empty();
      }
    }
    if (digits.length() < MIN_DIGITS || digits.length() > MAX_DIGITS || digits.startsWith("0")) {
      return Optional.empty();
    }
    return Optional.of("+" + digits);
  }

  /**
   * Checks a default calling code.
   *
   * @param code the code, e.g. {@code "49"}, or {@code ""}
   * @return the code
   * @throws IllegalArgumentException when it is not 1 to 3 digits without a leading zero
   */
  public static String checkCallingCode(String code) {
    if (!code.isEmpty() && !code.matches("[1-9][0-9]{0,2}")) {
      throw new IllegalArgumentException(
          "defaultCallingCode must be 1-3 digits without '+' or leading zero, e.g. \"49\": '"
              + code
              + "'");
    }
    return code;
  }

  private static int indexOfExtension(String s) {
    for (String marker : new String[] {"ext.", "ext", "x", "#"}) {
      int i = s.indexOf(marker);
      if (i > 0) {
        return i;
      }
    }
    return -1;
  }
}
