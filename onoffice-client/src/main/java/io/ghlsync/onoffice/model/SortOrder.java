package io.ghlsync.onoffice.model;

/** Sort direction ({@code sortorder}). */
public enum SortOrder {
  /** Ascending. */
  ASC,
  /** Descending. */
  DESC
}
