package io.ghlsync.optmyzr.internal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Input checks applied before anything is sent. Every failure is an {@link
 * IllegalArgumentException} that names the field and the fix; values that are personal data (e-mail
 * addresses, phone numbers) are never echoed in the message.
 */
public final class FieldChecks {
  /** Smallest page size the contract accepts. */
  public static final int MIN_LIMIT = 1;

  /** Largest page size the contract accepts. */
  public static final int MAX_LIMIT = 100;

  private static final Pattern EMAIL =
      Pattern.compile(
          "^[^@\\s\"(),:;<>\\[\\]\\\\]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
              + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}$");
  private static final Pattern E164 = Pattern.compile("^\\+[1-9][0-9]{6,14}$");
  private static final Pattern PHONE_PUNCTUATION = Pattern.compile("[\\s().\\-/]");

  private FieldChecks() {}

  /**
   * Requires a non-blank value such as an id.
   *
   * @param value the value
   * @param field the field name for the message
   * @return the value
   * @throws IllegalArgumentException if null or blank
   */
  public static String notBlank(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return value;
  }

  /**
   * Requires a plausible e-mail address ({@code local@domain.tld}).
   *
   * @param value the address
   * @param field the field name for the message
   * @return the address, trimmed
   * @throws IllegalArgumentException if it is not an e-mail address
   */
  public static String email(String value, String field) {
    String trimmed = notBlank(value, field).trim();
    if (!EMAIL.matcher(trimmed).matches()) {
      throw new IllegalArgumentException(
          field + " is not a valid e-mail address; expected the form name@example.com");
    }
    return trimmed;
  }

  /**
   * Normalises a phone number to E.164: removes spaces, dots, dashes, slashes and parentheses, and
   * turns a leading {@code 00} into {@code +}. The result must be {@code +} and 7 to 15 digits;
   * numbers without a country code are refused rather than guessed.
   *
   * @param value the number as entered
   * @param field the field name for the message
   * @return the E.164 number
   * @throws IllegalArgumentException if the result is not E.164
   */
  public static String phone(String value, String field) {
    String compact = PHONE_PUNCTUATION.matcher(notBlank(value, field)).replaceAll("");
    if (compact.startsWith("00")) {
      compact = "+" + compact.substring(2);
    }
    if (!E164.matcher(compact).matches()) {
      throw new IllegalArgumentException(
          field
              + " must be an E.164 number with country code, such as +4915112345678, after"
              + " removing spaces and punctuation");
    }
    return compact;
  }

  /**
   * Requires a page size within {@value #MIN_LIMIT}..{@value #MAX_LIMIT}.
   *
   * @param value the page size
   * @return the page size
   * @throws IllegalArgumentException if out of range
   */
  public static int limit(int value) {
    if (value < MIN_LIMIT || value > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "limit must be between " + MIN_LIMIT + " and " + MAX_LIMIT + ", was " + value);
    }
    return value;
  }

  /**
   * Requires every element to be non-blank.
   *
   * @param values the values
   * @param field the field name for the message
   * @return an immutable copy
   * @throws IllegalArgumentException if an element is null or blank
   */
  public static List<String> notBlankEach(List<String> values, String field) {
    if (values == null) {
      throw new IllegalArgumentException(field + " must not be null; pass an empty list instead");
    }
    for (int i = 0; i < values.size(); i++) {
      notBlank(values.get(i), field + "[" + i + "]");
    }
    return List.copyOf(values);
  }
}
