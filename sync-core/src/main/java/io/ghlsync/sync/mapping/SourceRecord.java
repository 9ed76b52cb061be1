package io.ghlsync.sync.mapping;

import io.ghlsync.ghl.model.Contact;
import io.ghlsync.sync.internal.GhlContactState;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A GHL record as a JSON-like tree that mapping rules read by path.
 *
 * <p>Paths are dot separated: {@code firstName}, {@code attributionSource.utmSource}, {@code
 * tags.0} (list index) or {@code customFields.<id or key>} (the engine exposes GHL custom fields as
 * a map keyed by field id). A path that does not resolve, or resolves to an empty string, has no
 * value.
 *
 * @param values the top-level fields
 */
public record SourceRecord(Map<String, Object> values) {

  /**
   * Copies and normalises the values; see {@link FieldValues#normalize}.
   *
   * @param values the top-level fields
   */
  @SuppressWarnings("unchecked")
  public SourceRecord {
    values = (Map<String, Object>) FieldValues.normalize(values, "source record");
  }

  /**
   * Creates a record.
   *
   * @param values the top-level fields; null values are dropped
   * @return the record
   */
  public static SourceRecord of(Map<String, ?> values) {
    @SuppressWarnings("unchecked")
    Map<String, Object> copy = (Map<String, Object>) (Map<String, ?>) values;
    return new SourceRecord(copy);
  }

  /**
   * A GHL contact exactly as the engine's mappings see it during a sync: its fields as a tree, with
   * custom fields as a map keyed by field id (and by key where GHL sends one), so that a tool can
   * try a mapping on a contact without syncing it (the command line's {@code mapping test}).
   *
   * <pre>{@code
   * MappedRecord mapped = mapping.contact().apply(SourceRecord.fromContact(ghl.contacts().get(id)));
   * }</pre>
   *
   * @param contact the contact as read from GHL
   * @return the record the contact rules read
   */
  public static SourceRecord fromContact(Contact contact) {
    return GhlContactState.source(contact);
  }

  /**
   * Resolves a path.
   *
   * @param path e.g. {@code customFields.abc123}
   * @return the value, empty when the path does not resolve or the value is an empty string
   */
  public Optional<Object> get(String path) {
    Object current = values;
    for (String segment : path.split("\\.", -1)) {
      if (current instanceof Map<?, ?> map) {
        current = map.get(segment);
      } else if (current instanceof List<?> list && isIndex(segment)) {
        int index = Integer.parseInt(segment);
        current = index < list.size() ? list.get(index) : null;
      } else {
        return Optional.empty();
      }
      if (current == null) {
        return Optional.empty();
      }
    }
    if (current instanceof String s && s.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(current);
  }

  private static boolean isIndex(String segment) {
    return !segment.isEmpty()
        && segment.length() < 9
        && segment.chars().allMatch(Character::isDigit);
  }

  /**
   * Returns a copy with one more top-level field.
   *
   * @param field the field name
   * @param value the value
   * @return the new record
   */
  public SourceRecord with(String field, Object value) {
    Map<String, Object> copy = new java.util.LinkedHashMap<>(values);
    copy.put(field, value);
    return new SourceRecord(copy);
  }
}
