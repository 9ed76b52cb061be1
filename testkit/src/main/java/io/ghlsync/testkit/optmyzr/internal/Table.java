package io.ghlsync.testkit.optmyzr.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Rows of one resource (contacts, tasks or notes) in insertion order, each a JSON object with a
 * sequence number that cursors point at. Thread-safe.
 */
public final class Table {
  private final String idPrefix;
  private final Map<String, Row> rows = new LinkedHashMap<>();
  private long seq;

  /**
   * Creates an empty table.
   *
   * @param idPrefix prefix of generated ids, e.g. {@code ct_}
   */
  public Table(String idPrefix) {
    this.idPrefix = idPrefix;
  }

  /**
   * Inserts a row and gives it an id.
   *
   * @param json the row without id; the map is kept and changed by later updates
   * @return the row
   */
  public synchronized Row insert(Map<String, Object> json) {
    long s = ++seq;
    String id = idPrefix + String.format("%06d", s);
    Map<String, Object> withId = new LinkedHashMap<>();
    withId.put("id", id);
    withId.putAll(json);
    Row row = new Row(s, withId);
    rows.put(id, row);
    return row;
  }

  /**
   * Finds a row.
   *
   * @param id the id
   * @return the row, if any
   */
  public synchronized Optional<Row> get(String id) {
    return Optional.ofNullable(rows.get(id));
  }

  /**
   * Finds the first row whose field has a value.
   *
   * @param field the field
   * @param value the value
   * @return the row, if any
   */
  public synchronized Optional<Row> findBy(String field, Object value) {
    return rows.values().stream().filter(r -> value.equals(r.json().get(field))).findFirst();
  }

  /**
   * One page of matching rows after a cursor position.
   *
   * @param filter which rows match
   * @param newestFirst order by sequence descending instead of ascending
   * @param after the sequence number of the last row of the previous page, or 0
   * @param limit the page size
   * @return up to {@code limit + 1} rows (one more tells that another page follows)
   */
  public synchronized List<Row> page(
      Predicate<Map<String, Object>> filter, boolean newestFirst, long after, int limit) {
    List<Row> ordered = new ArrayList<>(rows.values());
    if (newestFirst) {
      java.util.Collections.reverse(ordered);
    }
    List<Row> out = new ArrayList<>();
    for (Row row : ordered) {
      boolean past = after == 0 || (newestFirst ? row.seq() < after : row.seq() > after);
      if (past && filter.test(row.json())) {
        out.add(row);
        if (out.size() > limit) {
          break;
        }
      }
    }
    return out;
  }

  /** How many rows there are. */
  public synchronized int size() {
    return rows.size();
  }

  /** Copies of every row's JSON, in insertion order. */
  public synchronized List<Map<String, Object>> snapshot() {
    return rows.values().stream().map(r -> Map.copyOf(withoutNulls(r.json()))).toList();
  }

  private static Map<String, Object> withoutNulls(Map<String, Object> json) {
    Map<String, Object> copy = new LinkedHashMap<>();
    json.forEach(
        (k, v) -> {
          if (v != null) {
            copy.put(k, v);
          }
        });
    return copy;
  }

  /**
   * One row.
   *
   * @param seq its sequence number
   * @param json its JSON object (mutable; guard with the table's lock or the fake's)
   */
  public record Row(long seq, Map<String, Object> json) {}
}
