package io.ghlsync.onoffice.model;

import java.util.Collection;

/** The documented onOffice limits, checked before sending. */
public final class Limits {
  /** Most records per read ({@code listlimit}); the documented hard limit. */
  public static final int MAX_LISTLIMIT = 500;

  /** Most record ids per action (error 302 beyond). */
  public static final int MAX_IDS = 500;

  private Limits() {}

  /**
   * Checks a {@code listlimit}.
   *
   * @param value the value
   * @return the value
   * @throws IllegalArgumentException naming {@code listlimit} when outside 1..500
   */
  public static int listlimit(int value) {
    if (value < 1 || value > MAX_LISTLIMIT) {
      throw new IllegalArgumentException(
          "listlimit must be within 1.." + MAX_LISTLIMIT + ", was " + value);
    }
    return value;
  }

  /**
   * Checks a {@code listoffset}.
   *
   * @param value the value
   * @return the value
   * @throws IllegalArgumentException naming {@code listoffset} when negative
   */
  public static int listoffset(int value) {
    if (value < 0) {
      throw new IllegalArgumentException("listoffset must not be negative, was " + value);
    }
    return value;
  }

  /**
   * Checks a record id.
   *
   * @param field the field name for the error
   * @param id the id
   * @return the id
   * @throws IllegalArgumentException naming the field when not positive
   */
  public static long id(String field, long id) {
    if (id <= 0) {
      throw new IllegalArgumentException(field + " must be a positive record id, was " + id);
    }
    return id;
  }

  /**
   * Checks a list of record ids.
   *
   * @param field the field name for the error
   * @param ids the ids
   * @return the ids as an immutable list
   * @throws IllegalArgumentException naming the field when empty, too long or not positive
   */
  public static java.util.List<Long> ids(String field, Collection<Long> ids) {
    if (ids == null || ids.isEmpty()) {
      throw new IllegalArgumentException(field + " must not be empty");
    }
    if (ids.size() > MAX_IDS) {
      throw new IllegalArgumentException(
          field
              + " holds "
              + ids.size()
              + " ids; onOffice accepts at most "
              + MAX_IDS
              + " per action");
    }
    for (Long id : ids) {
      if (id == null) {
        throw new IllegalArgumentException(field + " must not contain null");
      }
      id(field, id);
    }
    return java.util.List.copyOf(ids);
  }
}
