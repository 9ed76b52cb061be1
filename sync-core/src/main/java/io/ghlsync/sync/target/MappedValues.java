package io.ghlsync.sync.target;

import io.ghlsync.sync.mapping.FieldValues;

/**
 * What a connector in its own module needs to turn mapped values into the text its CRM stores, and
 * to compare what it reads back with what the engine mapped.
 *
 * <p>Mapped values are the normalised JSON-like values of a {@link
 * io.ghlsync.sync.mapping.MappedRecord}: {@link String}, {@link Boolean}, {@link Number}, {@link
 * java.util.List} and {@link java.util.Map}.
 */
public final class MappedValues {
  private MappedValues() {}

  /**
   * Renders a mapped value as text: strings as they are, everything else as compact canonical JSON
   * (sorted keys, {@code 1} not {@code 1.0}).
   *
   * <p>Example: {@code MappedValues.display(List.of("a", "b"))} is {@code ["a","b"]}.
   *
   * @param value a mapped value
   * @return its text
   */
  public static String display(Object value) {
    return FieldValues.text(value);
  }

  /**
   * Whether two values are the same for a target, compared as text, so {@code "1"} read back from a
   * CRM equals the number {@code 1} that was written.
   *
   * @param a one value
   * @param b the other
   * @return true when their texts are equal
   */
  public static boolean same(Object a, Object b) {
    return display(a).equals(display(b));
  }
}
