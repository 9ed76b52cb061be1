package io.ghlsync.onoffice.model;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A new agents-log entry ({@code create agentslog}): top-level parameters, no {@code data} wrapper.
 * One entry is created per address in {@code addressids}. Valid {@code actionkind} / {@code
 * actiontype} pairs are customer-specific ({@code get actionkindtypes}).
 *
 * <p>Example: {@code NewActivity.builder().addressids(List.of(32L)).actionkind("Email")
 * .actiontype("Ausgang").note("Contract sent").build()}
 */
public final class NewActivity {
  private final Map<String, Object> parameters;

  private NewActivity(Map<String, Object> parameters) {
    this.parameters = Collections.unmodifiableMap(parameters);
  }

  /**
   * Starts a new entry.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The parameters as sent, sorted by name.
   *
   * @return the parameters (unmodifiable)
   */
  public Map<String, Object> toParameters() {
    return parameters;
  }

  @Override
  public String toString() {
    return "NewActivity" + parameters.keySet();
  }

  /** Builder of a {@link NewActivity}; method names follow the JSON parameters. */
  public static final class Builder {
    private final Map<String, Object> p = new TreeMap<>();

    private Builder() {}

    /**
     * Sets {@code addressids} (note: reads use {@code addressid}).
     *
     * @param ids 1 to 500 address ids
     * @return this builder
     */
    public Builder addressids(Collection<Long> ids) {
      p.put("addressids", Limits.ids("addressids", ids));
      return this;
    }

    /**
     * Sets {@code estateid}.
     *
     * @param id the estate id
     * @return this builder
     */
    public Builder estateid(long id) {
      p.put("estateid", Limits.id("estateid", id));
      return this;
    }

    /**
     * Sets {@code taskid}.
     *
     * @param id the task id
     * @return this builder
     */
    public Builder taskid(long id) {
      p.put("taskid", Limits.id("taskid", id));
      return this;
    }

    /**
     * Sets {@code actionkind} (Aktionsart), e.g. {@code Email}, {@code Telefonat}.
     *
     * @param value the kind
     * @return this builder
     */
    public Builder actionkind(String value) {
      return text("actionkind", value);
    }

    /**
     * Sets {@code actiontype} (Aktionstyp), e.g. {@code Ausgang}.
     *
     * @param value the type
     * @return this builder
     */
    public Builder actiontype(String value) {
      return text("actiontype", value);
    }

    /**
     * Sets {@code note} (Bemerkung).
     *
     * @param value the note text
     * @return this builder
     */
    public Builder note(String value) {
      return text("note", value);
    }

    /**
     * Sets {@code datetime} (default: now, on the server).
     *
     * @param value the entry's date-time in onOffice's local time
     * @return this builder
     */
    public Builder datetime(LocalDateTime value) {
      if (value == null) {
        throw new IllegalArgumentException("datetime must not be null");
      }
      p.put("datetime", io.ghlsync.onoffice.internal.JsonValues.DATE_TIME.format(value));
      return this;
    }

    /**
     * Sets {@code userid} (the responsible user; default: the API user).
     *
     * @param id the user id
     * @return this builder
     */
    public Builder userid(long id) {
      p.put("userid", Limits.id("userid", id));
      return this;
    }

    /**
     * Sets {@code origincontact}.
     *
     * @param value the origin key
     * @return this builder
     */
    public Builder origincontact(String value) {
      return text("origincontact", value);
    }

    /**
     * Sets {@code duration} in seconds.
     *
     * @param seconds 0 or more
     * @return this builder
     */
    public Builder duration(long seconds) {
      if (seconds < 0) {
        throw new IllegalArgumentException("duration must not be negative, was " + seconds);
      }
      p.put("duration", seconds);
      return this;
    }

    private Builder text(String name, String value) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(name + " must not be blank");
      }
      p.put(name, value);
      return this;
    }

    /**
     * Builds the entry.
     *
     * @return the entry
     * @throws IllegalArgumentException if neither {@code addressids} nor {@code estateid} is set
     */
    public NewActivity build() {
      if (!p.containsKey("addressids") && !p.containsKey("estateid")) {
        throw new IllegalArgumentException("addressids or estateid must be set");
      }
      return new NewActivity(new TreeMap<>(p));
    }
  }
}
