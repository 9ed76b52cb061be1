package io.ghlsync.sync.store;

import java.util.Optional;

/**
 * Named positions of one scope (an engine or a target), such as a polling cursor per location.
 * Thread safe; {@link #compareAndSet} lets several engine instances advance one cursor without
 * losing an update.
 */
public interface CursorStore {
  /**
   * Reads a cursor.
   *
   * @param name the cursor name, e.g. {@code poll:<locationId>}
   * @return the value, empty when never stored
   */
  Optional<String> get(String name);

  /**
   * Stores a cursor unconditionally.
   *
   * @param name the cursor name
   * @param value the value
   */
  void put(String name, String value);

  /**
   * Stores a cursor only if it still has the expected value.
   *
   * @param name the cursor name
   * @param expected the value read before, or empty when it was absent
   * @param value the new value
   * @return true when stored, false when another writer changed the cursor first
   */
  boolean compareAndSet(String name, Optional<String> expected, String value);

  /**
   * Removes a cursor; nothing happens when there is none.
   *
   * @param name the cursor name
   */
  void remove(String name);
}
