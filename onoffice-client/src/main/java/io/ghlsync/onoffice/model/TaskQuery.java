package io.ghlsync.onoffice.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a task list read. onOffice documents no {@code listoffset} for tasks and reports
 * {@code cntabsolute} as the number returned, so a task read yields one page of at most {@code
 * listlimit} (500) tasks; narrow it with a filter (e.g. on {@code modified}) to see more.
 */
public final class TaskQuery {
  /** {@code listlimit} used when none is set. */
  public static final int DEFAULT_LISTLIMIT = 100;

  private final List<String> data;
  private final Filter filter;
  private final int listlimit;
  private final @Nullable Long relatedAddressId;
  private final @Nullable Long relatedEstateId;

  private TaskQuery(Builder b) {
    this.data = List.copyOf(b.data);
    this.filter = b.filter;
    this.listlimit = b.listlimit;
    this.relatedAddressId = b.relatedAddressId;
    this.relatedEstateId = b.relatedEstateId;
  }

  /**
   * Starts a query (reads {@link TaskFields#DEFAULT} unless {@code data} is set).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@code listlimit}.
   *
   * @return the most tasks to read (default {@value #DEFAULT_LISTLIMIT})
   */
  public int listlimit() {
    return listlimit;
  }

  /**
   * The parameters as sent, sorted by name.
   *
   * @return a new map of parameter name to value
   */
  public Map<String, Object> toParameters() {
    Map<String, Object> p = new TreeMap<>();
    p.put("data", data.isEmpty() ? TaskFields.DEFAULT : data);
    if (!filter.isEmpty()) {
      p.put("filter", filter.toParameter());
    }
    p.put("listlimit", listlimit);
    if (relatedAddressId != null) {
      p.put("relatedAddressId", relatedAddressId);
    }
    if (relatedEstateId != null) {
      p.put("relatedEstateId", relatedEstateId);
    }
    return p;
  }

  /** Builder of a {@link TaskQuery}. */
  public static final class Builder {
    private final List<String> data = new ArrayList<>();
    private Filter filter = Filter.none();
    private int listlimit = DEFAULT_LISTLIMIT;
    private @Nullable Long relatedAddressId;
    private @Nullable Long relatedEstateId;

    private Builder() {}

    /**
     * Sets the fields to read ({@code data}); {@code Nr} cannot be requested (the id is the record
     * id).
     *
     * @param fields field names
     * @return this builder
     */
    public Builder data(Collection<String> fields) {
      for (String f : fields) {
        if (f == null || f.isBlank()) {
          throw new IllegalArgumentException("data must not contain a blank field name");
        }
        if (f.equals("Nr")) {
          throw new IllegalArgumentException(
              "data must not contain Nr; the task id is the record id (filter on Nr instead)");
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
     * Reads the tasks of this address ({@code relatedAddressId}).
     *
     * @param id the address id
     * @return this builder
     */
    public Builder relatedAddressId(long id) {
      this.relatedAddressId = Limits.id("relatedAddressId", id);
      return this;
    }

    /**
     * Reads the tasks of this estate ({@code relatedEstateId}).
     *
     * @param id the estate id
     * @return this builder
     */
    public Builder relatedEstateId(long id) {
      this.relatedEstateId = Limits.id("relatedEstateId", id);
      return this;
    }

    /**
     * Builds the query.
     *
     * @return the query
     */
    public TaskQuery build() {
      return new TaskQuery(this);
    }
  }
}
