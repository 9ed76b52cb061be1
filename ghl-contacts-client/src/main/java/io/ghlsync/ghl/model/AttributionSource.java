package io.ghlsync.ghl.model;

import io.ghlsync.core.RedactedString;
import java.util.Optional;

/**
 * Where a contact came from (first or last touch), as GHL records it.
 *
 * @param url the page or trigger the contact came from
 * @param campaign campaign name
 * @param utmSource utm_source
 * @param utmMedium utm_medium
 * @param utmContent utm_content
 * @param referrer referrer URL
 * @param campaignId campaign id
 * @param fbclid Facebook click id
 * @param gclid Google click id
 * @param msclikid Microsoft click id (GHL's spelling)
 * @param dclid display click id
 * @param fbc Facebook browser cookie
 * @param fbp Facebook pixel cookie
 * @param fbEventId Facebook event id
 * @param userAgent browser user agent
 * @param ip IP address
 * @param medium medium, e.g. survey
 * @param mediumId id of the medium
 */
public record AttributionSource(
    Optional<String> url,
    Optional<String> campaign,
    Optional<String> utmSource,
    Optional<String> utmMedium,
    Optional<String> utmContent,
    Optional<String> referrer,
    Optional<String> campaignId,
    Optional<String> fbclid,
    Optional<String> gclid,
    Optional<String> msclikid,
    Optional<String> dclid,
    Optional<String> fbc,
    Optional<String> fbp,
    Optional<String> fbEventId,
    Optional<String> userAgent,
    Optional<String> ip,
    Optional<String> medium,
    Optional<String> mediumId) {

  /** Shows ids, dates and status only; personal data and free text are redacted. */
  @Override
  public String toString() {
    return RedactedString.of("AttributionSource")
        .with("campaignId", campaignId)
        .with("fbEventId", fbEventId)
        .with("mediumId", mediumId)
        .hidden(
            "url",
            "campaign",
            "utmSource",
            "utmMedium",
            "utmContent",
            "referrer",
            "click ids",
            "userAgent",
            "ip",
            "medium")
        .toString();
  }
}
