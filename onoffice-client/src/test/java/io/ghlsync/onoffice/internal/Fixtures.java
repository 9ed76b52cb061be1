package io.ghlsync.onoffice.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads JSON fixtures from {@code src/test/resources/onoffice}. */
public final class Fixtures {
  private Fixtures() {}

  /**
   * A fixture's text.
   *
   * @param name file name
   * @return its content
   */
  public static String text(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/onoffice/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
