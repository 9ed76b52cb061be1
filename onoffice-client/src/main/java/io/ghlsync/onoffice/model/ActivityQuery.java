package io.ghlsync.onoffice.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of an agents-log read. Entries come back newest first unless {@code sortby} says
 * otherwise. onOffice cannot filter on {@code Benutzer}, {@code Adress_nr}, {@code Objekt_nr} or
 * {@code dauer}; select by address with {@code addressid} instead.
 */
public final class ActivityQuery {
  /** {@code listlimit} used when none is set. */
  public static final int DEFAULT_LISTLIMIT = 100;

  private final List<Long> addressid;
  private final @Nullable Long estateid;
  private final List<String> data;
  private final Filter filter;
  private final @Nullable String sortby;
  private final SortOrder sortorder;
  private final int listlimit;
  private final int listoffset;

  private ActivityQuery(Builder b) {
    this.addressid = List.copyOf(b.addressid);
    this.estateid = b.estateid;
    this.data = List.copyOf(b.data);
    this.filter = b.filter;
    this.sortby = b.sortby;
    this.sortorder = b.sortorder;
    this.listlimit = b.listlimit;
    this.listoffset = b.listoffset;
  }

  /**
   * Starts a query (reads {@link ActivityFields#DEFAULT} unless {@code data} is set).
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
    b.addressid.addAll(addressid);
    b.estateid = estateid;
    b.data.addAll(data);
    b.filter = filter;
    b.sortby = sortby;
    b.sortorder = sortorder;
    b.listlimit = listlimit;
    b.listoffset = listoffset;
    return b;
  }

  /**
   * {@code listlimit}.
   *
   * @return the most entries to read (default {@value #DEFAULT_LISTLIMIT})
   */
  public int listlimit() {
    return listlimit;
  }

  /**
   * {@code listoffset}.
   *
   * @return the number of entries to skip (default 0)
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
    if (!addressid.isEmpty()) {
      p.put("addressid", addressid);
    }
    if (estateid != null) {
      p.put("estateid", estateid);
    }
    p.put("data", data.isEmpty() ? ActivityFields.DEFAULT : data);
    if (!filter.isEmpty()) {
      p.put("filter", filter.toParameter());
    }
    if (sortby != null) {
      p.put("sortby", Map.of(sortby, sortorder.name()));
    }
    p.put("listlimit", listlimit);
    p.put("listoffset", listoffset);
    return p;
  }

  /** Builder of an {@link ActivityQuery}. */
  public static final class Builder {
    private final List<Long> addressid = new ArrayList<>();
    private @Nullable Long estateid;
    private final List<String> data = new ArrayList<>();
    private Filter filter = Filter.none();
    private @Nullable String sortby;
    private SortOrder sortorder = SortOrder.DESC;
    private int listlimit = DEFAULT_LISTLIMIT;
    private int listoffset;

    private Builder() {}

    /**
     * Sets {@code addressid}: the entries of these addresses.
     *
     * @param ids 1 to 500 address ids
     * @return this builder
     */
    public Builder addressid(Collection<Long> ids) {
      addressid.clear();
      addressid.addAll(Limits.ids("addressid", ids));
      return this;
    }

    /**
     * Sets {@code estateid}.
     *
     * @param id the estate id
     * @return this builder
     */
    public Builder estateid(long id) {
      this.estateid = Limits.id("estateid", id);
      return this;
    }

    /**
     * Sets the fields to read ({@code data}).
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
     * @throws IllegalArgumentException naming a field onOffice cannot filter agents-log reads on
     */
    public Builder filter(Filter value) {
      for (String field : value.fields()) {
        if (ActivityFields.NOT_FILTERABLE.contains(field)) {
          throw new IllegalArgumentException(
              "filter."
                  + field
                  + " is not filterable on agentslog; use addressid/estateid to select entries");
        }
      }
      this.filter = value;
      return this;
    }

    /**
     * Sets {@code sortby}, sent as an object {@code {"<field>":"<order>"}}.
     *
     * @param field e.g. {@code Datum}
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
     * Builds the query.
     *
     * @return the query
     * @throws IllegalArgumentException if neither {@code addressid} nor {@code estateid} is set
     */
    public ActivityQuery build() {
      if (addressid.isEmpty() && estateid == null) {
        throw new IllegalArgumentException("addressid or estateid must be set");
      }
      return new ActivityQuery(this);
    }
  }
}
