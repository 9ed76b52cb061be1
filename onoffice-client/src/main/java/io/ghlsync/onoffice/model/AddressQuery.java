package io.ghlsync.onoffice.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of an address read ({@code read address}): fields, filter or record ids, paging and
 * sorting. Builder methods are named like the JSON parameters.
 *
 * <p>Example: {@code AddressQuery.builder().data("Vorname", "Name").filter(Filter.where("email",
 * FilterOperator.EQ, "max@example.de")).listlimit(100).build()}
 */
public final class AddressQuery {
  /** {@code listlimit} used when none is set. */
  public static final int DEFAULT_LISTLIMIT = 100;

  private final List<String> data;
  private final Filter filter;
  private final List<Long> recordids;
  private final @Nullable Long filterid;
  private final int listlimit;
  private final int listoffset;
  private final @Nullable String sortby;
  private final @Nullable SortOrder sortorder;
  private final @Nullable Boolean formatoutput;
  private final @Nullable String outputlanguage;

  private AddressQuery(Builder b) {
    this.data = List.copyOf(b.data);
    this.filter = b.filter;
    this.recordids = List.copyOf(b.recordids);
    this.filterid = b.filterid;
    this.listlimit = b.listlimit;
    this.listoffset = b.listoffset;
    this.sortby = b.sortby;
    this.sortorder = b.sortorder;
    this.formatoutput = b.formatoutput;
    this.outputlanguage = b.outputlanguage;
  }

  /**
   * Starts a query (reads {@link AddressFields#DEFAULT} unless {@code data} is set).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder pre-filled with this query.
   *
   * @return a new builder holding this query's parameters
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.data.addAll(data);
    b.filter = filter;
    b.recordids.addAll(recordids);
    b.filterid = filterid;
    b.listlimit = listlimit;
    b.listoffset = listoffset;
    b.sortby = sortby;
    b.sortorder = sortorder;
    b.formatoutput = formatoutput;
    b.outputlanguage = outputlanguage;
    return b;
  }

  /**
   * {@code listlimit}: records per page.
   *
   * @return the page size (default {@value #DEFAULT_LISTLIMIT})
   */
  public int listlimit() {
    return listlimit;
  }

  /**
   * {@code listoffset}: 0-based offset of the first record.
   *
   * @return the offset (default 0)
   */
  public int listoffset() {
    return listoffset;
  }

  /**
   * The parameters as sent, sorted by name.
   *
   * @return a new map of parameter name to value
   */
  public Map<String, Object> toParameters() {
    Map<String, Object> p = new TreeMap<>();
    p.put("data", data.isEmpty() ? AddressFields.DEFAULT : data);
    if (!filter.isEmpty()) {
      p.put("filter", filter.toParameter());
    }
    if (!recordids.isEmpty()) {
      p.put("recordids", recordids);
    }
    if (filterid != null) {
      p.put("filterid", filterid);
    }
    p.put("listlimit", listlimit);
    p.put("listoffset", listoffset);
    if (sortby != null) {
      p.put("sortby", sortby);
    }
    if (sortorder != null) {
      p.put("sortorder", sortorder.name());
    }
    if (formatoutput != null) {
      p.put("formatoutput", formatoutput);
    }
    if (outputlanguage != null) {
      p.put("outputlanguage", outputlanguage);
    }
    return p;
  }

  @Override
  public String toString() {
    return "AddressQuery" + toParameters().keySet() + "[" + filter + "]";
  }

  /** Builder of an {@link AddressQuery}. */
  public static final class Builder {
    private final List<String> data = new ArrayList<>();
    private Filter filter = Filter.none();
    private final List<Long> recordids = new ArrayList<>();
    private @Nullable Long filterid;
    private int listlimit = DEFAULT_LISTLIMIT;
    private int listoffset;
    private @Nullable String sortby;
    private @Nullable SortOrder sortorder;
    private @Nullable Boolean formatoutput;
    private @Nullable String outputlanguage;

    private Builder() {}

    /**
     * Sets the fields to read ({@code data}), replacing earlier ones.
     *
     * @param fields field names, e.g. {@code Vorname}, or pseudo-fields such as {@code email}
     * @return this builder
     */
    public Builder data(String... fields) {
      return data(List.of(fields));
    }

    /**
     * Sets the fields to read ({@code data}), replacing earlier ones.
     *
     * @param fields field names
     * @return this builder
     */
    public Builder data(Collection<String> fields) {
      for (String f : fields) {
        if (f == null || f.isBlank()) {
          throw new IllegalArgumentException("data must not contain a blank field name");
        }
      }
      data.clear();
      data.addAll(fields);
      return this;
    }

    /**
     * Sets the {@code filter}.
     *
     * @param value the filter
     * @return this builder
     */
    public Builder filter(Filter value) {
      this.filter = value;
      return this;
    }

    /**
     * Reads these records only ({@code recordids}, at most 500).
     *
     * @param ids positive record ids
     * @return this builder
     */
    public Builder recordids(Collection<Long> ids) {
      recordids.clear();
      recordids.addAll(Limits.ids("recordids", ids));
      return this;
    }

    /**
     * Applies a filter saved in enterprise ({@code filterid}).
     *
     * @param id the saved filter's id
     * @return this builder
     */
    public Builder filterid(long id) {
      this.filterid = Limits.id("filterid", id);
      return this;
    }

    /**
     * Sets {@code listlimit}.
     *
     * @param value 1..500
     * @return this builder
     */
    public Builder listlimit(int value) {
      this.listlimit = Limits.listlimit(value);
      return this;
    }

    /**
     * Sets {@code listoffset}.
     *
     * @param value 0 or more
     * @return this builder
     */
    public Builder listoffset(int value) {
      this.listoffset = Limits.listoffset(value);
      return this;
    }

    /**
     * Sets {@code sortby} and {@code sortorder}.
     *
     * @param field the field to sort by
     * @param order the direction
     * @return this builder
     */
    public Builder sortby(String field, SortOrder order) {
      if (field == null || field.isBlank()) {
        throw new IllegalArgumentException("sortby must not be blank");
      }
      this.sortby = field;
      this.sortorder = order;
      return this;
    }

    /**
     * Sets {@code formatoutput} (formatted values, multiselect labels instead of keys).
     *
     * @param value whether to format
     * @return this builder
     */
    public Builder formatoutput(boolean value) {
      this.formatoutput = value;
      return this;
    }

    /**
     * Sets {@code outputlanguage}, e.g. {@code ENG}.
     *
     * @param value the language code
     * @return this builder
     */
    public Builder outputlanguage(String value) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException("outputlanguage must not be blank");
      }
      this.outputlanguage = value;
      return this;
    }

    /**
     * Builds the query.
     *
     * @return the query
     */
    public AddressQuery build() {
      return new AddressQuery(this);
    }
  }
}
