package io.ghlsync.ghl.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Argument checks for requests and builders: each failure names the field and the fix. */
public final class Arguments {
  private Arguments() {}

  /**
   * Refuses null.
   *
   * @param value the value
   * @param field the field name
   * @param <T> value type
   * @return the value
   * @throws IllegalArgumentException if null
   */
  public static <T> T notNull(@Nullable T value, String field) {
    if (value == null) {
      throw new IllegalArgumentException(field + " must not be null");
    }
    return value;
  }

  /**
   * Refuses null or blank strings.
   *
   * @param value the value
   * @param field the field name
   * @return the value
   * @throws IllegalArgumentException if null or blank
   */
  public static String notBlank(@Nullable String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return value;
  }

  /**
   * Refuses strings longer than the API accepts.
   *
   * @param value the value
   * @param field the field name
   * @param max the maximum length
   * @return the value
   * @throws IllegalArgumentException if too long
   */
  public static String maxLength(String value, String field, int max) {
    if (value.length() > max) {
      throw new IllegalArgumentException(
          field + " is " + value.length() + " characters; the API accepts at most " + max);
    }
    return value;
  }

  /**
   * Refuses a number outside an inclusive range.
   *
   * @param value the value
   * @param field the field name
   * @param min lowest allowed
   * @param max highest allowed
   * @return the value
   * @throws IllegalArgumentException if outside the range
   */
  public static int inRange(int value, String field, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          field + " must be within " + min + ".." + max + ", was " + value);
    }
    return value;
  }

  /**
   * Copies a list, refusing null items.
   *
   * @param values the list
   * @param field the field name
   * @param <T> item type
   * @return an immutable copy
   * @throws IllegalArgumentException if the list or an item is null
   */
  public static <T> List<T> list(@Nullable List<? extends T> values, String field) {
    if (values == null) {
      throw new IllegalArgumentException(field + " must not be null");
    }
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) == null) {
        throw new IllegalArgumentException(field + "[" + i + "] must not be null");
      }
    }
    return List.copyOf(values);
  }

  /**
   * Copies a list of strings, refusing null or blank items.
   *
   * @param values the list
   * @param field the field name
   * @return an immutable copy
   * @throws IllegalArgumentException if the list is null or an item is blank
   */
  public static List<String> strings(@Nullable List<String> values, String field) {
    if (values == null) {
      throw new IllegalArgumentException(field + " must not be null");
    }
    for (int i = 0; i < values.size(); i++) {
      String v = values.get(i);
      if (v == null || v.isBlank()) {
        throw new IllegalArgumentException(field + "[" + i + "] must not be blank");
      }
    }
    return List.copyOf(values);
  }
}
