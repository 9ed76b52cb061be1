package io.ghlsync.examples.demo;

import java.util.Objects;

/**
 * Something wrong with the real-service settings, found before any network call.
 *
 * @param name the setting (or settings) concerned, e.g. {@code ONOFFICE_SECRET}
 * @param kind missing or invalid
 * @param explanation what it should hold or why it is refused (never the value of a secret)
 */
record SettingProblem(String name, Kind kind, String explanation) {

  /** Whether a setting is missing or has a value that cannot be used. */
  public enum Kind {
    /** Not given. */
    MISSING,
    /** Given, but unusable. */
    INVALID
  }

  /** Validates the components. */
  public SettingProblem {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(explanation, "explanation");
  }

  /**
   * A missing setting.
   *
   * @param setting the setting
   * @return the problem
   */
  static SettingProblem missing(Setting setting) {
    return new SettingProblem(setting.name(), Kind.MISSING, setting.meaning());
  }

  /**
   * An unusable setting.
   *
   * @param name the setting name
   * @param why why it is refused
   * @return the problem
   */
  static SettingProblem invalid(String name, String why) {
    return new SettingProblem(name, Kind.INVALID, why);
  }

  /**
   * One line for the user.
   *
   * @return e.g. {@code "missing ONOFFICE_SECRET: the onOffice enterprise API secret"}
   */
  public String line() {
    return (kind == Kind.MISSING ? "missing " : "invalid ") + name + ": " + explanation;
  }
}
