package io.ghlsync.sync.internal;

import io.ghlsync.sync.mapping.FieldValues;

/**
 * The engine's shorthand for the public value model, {@link FieldValues}: one representation,
 * defined there.
 */
public final class Canonical {
  private Canonical() {}

  /**
   * See {@link FieldValues#normalize}.
   *
   * @param value the value
   * @param what names the value in the error message
   * @return the normalised value
   */
  public static Object normalize(Object value, String what) {
    return FieldValues.normalize(value, what);
  }

  /**
   * See {@link FieldValues#render}.
   *
   * @param value the value
   * @return the canonical text
   */
  public static String render(Object value) {
    return FieldValues.render(value);
  }

  /**
   * See {@link FieldValues#text}.
   *
   * @param value the value
   * @return the text
   */
  public static String display(Object value) {
    return FieldValues.text(value);
  }
}
