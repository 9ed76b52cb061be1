package io.ghlsync.ghl.model;

import java.util.Arrays;
import java.util.List;

/**
 * Filters combined with AND or OR, e.g. {@code FilterGroup.or(Filter.eq("tags", "vip"),
 * Filter.exists("email"))}. Groups may nest.
 *
 * @param group {@code AND} or {@code OR}
 * @param filters the members
 */
public record FilterGroup(String group, List<SearchFilter> filters) implements SearchFilter {

  /**
   * Validates the group.
   *
   * @param group {@code AND} or {@code OR}
   * @param filters the members
   * @throws IllegalArgumentException if the operator is not AND/OR or there are no members
   */
  public FilterGroup {
    if (!"AND".equals(group) && !"OR".equals(group)) {
      throw new IllegalArgumentException("filters.group must be AND or OR, was " + group);
    }
    if (filters == null || filters.isEmpty()) {
      throw new IllegalArgumentException("filters.filters of a group must not be empty");
    }
    filters = List.copyOf(filters);
  }

  /**
   * All members must match.
   *
   * @param filters the members
   * @return the group
   */
  public static FilterGroup and(SearchFilter... filters) {
    return new FilterGroup("AND", Arrays.asList(filters));
  }

  /**
   * At least one member must match.
   *
   * @param filters the members
   * @return the group
   */
  public static FilterGroup or(SearchFilter... filters) {
    return new FilterGroup("OR", Arrays.asList(filters));
  }
}
