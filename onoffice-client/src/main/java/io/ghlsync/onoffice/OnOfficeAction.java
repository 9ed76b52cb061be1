package io.ghlsync.onoffice;

import io.ghlsync.onoffice.internal.JsonValues;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One unsigned onOffice action: what to do (the action URN), on which module (resource type) and
 * record (resource id), a free identifier echoed back in the result, and the parameters. The
 * timestamp and HMAC are added when the action is sent, freshly for every attempt.
 *
 * <p>Parameters are kept sorted by key (top level), as the onOffice docs ask. Example: {@code
 * OnOfficeAction.builder(ActionType.GET, "fields").parameter("modules", List.of("address"))
 * .build()}
 *
 * @param type the action kind
 * @param resourceType the module, e.g. {@code address}, {@code task}, {@code agentslog}
 * @param resourceId the record id, a module name for get-search, or empty
 * @param identifier a free label echoed in the result, or {@code ""}
 * @param parameters the parameters, sorted by key
 */
public record OnOfficeAction(
    ActionType type,
    String resourceType,
    String resourceId,
    String identifier,
    SortedMap<String, Object> parameters) {

  /**
   * Validates and copies the action.
   *
   * @param type the action kind
   * @param resourceType the module, e.g. {@code address}, {@code task}, {@code agentslog}
   * @param resourceId the record id, a module name for get-search, or empty
   * @param identifier a free label echoed in the result, or {@code ""}
   * @param parameters the parameters; copied and sorted by key
   * @throws IllegalArgumentException naming the field that is blank, null or unsupported
   */
  public OnOfficeAction {
    if (type == null) {
      throw new IllegalArgumentException("actionid must not be null");
    }
    if (resourceType == null || resourceType.isBlank()) {
      throw new IllegalArgumentException("resourcetype must not be blank");
    }
    if (resourceId == null) {
      throw new IllegalArgumentException("resourceid must not be null; use \"\" for none");
    }
    if (identifier == null) {
      throw new IllegalArgumentException("identifier must not be null; use \"\" for none");
    }
    if (parameters == null) {
      throw new IllegalArgumentException("parameters must not be null; use an empty map");
    }
    SortedMap<String, Object> copy = new TreeMap<>();
    for (Map.Entry<String, Object> e : parameters.entrySet()) {
      if (e.getKey() == null || e.getKey().isBlank()) {
        throw new IllegalArgumentException("parameters must not contain a blank name");
      }
      copy.put(e.getKey(), JsonValues.normalize(e.getValue(), "parameters." + e.getKey()));
    }
    parameters = Collections.unmodifiableSortedMap(copy);
  }

  /**
   * Starts an action.
   *
   * @param type the action kind
   * @param resourceType the module, e.g. {@code address}
   * @return a builder
   */
  public static Builder builder(ActionType type, String resourceType) {
    return new Builder(type, resourceType);
  }

  /**
   * The label used in error messages, e.g. {@code "onOffice read address"}.
   *
   * @return {@code "onOffice"}, the action kind, the resource type and the resource id if any
   */
  public String describe() {
    return "onOffice "
        + type.name().toLowerCase(java.util.Locale.ROOT)
        + " "
        + resourceType
        + (resourceId.isEmpty() ? "" : " " + resourceId);
  }

  /** Shows the action and the names of its parameters; their values may be personal data. */
  @Override
  public String toString() {
    return describe() + " " + parameters.keySet();
  }

  /** Builder of an {@link OnOfficeAction}; names follow the JSON fields. */
  public static final class Builder {
    private final ActionType type;
    private final String resourceType;
    private String resourceId = "";
    private String identifier = "";
    private final SortedMap<String, Object> parameters = new TreeMap<>();

    private Builder(ActionType type, String resourceType) {
      this.type = type;
      this.resourceType = resourceType;
    }

    /**
     * Sets {@code resourceid}.
     *
     * @param value the record id or module name; {@code ""} for none
     * @return this builder
     */
    public Builder resourceid(String value) {
      this.resourceId = value;
      return this;
    }

    /**
     * Sets {@code identifier}, a label onOffice echoes back in the result.
     *
     * @param value the label
     * @return this builder
     */
    public Builder identifier(String value) {
      this.identifier = value;
      return this;
    }

    /**
     * Sets one parameter.
     *
     * @param name the parameter name
     * @param value a String, Number, Boolean, date, List or Map
     * @return this builder
     */
    public Builder parameter(String name, Object value) {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("parameter name must not be blank");
      }
      parameters.put(name, JsonValues.normalize(value, "parameters." + name));
      return this;
    }

    /**
     * Sets several parameters.
     *
     * @param values the parameters by name
     * @return this builder
     */
    public Builder parameters(Map<String, ?> values) {
      values.forEach(this::parameter);
      return this;
    }

    /**
     * Builds the action.
     *
     * @return the validated action
     */
    public OnOfficeAction build() {
      return new OnOfficeAction(type, resourceType, resourceId, identifier, parameters);
    }
  }
}
