package io.ghlsync.core;

import java.util.List;
import java.util.OptionalLong;

/**
 * One page of results.
 *
 * @param items the items of this page, in service order
 * @param total the total the service reported, if any
 * @param hasMore whether another page follows
 * @param <T> item type
 */
public record Page<T>(List<T> items, OptionalLong total, boolean hasMore) {

  /**
   * Canonical constructor: copies the items.
   *
   * @param items the items of this page, in service order
   * @param total the total the service reported, if any
   * @param hasMore whether another page follows
   */
  public Page {
    items = List.copyOf(items);
  }
}
