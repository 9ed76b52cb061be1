package io.ghlsync.testkit.ghl.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Typed reads from JSON trees ({@code Map<String, Object>}) as {@code JsonText} parses them. */
public final class JsonTree {
  private JsonTree() {}

  /**
   * Reads a string member.
   *
   * @param object the object
   * @param key the member name
   * @return the value, if it is a string
   */
  public static Optional<String> text(Map<String, Object> object, String key) {
    return object.get(key) instanceof String s ? Optional.of(s) : Optional.empty();
  }

  /**
   * Reads a string member that must be there.
   *
   * @param object the object
   * @param key the member name
   * @return the value
   */
  public static String requireText(Map<String, Object> object, String key) {
    if (object.get(key) instanceof String s) {
      return s;
    }
    throw new IllegalStateException("expected a string member " + key);
  }

  /**
   * Reads a list of strings (other items are turned into text).
   *
   * @param object the object
   * @param key the member name
   * @return a new mutable list, empty when the member is absent or not a list
   */
  public static List<String> strings(Map<String, Object> object, String key) {
    List<String> out = new ArrayList<>();
    if (object.get(key) instanceof List<?> list) {
      for (Object item : list) {
        out.add(String.valueOf(item));
      }
    }
    return out;
  }

  /**
   * Reads a boolean member.
   *
   * @param object the object
   * @param key the member name
   * @return the value, if it is a boolean
   */
  public static Optional<Boolean> bool(Map<String, Object> object, String key) {
    return object.get(key) instanceof Boolean b ? Optional.of(b) : Optional.empty();
  }

  /**
   * Reads a numeric member as a long.
   *
   * @param object the object
   * @param key the member name
   * @return the value, if it is a number
   */
  public static Optional<Long> number(Map<String, Object> object, String key) {
    return object.get(key) instanceof Number n ? Optional.of(n.longValue()) : Optional.empty();
  }
}
