package io.ghlsync.sync.store;

import java.util.Optional;

/** Named positions such as a polling cursor per location. Thread safe. */
public interface CursorStore {

  /**
   * Reads a cursor.
   *
   * @param target the target connector's name
   * @param name the cursor name, e.g. {@code poll:<locationId>}
   * @return the value, empty when never stored
   */
  Optional<String> get(String target, String name);

  /**
   * Stores a cursor.
   *
   * @param target the target connector's name
   * @param name the cursor name
   * @param value the value
   */
  void put(String target, String name, String value);

  /**
   * Removes a cursor.
   *
   * @param target the target connector's name
   * @param name the cursor name
   */
  void remove(String target, String name);
}
