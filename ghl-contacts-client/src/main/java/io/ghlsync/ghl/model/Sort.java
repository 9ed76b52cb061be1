package io.ghlsync.ghl.model;

import com.squareup.moshi.Json;
import io.ghlsync.ghl.internal.Arguments;

/**
 * A sort key of a contact search, e.g. {@code Sort.desc("dateAdded")}.
 *
 * @param field the field to sort by
 * @param direction the direction
 */
public record Sort(String field, Direction direction) {

  /**
   * Validates the key.
   *
   * @param field the field to sort by
   * @param direction the direction
   * @throws IllegalArgumentException if the field is blank
   */
  public Sort {
    Arguments.notBlank(field, "sort.field");
    Arguments.notNull(direction, "sort.direction");
  }

  /**
   * Ascending by a field.
   *
   * @param field the field
   * @return the sort key
   */
  public static Sort asc(String field) {
    return new Sort(field, Direction.ASC);
  }

  /**
   * Descending by a field.
   *
   * @param field the field
   * @return the sort key
   */
  public static Sort desc(String field) {
    return new Sort(field, Direction.DESC);
  }

  /** Sort direction. */
  public enum Direction {
    /** Smallest first. */
    @Json(name = "asc")
    ASC,
    /** Largest first. */
    @Json(name = "desc")
    DESC
  }
}
