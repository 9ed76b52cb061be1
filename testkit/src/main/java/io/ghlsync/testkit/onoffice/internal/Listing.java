package io.ghlsync.testkit.onoffice.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.BiFunction;

/** Sorting and {@code listlimit}/{@code listoffset} windows of list reads. */
public final class Listing {
  /** onOffice's default {@code listlimit}. */
  public static final int DEFAULT_LIMIT = 20;

  /** onOffice's hard {@code listlimit} maximum; larger values are capped. */
  public static final int MAX_LIMIT = 500;

  private Listing() {}

  /**
   * The {@code listlimit} of a read, defaulted and capped.
   *
   * @param parameters the parameters
   * @return 1..500
   * @throws ActionError 255 for a non-positive or non-numeric limit
   */
  public static int limit(Map<String, Object> parameters) {
    if (!parameters.containsKey("listlimit")) {
      return DEFAULT_LIMIT;
    }
    OptionalLong n = Values.longOf(parameters.get("listlimit"));
    if (n.isEmpty() || n.getAsLong() < 1) {
      throw new ActionError(255, "Invalid value for parameter listlimit");
    }
    return (int) Math.min(MAX_LIMIT, n.getAsLong());
  }

  /**
   * The {@code listoffset} of a read.
   *
   * @param parameters the parameters
   * @return 0 or more
   * @throws ActionError 255 for a negative or non-numeric offset
   */
  public static int offset(Map<String, Object> parameters) {
    if (!parameters.containsKey("listoffset")) {
      return 0;
    }
    OptionalLong n = Values.longOf(parameters.get("listoffset"));
    if (n.isEmpty() || n.getAsLong() < 0) {
      throw new ActionError(255, "Invalid value for parameter listoffset");
    }
    return (int) n.getAsLong();
  }

  /**
   * Sorts rows in place by a field.
   *
   * @param rows the rows
   * @param field the field, or null to keep the order
   * @param descending whether to sort descending
   * @param valueOf reads a row's field value
   * @param <R> row type
   */
  public static <R> void sort(
      List<R> rows,
      @org.jspecify.annotations.Nullable String field,
      boolean descending,
      BiFunction<R, String, Object> valueOf) {
    if (field == null) {
      return;
    }
    Comparator<R> byField =
        (a, b) -> FilterMatcher.compare(valueOf.apply(a, field), valueOf.apply(b, field));
    rows.sort(descending ? byField.reversed() : byField);
  }

  /**
   * The window of rows at an offset.
   *
   * @param rows all matching rows
   * @param offset the offset
   * @param limit the limit
   * @param <R> row type
   * @return the rows in the window
   */
  public static <R> List<R> window(List<R> rows, int offset, int limit) {
    if (offset >= rows.size()) {
      return List.of();
    }
    return new ArrayList<>(rows.subList(offset, Math.min(rows.size(), offset + limit)));
  }
}
