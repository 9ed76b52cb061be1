package io.ghlsync.sync.enrich;

import io.ghlsync.sync.mapping.SourceRecord;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the contact came from, flattened from GHL's {@code source} and first/last-touch
 * attribution.
 *
 * <ul>
 *   <li>{@code leadSource}: the contact's {@code source}, else the first touch's {@code utmSource},
 *       else its {@code medium}.
 *   <li>{@code utmSource}, {@code utmMedium}, {@code utmCampaign}: first touch ({@code utmCampaign}
 *       falls back to {@code campaign}).
 *   <li>{@code lastUtmSource}: last touch's {@code utmSource}.
 *   <li>{@code adClickSource}: {@code google_ads} (gclid or dclid), {@code meta} (fbclid or fbc),
 *       {@code microsoft_ads} (msclkid), from either touch.
 * </ul>
 */
public final class AttributionEnricher implements Enricher {
  private static final String FIRST = "attributionSource.";
  private static final String LAST = "lastAttributionSource.";

  /** Creates the enricher. */
  public AttributionEnricher() {}

  @Override
  public Set<String> fields() {
    return Set.of(
        "leadSource", "utmSource", "utmMedium", "utmCampaign", "lastUtmSource", "adClickSource");
  }

  @Override
  public Map<String, Object> enrich(ContactActivity activity) {
    SourceRecord c = activity.contact();
    Map<String, Object> out = new LinkedHashMap<>();
    SourceValues.text(c, "source")
        .or(() -> SourceValues.text(c, FIRST + "utmSource"))
        .or(() -> SourceValues.text(c, FIRST + "medium"))
        .ifPresent(v -> out.put("leadSource", v));
    SourceValues.text(c, FIRST + "utmSource").ifPresent(v -> out.put("utmSource", v));
    SourceValues.text(c, FIRST + "utmMedium").ifPresent(v -> out.put("utmMedium", v));
    SourceValues.text(c, FIRST + "utmCampaign")
        .or(() -> SourceValues.text(c, FIRST + "campaign"))
        .ifPresent(v -> out.put("utmCampaign", v));
    SourceValues.text(c, LAST + "utmSource").ifPresent(v -> out.put("lastUtmSource", v));
    adClick(c, FIRST).or(() -> adClick(c, LAST)).ifPresent(v -> out.put("adClickSource", v));
    return out;
  }

  private static Optional<String> adClick(SourceRecord c, String touch) {
    if (has(c, touch + "gclid") || has(c, touch + "dclid")) {
      return Optional.of("google_ads");
    }
    if (has(c, touch + "fbclid") || has(c, touch + "fbc")) {
      return Optional.of("meta");
    }
    if (has(c, touch + "msclikid") || has(c, touch + "msclkid")) {
      return Optional.of("microsoft_ads");
    }
    return Optional.empty();
  }

  private static boolean has(SourceRecord c, String path) {
    return SourceValues.text(c, path).isPresent();
  }
}
