package io.ghlsync.optmyzr.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the User Data API's Optimization History returned. Its response shape is not in the stored
 * documentation, so the client does not guess record fields: {@link #entries()} holds the objects
 * of an {@code entries} array (or of a top-level array), each as a JSON map, and {@link #rawJson()}
 * the body as received.
 *
 * @param entries the history entries as JSON maps (numbers are doubles)
 * @param rawJson the response body
 */
public record OptimizationHistory(List<Map<String, Object>> entries, String rawJson) {

  /**
   * Copies the entries.
   *
   * @param entries the history entries as JSON maps (numbers are doubles)
   * @param rawJson the response body; not null
   */
  public OptimizationHistory {
    entries = List.copyOf(entries);
    Objects.requireNonNull(rawJson, "rawJson");
  }

  /** Shows the number of entries only; the body is not repeated. */
  @Override
  public String toString() {
    return "OptimizationHistory[" + entries.size() + " entries]";
  }
}
