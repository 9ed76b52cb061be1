package io.ghlsync.optmyzr.model;

import io.ghlsync.optmyzr.internal.FieldChecks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The query of the User Data API's Optimization History. Only {@code accountId} is documented; the
 * stored documentation is cut off after it, so {@link Builder#parameter} passes any further query
 * parameter your account manager names. {@code token} cannot be set here.
 */
public final class HistoryFilter {
  private static final Set<String> RESERVED = Set.of("token");

  private final Map<String, String> parameters;

  private HistoryFilter(Map<String, String> parameters) {
    this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }

  /**
   * No filter: the history of every account of the token.
   *
   * @return the filter
   */
  public static HistoryFilter none() {
    return new HistoryFilter(Map.of());
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
   * The query parameters this filter sends.
   *
   * @return parameter name to value, in the order set (unmodifiable); empty for {@link #none()}
   */
  public Map<String, String> parameters() {
    return parameters;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof HistoryFilter f && parameters.equals(f.parameters);
  }

  @Override
  public int hashCode() {
    return parameters.hashCode();
  }

  @Override
  public String toString() {
    return "HistoryFilter" + parameters.keySet();
  }

  /** Builder of {@link HistoryFilter}. */
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
     * Sets an undocumented query parameter.
     *
     * @param name the parameter name; not blank, not {@code token}
     * @param value the value; not blank
     * @return this builder
     * @throws IllegalArgumentException if blank or reserved
     */
    public Builder parameter(String name, String value) {
      FieldChecks.notBlank(name, "parameter name");
      if (RESERVED.contains(name)) {
        throw new IllegalArgumentException(
            "parameter '" + name + "' is set by the client from its credentials; do not pass it");
      }
      parameters.put(name, FieldChecks.notBlank(value, name));
      return this;
    }

    /**
     * Builds the filter.
     *
     * @return the filter
     */
    public HistoryFilter build() {
      return new HistoryFilter(parameters);
    }
  }
}
