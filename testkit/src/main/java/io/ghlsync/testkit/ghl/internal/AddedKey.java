package io.ghlsync.testkit.ghl.internal;

import java.time.Instant;
import java.util.Map;

/**
 * A position in (dateAdded, id) order.
 *
 * @param millis dateAdded in epoch milliseconds
 * @param id the contact id
 */
public record AddedKey(long millis, String id) implements Comparable<AddedKey> {

  /**
   * Reads a contact's key.
   *
   * @param contact the contact
   * @return its key
   */
  public static AddedKey of(Map<String, Object> contact) {
    long millis =
        JsonTree.text(contact, "dateAdded")
            .flatMap(Dates::parseInstant)
            .map(Instant::toEpochMilli)
            .orElse(0L);
    return new AddedKey(millis, JsonTree.requireText(contact, "id"));
  }

  @Override
  public int compareTo(AddedKey other) {
    int byTime = Long.compare(millis, other.millis);
    return byTime != 0 ? byTime : id.compareTo(other.id);
  }
}
