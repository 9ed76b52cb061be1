package io.ghlsync.ghl.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Validates ids before they become URL path segments, so that an id can never change the path:
 * blank values, {@code /}, {@code ?}, {@code #}, {@code %}, {@code ..}, {@code .}, whitespace and
 * control characters are refused with an {@link IllegalArgumentException} naming the field.
 */
public final class PathSegments {
  private PathSegments() {}

  /**
   * Checks one id.
   *
   * @param value the id
   * @param field the parameter name for the message, e.g. {@code "contactId"}
   * @return the id, unchanged
   * @throws IllegalArgumentException if the id is blank or could alter the path
   */
  public static String id(@Nullable String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    if (value.equals(".") || value.contains("..")) {
      throw new IllegalArgumentException(
          field + " must be a plain GHL id; '.' and '..' are not allowed");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '/' || c == '\\' || c == '?' || c == '#' || c == '%') {
        throw new IllegalArgumentException(
            field + " must be a plain GHL id; the character '" + c + "' is not allowed");
      }
      if (c <= ' ' || c == 0x7f || Character.isWhitespace(c)) {
        throw new IllegalArgumentException(
            field + " must be a plain GHL id without whitespace or control characters");
      }
    }
    return value;
  }

  /**
   * Checks a non-empty list of ids (sent in a body, so only blankness and size matter).
   *
   * @param values the ids
   * @param field the parameter name for the message
   * @param max the most the API accepts in one call
   * @return an immutable copy
   * @throws IllegalArgumentException if the list is empty, too long or holds a blank id
   */
  public static List<String> ids(@Nullable List<String> values, String field, int max) {
    if (values == null || values.isEmpty()) {
      throw new IllegalArgumentException(field + " must hold at least one id");
    }
    if (values.size() > max) {
      throw new IllegalArgumentException(
          field + " holds " + values.size() + " ids; the API accepts at most " + max);
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
