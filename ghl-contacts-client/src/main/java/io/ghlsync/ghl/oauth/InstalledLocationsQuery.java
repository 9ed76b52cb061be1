package io.ghlsync.ghl.oauth;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The query of {@code GET /oauth/installedLocations}; builder methods are named like the query
 * parameters.
 *
 * <p>Example: {@code InstalledLocationsQuery.builder(companyId, appId).isInstalled(true)
 * .limit(50).build()}
 */
public final class InstalledLocationsQuery {
  private final String companyId;
  private final Map<String, String> parameters;

  private InstalledLocationsQuery(String companyId, Map<String, String> parameters) {
    this.companyId = companyId;
    this.parameters = Map.copyOf(parameters);
  }

  /**
   * Starts a query.
   *
   * @param companyId the agency's company id (required)
   * @param appId the app id (required)
   * @return a builder
   */
  public static Builder builder(String companyId, String appId) {
    return new Builder(companyId, appId);
  }

  /**
   * The query parameters as sent.
   *
   * @return the parameters by name, unmodifiable
   */
  public Map<String, String> parameters() {
    return parameters;
  }

  /**
   * The company id.
   *
   * @return the agency's company id
   */
  public String companyId() {
    return companyId;
  }

  @Override
  public String toString() {
    return "InstalledLocationsQuery" + parameters;
  }

  /** Builder of {@link InstalledLocationsQuery}. */
  public static final class Builder {
    private final String companyId;
    private final Map<String, String> parameters = new LinkedHashMap<>();

    private Builder(String companyId, String appId) {
      this.companyId = nonBlank(companyId, "companyId");
      parameters.put("companyId", companyId);
      parameters.put("appId", nonBlank(appId, "appId"));
    }

    /**
     * Number of locations to skip (default 0).
     *
     * @param value zero or more
     * @return this builder
     */
    public Builder skip(int value) {
      if (value < 0) {
        throw new IllegalArgumentException("skip must not be negative");
      }
      parameters.put("skip", Integer.toString(value));
      return this;
    }

    /**
     * Page size (default 20).
     *
     * @param value one or more
     * @return this builder
     */
    public Builder limit(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("limit must be at least 1");
      }
      parameters.put("limit", Integer.toString(value));
      return this;
    }

    /**
     * Searches locations by name.
     *
     * @param value the text to search for
     * @return this builder
     */
    public Builder query(String value) {
      parameters.put("query", nonBlank(value, "query"));
      return this;
    }

    /**
     * Only locations where the app is (or is not) installed.
     *
     * @param value the filter
     * @return this builder
     */
    public Builder isInstalled(boolean value) {
      parameters.put("isInstalled", Boolean.toString(value));
      return this;
    }

    /**
     * Only locations on this app version.
     *
     * @param value the version id
     * @return this builder
     */
    public Builder versionId(String value) {
      parameters.put("versionId", nonBlank(value, "versionId"));
      return this;
    }

    /**
     * Only locations on (or not on) a trial.
     *
     * @param value the filter
     * @return this builder
     */
    public Builder onTrial(boolean value) {
      parameters.put("onTrial", Boolean.toString(value));
      return this;
    }

    /**
     * Only locations on this plan.
     *
     * @param value the plan id
     * @return this builder
     */
    public Builder planId(String value) {
      parameters.put("planId", nonBlank(value, "planId"));
      return this;
    }

    /**
     * Only this location.
     *
     * @param value the location id
     * @return this builder
     */
    public Builder locationId(String value) {
      parameters.put("locationId", nonBlank(value, "locationId"));
      return this;
    }

    /**
     * Builds the query.
     *
     * @return the query
     */
    public InstalledLocationsQuery build() {
      return new InstalledLocationsQuery(companyId, parameters);
    }

    private static String nonBlank(String value, String field) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(field + " must not be blank");
      }
      return value;
    }
  }
}
