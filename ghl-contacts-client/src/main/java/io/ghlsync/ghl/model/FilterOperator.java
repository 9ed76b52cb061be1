package io.ghlsync.ghl.model;

import com.squareup.moshi.Json;

/** The operators of a search filter, sent as GHL's names ({@code eq}, {@code not_eq}, ...). */
public enum FilterOperator {
  /** Equals. */
  @Json(name = "eq")
  EQ,
  /** Does not equal. */
  @Json(name = "not_eq")
  NOT_EQ,
  /** Contains the text. */
  @Json(name = "contains")
  CONTAINS,
  /** Does not contain the text. */
  @Json(name = "not_contains")
  NOT_CONTAINS,
  /** Has a value. */
  @Json(name = "exists")
  EXISTS,
  /** Has no value. */
  @Json(name = "not_exists")
  NOT_EXISTS,
  /** Within a range ({@code gt}, {@code gte}, {@code lt}, {@code lte}). */
  @Json(name = "range")
  RANGE
}
