package io.ghlsync.sync.enrich;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The primary phone's validity, type and region, by libphonenumber.
 *
 * <ul>
 *   <li>{@code phoneValid}: a valid number for its region.
 *   <li>{@code phoneE164}: the number in E.164 (valid numbers only).
 *   <li>{@code phoneType}: {@code mobile}, {@code fixed_line}, {@code fixed_line_or_mobile}, {@code
 *       toll_free}, {@code voip}, ... (valid numbers only).
 *   <li>{@code phoneRegion}: ISO 3166 region, e.g. {@code DE} (valid numbers only).
 *   <li>{@code phoneForeign}: the region differs from the default region (valid numbers only).
 * </ul>
 *
 * National numbers (without {@code +}) are read in the default region.
 */
public final class PhoneEnricher implements Enricher {
  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
  private final String defaultRegion;

  /**
   * Creates the enricher.
   *
   * @param defaultRegion ISO 3166 region for national numbers, e.g. {@code DE}
   */
  public PhoneEnricher(String defaultRegion) {
    String region = defaultRegion.strip().toUpperCase(Locale.ROOT);
    if (!PHONES.getSupportedRegions().contains(region)) {
      throw new IllegalArgumentException(
          "defaultRegion '"
              + defaultRegion
              + "' is not an ISO 3166 region libphonenumber knows;"
              + " use e.g. DE, US or GB");
    }
    this.defaultRegion = region;
  }

  @Override
  public Set<String> fields() {
    return Set.of("phoneValid", "phoneE164", "phoneType", "phoneRegion", "phoneForeign");
  }

  @Override
  public Map<String, Object> enrich(ContactActivity activity) {
    Map<String, Object> out = new LinkedHashMap<>();
    Optional<String> raw = SourceValues.text(activity.contact(), "phone");
    if (raw.isEmpty()) {
      return out;
    }
    Optional<PhoneNumber> number = parse(raw.get());
    boolean valid = number.isPresent() && PHONES.isValidNumber(number.get());
    out.put("phoneValid", valid);
    if (valid) {
      PhoneNumber n = number.get();
      String region = PHONES.getRegionCodeForNumber(n);
      out.put("phoneE164", PHONES.format(n, PhoneNumberUtil.PhoneNumberFormat.E164));
      out.put("phoneType", PHONES.getNumberType(n).name().toLowerCase(Locale.ROOT));
      if (region != null) {
        out.put("phoneRegion", region);
        out.put("phoneForeign", !region.equals(defaultRegion));
      }
    }
    return out;
  }

  private Optional<PhoneNumber> parse(String raw) {
    try {
      return Optional.of(PHONES.parse(raw, defaultRegion));
    } catch (NumberParseException notANumber) {
      return Optional.empty();
    }
  }
}
