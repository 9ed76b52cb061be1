package io.ghlsync.sync.mapping;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Locale;
import java.util.Optional;

/**
 * Phone numbers in E.164 with Google's libphonenumber: the numbering plan of every country decides
 * whether a number is valid, how a national number (with its trunk prefix, e.g. Italy keeps the
 * leading {@code 0} of {@code 06}) is written internationally, and what type of line it is. So
 * {@code "06 6982 1234"} with default region {@code IT} (or calling code {@code 39}) and {@code
 * "+39 06 6982 1234"} give the one key {@code +390669821234}, and {@code "555-0123"} is never made
 * into a German number (in a country with trunk prefix {@code 0}, a national number without it
 * lacks its area code). A number that is not valid is reported as {@link Result.Invalid}, never
 * changed into another one.
 *
 * <p>A default region is a calling code ({@code "49"}) or an ISO region ({@code "DE"}); {@code ""}
 * accepts international numbers only.
 */
public final class E164 {
  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

  private E164() {}

  /**
   * What a phone number check found.
   *
   * <p>Example: {@code E164.check("06 6982 1234", "IT")} gives {@code Valid[+390669821234,
   * FIXED_LINE]}.
   */
  public sealed interface Result {
    /**
     * The E.164 form, when valid.
     *
     * @return the number, empty when invalid
     */
    Optional<String> e164();

    /**
     * A valid number.
     *
     * @param e164Number the number in E.164, e.g. {@code +390669821234}
     * @param type the kind of line
     */
    record Valid(String e164Number, PhoneType type) implements Result {
      @Override
      public Optional<String> e164() {
        return Optional.of(e164Number);
      }
    }

    /**
     * A value that is not a valid phone number; it is never converted into another number.
     *
     * @param reason why, without the value itself (it is personal data)
     */
    record Invalid(String reason) implements Result {
      @Override
      public Optional<String> e164() {
        return Optional.empty();
      }
    }
  }

  /** The kind of line a valid number belongs to, as the numbering plan says. */
  public enum PhoneType {
    /** A fixed line. */
    FIXED_LINE,
    /** A mobile number. */
    MOBILE,
    /** A number the plan does not tell apart (e.g. in the US). */
    FIXED_LINE_OR_MOBILE,
    /** Toll free. */
    TOLL_FREE,
    /** Premium rate. */
    PREMIUM_RATE,
    /** Internet telephony. */
    VOIP,
    /** Any other valid kind (pager, personal number, shared cost, UAN, voicemail). */
    OTHER,
    /** Written internationally with a length the plan allows, outside the ranges it lists. */
    UNKNOWN
  }

