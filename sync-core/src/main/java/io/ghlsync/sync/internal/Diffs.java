package io.ghlsync.sync.internal;

import io.ghlsync.sync.mapping.FieldValues;
import io.ghlsync.sync.mapping.MappedRecord;
import io.ghlsync.sync.model.FieldChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/** Field-level comparison of what was last written (a snapshot) with a newly mapped record. */
public final class Diffs {
  private Diffs() {}

  /**
   * The part of {@code mapped} that differs from {@code snapshot}: changed or new values, and
   * cleared fields that currently hold a value.
   *
   * @param snapshot the target values as last written or found
   * @param mapped the newly mapped record
   * @return the changes, empty when the target already matches
   */
  public static MappedRecord changes(Map<String, Object> snapshot, MappedRecord mapped) {
    Map<String, Object> fields = new LinkedHashMap<>();
    mapped
        .fields()
        .forEach(
            (field, value) -> {
              Object before = snapshot.get(field);
              if (before == null || !same(before, value)) {
                fields.put(field, value);
              }
            });
    Set<String> cleared = new LinkedHashSet<>();
    for (String field : mapped.cleared()) {
      if (snapshot.containsKey(field)) {
        cleared.add(field);
      }
    }
    return new MappedRecord(fields, cleared);
  }

  /**
   * Whether two values are the same for the target. Compared as text, so {@code "1"} read back from
   * a target equals the number {@code 1} that was written.
   *
   * @param a one value
   * @param b the other
   * @return true when equal as text
   */
  public static boolean same(Object a, Object b) {
    return FieldValues.same(a, b);
  }

  /**
   * The snapshot after writing {@code changes}.
   *
   * @param snapshot the snapshot before
   * @param changes what was written
   * @return the new snapshot
   */
  public static Map<String, Object> apply(Map<String, Object> snapshot, MappedRecord changes) {
    Map<String, Object> next = new LinkedHashMap<>(snapshot);
    next.putAll(changes.fields());
    changes.cleared().forEach(next::remove);
    return next;
  }

  /**
   * Renders changes for people.
   *
   * @param snapshot the values before
   * @param changes the changes
   * @param render renders a (field, value) pair, masking personal data where needed
   * @return one entry per changed field
   */
  public static List<FieldChange> describe(
      Map<String, Object> snapshot,
      MappedRecord changes,
      BiFunction<String, Object, String> render) {
    List<FieldChange> out = new ArrayList<>();
    changes
        .fields()
        .forEach(
            (field, value) -> {
              Object before = snapshot.get(field);
              out.add(
                  new FieldChange(
                      field,
                      before == null ? "" : render.apply(field, before),
                      render.apply(field, value),
                      before == null ? FieldChange.Kind.ADDED : FieldChange.Kind.CHANGED));
            });
    for (String field : changes.cleared()) {
      Object before = snapshot.get(field);
      out.add(
          new FieldChange(
              field,
              before == null ? "" : render.apply(field, before),
              "",
              FieldChange.Kind.CLEARED));
    }
    return out;
  }
}
