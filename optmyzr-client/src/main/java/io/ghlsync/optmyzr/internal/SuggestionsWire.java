package io.ghlsync.optmyzr.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The User Data API's {@code OptimizationSuggestions} body: {@code {"entries":[...]}}.
 *
 * @param entries {@code entries}
 */
public record SuggestionsWire(@Nullable List<SuggestionWire> entries) {

  /**
   * One suggestion entry as documented.
   *
   * @param accountId {@code accountId}
   * @param accountName {@code accountName}
   * @param accountType {@code accountType}
   * @param changes {@code changes}
   * @param toolName {@code toolName}
   * @param link {@code link}
   */
  public record SuggestionWire(
      @Nullable String accountId,
      @Nullable String accountName,
      @Nullable String accountType,
      @Nullable Integer changes,
      @Nullable String toolName,
      @Nullable String link) {}
}
