package io.ghlsync.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of the ghlsync SDK on the class path, as every client reports it in its default
 * {@code User-Agent} ({@code ghlsync-java/<version>}).
 *
 * <p>The jar manifest's {@code Implementation-Version} is used when present; otherwise (classes run
 * from a build folder, as in tests) the version the build filtered into {@code
 * ghlsync-version.properties}. Both come from the same Maven project version.
 */
public final class SdkVersion {
  private static final String VERSION = load();

  private SdkVersion() {}

  /**
   * Returns the SDK version, e.g. {@code 0.1.0}.
   *
   * @return the version of client-core on the class path
   */
  public static String current() {
    return VERSION;
  }

  /**
   * Returns the default {@code User-Agent}, {@code ghlsync-java/<version>}.
   *
   * @return the default user agent of every client
   */
  public static String userAgent() {
    return "ghlsync-java/" + VERSION;
  }

  private static String load() {
    String fromManifest = SdkVersion.class.getPackage().getImplementationVersion();
    if (fromManifest != null && !fromManifest.isBlank()) {
      return fromManifest;
    }
    try (InputStream in = SdkVersion.class.getResourceAsStream("ghlsync-version.properties")) {
      if (in == null) {
        throw new IllegalStateException(
            "ghlsync-version.properties is missing from client-core; rebuild the module");
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "");
      if (v.isBlank() || v.startsWith("${")) {
        throw new IllegalStateException(
            "ghlsync-version.properties was not filtered by the build; rebuild the module");
      }
      return v;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
