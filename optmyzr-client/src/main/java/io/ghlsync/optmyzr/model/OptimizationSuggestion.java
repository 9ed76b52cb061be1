package io.ghlsync.optmyzr.model;

import io.ghlsync.core.RedactedString;
import java.util.Objects;

/**
 * One entry of the User Data API's {@code OptimizationSuggestions}: how many suggested changes a
 * tool has for an ad account. Text the service omits is returned as an empty string.
 *
 * @param accountId {@code accountId}
 * @param accountName {@code accountName}
 * @param accountType {@code accountType}, e.g. {@code AdWords} or {@code Bing Ads}
 * @param changes {@code changes}: the number of suggested changes
 * @param toolName {@code toolName}: the Optmyzr tool that suggests them
 * @param link {@code link}: where to review them in Optmyzr
 */
public record OptimizationSuggestion(
    String accountId,
    String accountName,
    String accountType,
    int changes,
    String toolName,
    String link) {

  /**
   * Requires non-null text (use empty strings for absent values).
   *
   * @param accountId {@code accountId}
   * @param accountName {@code accountName}
   * @param accountType {@code accountType}, e.g. {@code AdWords} or {@code Bing Ads}
   * @param changes {@code changes}: the number of suggested changes
   * @param toolName {@code toolName}: the Optmyzr tool that suggests them
   * @param link {@code link}: where to review them in Optmyzr
   */
  public OptimizationSuggestion {
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(accountName, "accountName");
    Objects.requireNonNull(accountType, "accountType");
    Objects.requireNonNull(toolName, "toolName");
    Objects.requireNonNull(link, "link");
  }

  /** Shows the account id, type and count; names and links are left out. */
  @Override
  public String toString() {
    return RedactedString.of("OptimizationSuggestion")
        .with("accountId", accountId)
        .with("accountType", accountType)
        .with("changes", changes)
        .hidden("accountName", "toolName", "link")
        .toString();
  }
}
