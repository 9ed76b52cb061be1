package io.ghlsync.ghl.webhook;

import io.ghlsync.core.RedactedString;
import java.util.Objects;

/**
 * The body of an {@code INSTALL} or {@code UNINSTALL} event (sent to the app's default webhook URL
 * only). Field set per the official Node SDK's interface; GHL publishes no example payload, so
 * every field is optional: text fields the payload omits are empty strings, {@code
 * isWhitelabelCompany} is false, and {@code whitelabelDetails}/{@code trial} are {@link
 * JsonValue.JsonNull} (their shape is undocumented).
 *
 * @param appId the marketplace app id
 * @param versionId the app version id
 * @param installType e.g. {@code Location} or {@code Company}
 * @param companyId the agency (company) id
 * @param userId the installing user
 * @param companyName the agency name
 * @param isWhitelabelCompany whether the agency is white-labelled
 * @param whitelabelDetails white-label details, as sent
 * @param planId the plan id
 * @param trial trial details, as sent
 */
public record AppInstallation(
    String appId,
    String versionId,
    String installType,
    String companyId,
    String userId,
    String companyName,
    boolean isWhitelabelCompany,
    JsonValue whitelabelDetails,
    String planId,
    JsonValue trial) {

  /**
   * Validates the components.
   *
   * @param appId the marketplace app id
   * @param versionId the app version id
   * @param installType e.g. {@code Location} or {@code Company}
   * @param companyId the agency (company) id
   * @param userId the installing user
   * @param companyName the agency name
   * @param isWhitelabelCompany whether the agency is white-labelled
   * @param whitelabelDetails white-label details, as sent
   * @param planId the plan id
   * @param trial trial details, as sent
   */
  public AppInstallation {
    Objects.requireNonNull(appId, "appId");
    Objects.requireNonNull(companyId, "companyId");
    Objects.requireNonNull(whitelabelDetails, "whitelabelDetails");
    Objects.requireNonNull(trial, "trial");
  }

  /** Shows ids, dates and status only; personal data and free text are redacted. */
  @Override
  public String toString() {
    return RedactedString.of("AppInstallation")
        .with("appId", appId)
        .with("versionId", versionId)
        .with("installType", installType)
        .with("companyId", companyId)
        .with("userId", userId)
        .with("planId", planId)
        .with("isWhitelabelCompany", isWhitelabelCompany)
        .hidden("companyName", "whitelabelDetails", "trial")
        .toString();
  }
}
