package io.ghlsync.sync.mapping;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The output of a mapping for one record: target field values, plus the fields to clear in the
 * target (rules with {@link NullPolicy#CLEAR} whose source had no value).
 *
 * <p>Values follow the value model of {@link FieldValues}, normalised once when the record is
 * built: strings, booleans, numbers ({@link Long} or {@link java.math.BigDecimal}), dates, lists
 * and maps keep their types until a connector writes them. Two records with the same content have
 * the same {@link #fingerprint()}.
 *
 * @param fields target field name to value, in rule order
 * @param cleared target fields to clear
 */
public record MappedRecord(Map<String, Object> fields, Set<String> cleared) {

  /**
   * Copies and normalises the components; a field may not be both set and cleared.
   *
   * @param fields target field name to value, in rule order
   * @param cleared target fields to clear
   */
  public MappedRecord {
    Map<String, Object> copy = new LinkedHashMap<>();
    fields.forEach((k, v) -> copy.put(k, FieldValues.normalize(v, "field '" + k + "'")));
    fields = Collections.unmodifiableMap(copy);
    cleared = Collections.unmodifiableSet(new LinkedHashSet<>(cleared));
    for (String field : cleared) {
      if (copy.containsKey(field)) {
        throw new IllegalArgumentException(
            "field '" + field + "' cannot be both set and cleared in one record");
      }
    }
  }

  /**
   * A record with values only.
   *
   * @param fields target field name to value
   * @return the record
   */
  public static MappedRecord of(Map<String, ?> fields) {
    return new MappedRecord(Collections.unmodifiableMap(fields), Set.of());
  }

  /**
   * An empty record.
   *
   * @return a record without fields
   */
  public static MappedRecord empty() {
    return new MappedRecord(Map.of(), Set.of());
  }

  /**
   * The value of a field.
   *
   * @param field the target field name
   * @return the value, empty when the field is not set
   */
  public Optional<Object> get(String field) {
    return Optional.ofNullable(fields.get(field));
  }

  /**
   * The value of a field as text; see {@link FieldValues#text}.
   *
   * @param field the target field name
   * @return the text, empty when the field is not set
   */
  public Optional<String> text(String field) {
    return get(field).map(FieldValues::text);
  }

  /**
   * Whether the record sets or clears nothing.
   *
   * @return true when empty
   */
  public boolean isEmpty() {
    return fields.isEmpty() && cleared.isEmpty();
  }

  /**
   * Returns a copy with one more field set (replacing any value or clear of that field).
   *
   * @param field the target field name
   * @param value the value
   * @return the new record
   */
  public MappedRecord with(String field, Object value) {
    Map<String, Object> copy = new LinkedHashMap<>(fields);
    copy.put(field, value);
    Set<String> clearedCopy = new LinkedHashSet<>(cleared);
    clearedCopy.remove(field);
    return new MappedRecord(copy, clearedCopy);
  }

  /**
   * Returns a copy with one more field cleared (removing any value of that field).
   *
   * @param field the target field name
   * @return the new record
   */
  public MappedRecord withCleared(String field) {
    Map<String, Object> copy = new LinkedHashMap<>(fields);
    copy.remove(field);
    Set<String> clearedCopy = new LinkedHashSet<>(cleared);
    clearedCopy.add(field);
    return new MappedRecord(copy, clearedCopy);
  }

  /**
   * A stable hash of the content: SHA-256 over the canonical form (sorted fields, normalised
   * numbers). Equal content gives an equal fingerprint in every JVM and store.
   *
   * @return 64 hex characters
   */
  public String fingerprint() {
    StringBuilder sb = new StringBuilder(FieldValues.render(fields));
    sb.append("|cleared:").append(new TreeSet<>(cleared));
    return FieldValues.sha256(sb.toString());
  }
}
