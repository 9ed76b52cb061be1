package io.ghlsync.ghl.model;

import io.ghlsync.core.RedactedString;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The bounds of a {@link Filter#range} filter; start with one bound and add more, e.g. {@code
 * Range.gte("2024-01-01").lt("2024-02-01")}. Values are Strings (dates) or Numbers.
 *
 * @param gt greater than
 * @param gte greater than or equal
 * @param lt less than
 * @param lte less than or equal
 */
public record Range(
    Optional<Object> gt, Optional<Object> gte, Optional<Object> lt, Optional<Object> lte) {

  private static final Range NONE =
      new Range(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  /**
   * A range above a bound.
   *
   * @param value the exclusive lower bound
   * @return the range
   */
  public static Range gt(Object value) {
    return NONE.andGt(value);
  }

  /**
   * A range from a bound.
   *
   * @param value the inclusive lower bound
   * @return the range
   */
  public static Range gte(Object value) {
    return NONE.andGte(value);
  }

  /**
   * A range below a bound.
   *
   * @param value the exclusive upper bound
   * @return the range
   */
  public static Range lt(Object value) {
    return NONE.andLt(value);
  }

  /**
   * A range up to a bound.
   *
   * @param value the inclusive upper bound
   * @return the range
   */
  public static Range lte(Object value) {
    return NONE.andLte(value);
  }

  /**
   * Adds an exclusive lower bound.
   *
   * @param value the bound
   * @return the new range
   */
  public Range andGt(Object value) {
    return new Range(bound(value), gte, lt, lte);
  }

  /**
   * Adds an inclusive lower bound.
   *
   * @param value the bound
   * @return the new range
   */
  public Range andGte(Object value) {
    return new Range(gt, bound(value), lt, lte);
  }

  /**
   * Adds an exclusive upper bound.
   *
   * @param value the bound
   * @return the new range
   */
  public Range andLt(Object value) {
    return new Range(gt, gte, bound(value), lte);
  }

  /**
   * Adds an inclusive upper bound.
   *
   * @param value the bound
   * @return the new range
   */
  public Range andLte(Object value) {
    return new Range(gt, gte, lt, bound(value));
  }

  Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    gt.ifPresent(v -> map.put("gt", v));
    gte.ifPresent(v -> map.put("gte", v));
    lt.ifPresent(v -> map.put("lt", v));
    lte.ifPresent(v -> map.put("lte", v));
    if (map.isEmpty()) {
      throw new IllegalArgumentException("a range filter needs at least one bound");
    }
    return map;
  }

  private static Optional<Object> bound(Object value) {
    if (!(value instanceof String) && !(value instanceof Number)) {
      throw new IllegalArgumentException(
          "range bounds must be Strings or Numbers, was "
              + (value == null ? "null" : value.getClass().getSimpleName()));
    }
    return Optional.of(value);
  }

  /** Shows ids, dates and status only; personal data and free text are redacted. */
  @Override
  public String toString() {
    return RedactedString.of("Range").hidden("gt", "gte", "lt", "lte").toString();
  }
}
