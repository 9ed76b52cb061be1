package io.ghlsync.optmyzr.model;

import io.ghlsync.optmyzr.internal.FieldChecks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The optional filters of the User Data API's {@code OptimizationSuggestions}, each a query
 * parameter: {@code accountId}, {@code accountType} ({@code AdWords} or {@code Bing Ads}), {@code
 * toolName} and {@code emailId} (a child user's e-mail).
 *
 * <p>Example: {@code SuggestionFilter.builder().accountType("AdWords").build()}
 */
public final class SuggestionFilter {
  private final Map<String, String> parameters;

  private SuggestionFilter(Map<String, String> parameters) {
    this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }

  /**
   * No filter: every suggestion the token may see.
   *
   * @return the filter
   */
  public static SuggestionFilter none() {
    return new SuggestionFilter(Map.of());
  }

  /**
   * Starts a filter.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The query parameters this filter sends, by documented name.
   *
   * @return parameter name to value, in the order set (unmodifiable); empty for {@link #none()}
   */
  public Map<String, String> parameters() {
    return parameters;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SuggestionFilter f && parameters.equals(f.parameters);
  }

  @Override
  public int hashCode() {
    return parameters.hashCode();
  }

  @Override
  public String toString() {
    return "SuggestionFilter" + parameters.keySet();
  }

  /** Builder of {@link SuggestionFilter}; each method sets the query parameter of its name. */
  public static final class Builder {
    private final Map<String, String> parameters = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets {@code accountId}.
     *
     * @param value the ad account id; not blank
     * @return this builder
     */
    public Builder accountId(String value) {
      parameters.put("accountId", FieldChecks.notBlank(value, "accountId"));
      return this;
    }

    /**
     * Sets {@code accountType}.
     *
     * @param value {@code AdWords} or {@code Bing Ads}; not blank
     * @return this builder
     */
    public Builder accountType(String value) {
      parameters.put("accountType", FieldChecks.notBlank(value, "accountType"));
      return this;
    }

    /**
     * Sets {@code toolName}.
     *
     * @param value the Optmyzr tool; not blank
     * @return this builder
     */
    public Builder toolName(String value) {
      parameters.put("toolName", FieldChecks.notBlank(value, "toolName"));
      return this;
    }

    /**
     * Sets {@code emailId}: only the suggestions of this child user.
     *
     * @param value the child user's e-mail address
     * @return this builder
     */
    public Builder emailId(String value) {
      parameters.put("emailId", FieldChecks.email(value, "emailId"));
      return this;
    }

    /**
     * Builds the filter.
     *
     * @return the filter
     */
    public SuggestionFilter build() {
      return new SuggestionFilter(parameters);
    }
  }
}