  /**
   * Checks and normalises a number.
   *
   * @param raw the number as entered; extensions ({@code ext. 12}) are dropped
   * @param defaultRegion calling code ({@code "39"}) or ISO region ({@code "IT"}) for national
   *     numbers, or {@code ""} to accept international numbers only
   * @return {@link Result.Valid} with the E.164 form and type, or {@link Result.Invalid}
   */
  public static Result check(String raw, String defaultRegion) {
    String region = region(checkCallingCode(defaultRegion));
    String text = raw.strip();
    if (text.isEmpty()) {
      return new Result.Invalid("empty");
    }
    if (text.startsWith("00")) {
      text = "+" + text.substring(2); // the international prefix of most of the world
    }
    if (text.startsWith("+")) {
      // "+49 (0)241 ..." writes the national trunk prefix for readers; it is not dialled.
      text = text.replace("(0)", "");
    }
    boolean international = text.startsWith("+");
    PhoneNumber number;
    try {
      number = PHONES.parseAndKeepRawInput(text, region.isEmpty() ? "ZZ" : region);
    } catch (NumberParseException e) {
      return new Result.Invalid(
          e.getErrorType() == NumberParseException.ErrorType.INVALID_COUNTRY_CODE
                  && region.isEmpty()
              ? "a national number needs a default region (calling code or ISO region)"
              : "not a phone number (" + e.getErrorType() + ")");
    }
    boolean national =
        number.getCountryCodeSource() == PhoneNumber.CountryCodeSource.FROM_DEFAULT_COUNTRY;
    if (national && "0".equals(PHONES.getNddPrefixForRegion(region, true))) {
      String digits = text.replaceAll("[^0-9]", "");
      String code = String.valueOf(PHONES.getCountryCodeForRegion(region));
      if (!digits.startsWith("0") && digits.startsWith(code)) {
        // The country code written without "+" or "00", e.g. "4924112345".
        Result withPlus = check("+" + digits, "");
        if (withPlus instanceof Result.Valid valid && valid.type() != PhoneType.UNKNOWN) {
          return valid;
        }
      }
      if (!digits.startsWith("0")) {
        // In a trunk-prefix country, "555-0123" is a local number without its area code: giving
        // it the country code would invent another subscriber's number.
        return new Result.Invalid(
            "a national number in " + region + " starts with the trunk prefix 0 and an area code");
      }
    }
    String e164 = PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
    if (PHONES.isValidNumber(number)) {
      return new Result.Valid(e164, type(number));
    }
    // Written internationally, the digits are kept as they are when their length fits the plan
    // (nothing is converted; the plan's metadata may lag new allocations). A number that needed
    // a country code from the default region must be valid, or it would be a guess.
    if (international
        && PHONES.isPossibleNumberWithReason(number)
            == PhoneNumberUtil.ValidationResult.IS_POSSIBLE) {
      return new Result.Valid(e164, PhoneType.UNKNOWN);
    }
    return new Result.Invalid(
        "not a valid number in the numbering plan of +" + number.getCountryCode());
  }

  /**
   * Normalises a number to E.164 (see {@link #check} for the reason when it is not valid).
   *
   * <p>Examples: {@code "0241 123-45"} with {@code "49"} → {@code "+4924112345"}; {@code "+49
   * (0)241 12345"} → {@code "+4924112345"}; {@code "0044 20 7946 0000"} with {@code "44"} → {@code
   * "+442079460000"}.
   *
   * @param raw the number as entered
   * @param defaultCallingCode calling code ({@code "49"}) or ISO region ({@code "DE"}) for national
   *     numbers, or {@code ""} to accept international numbers only
   * @return the E.164 form, empty when the input is not a valid phone number
   */
  public static Optional<String> normalize(String raw, String defaultCallingCode) {
    return check(raw, defaultCallingCode).e164();
  }

  /**
   * Checks a default region.
   *
   * @param code a calling code, e.g. {@code "49"}, an ISO region, e.g. {@code "DE"}, or {@code ""}
   * @return the code
   * @throws IllegalArgumentException when it is neither, or names no known region
   */
  public static String checkCallingCode(String code) {
    boolean digits = code.matches("[1-9][0-9]{0,2}");
    boolean iso = code.matches("[A-Za-z]{2}");
    if (!code.isEmpty() && ((!digits && !iso) || region(code).isEmpty())) {
      throw new IllegalArgumentException(
          "defaultCallingCode must be a calling code without '+' (e.g. \"49\") or an ISO region"
              + " (e.g. \"DE\"): '"
              + code
              + "'");
    }
    return code;
  }

  private static String region(String code) {
    if (code.isEmpty()) {
      return "";
    }
    if (Character.isDigit(code.charAt(0))) {
      String region = PHONES.getRegionCodeForCountryCode(Integer.parseInt(code));
      return "ZZ".equals(region) ? "" : region;
    }
    String region = code.toUpperCase(Locale.ROOT);
    return PHONES.getSupportedRegions().contains(region) ? region : "";
  }

  private static PhoneType type(PhoneNumber number) {
    return switch (PHONES.getNumberType(number)) {
      case FIXED_LINE -> PhoneType.FIXED_LINE;
      case MOBILE -> PhoneType.MOBILE;
      case FIXED_LINE_OR_MOBILE -> PhoneType.FIXED_LINE_OR_MOBILE;
      case TOLL_FREE -> PhoneType.TOLL_FREE;
      case PREMIUM_RATE -> PhoneType.PREMIUM_RATE;
      case VOIP -> PhoneType.VOIP;
      default -> PhoneType.OTHER;
    };
  }
}
