package io.ghlsync.optmyzr.model;

import java.util.Locale;

/** The {@code status} of a task in the contacts contract. */
public enum TaskStatus {
  /** {@code open}: not done yet. */
  OPEN("open"),
  /** {@code completed}: done; {@code completed_at} is set. */
  COMPLETED("completed"),
  /** A status this client does not know (the server sent something else). */
  UNKNOWN("unknown");

  private final String wireValue;

  TaskStatus(String wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * The JSON value, e.g. {@code open}.
   *
   * @return the lower-case JSON value; {@code unknown} for {@link #UNKNOWN}
   */
  public String wireValue() {
    return wireValue;
  }

  /**
   * Reads a JSON value leniently.
   *
   * @param value the value the server sent
   * @return the status, {@link #UNKNOWN} if not recognised
   */
  public static TaskStatus fromWire(String value) {
    String v = value.trim().toLowerCase(Locale.ROOT);
    for (TaskStatus s : values()) {
      if (s != UNKNOWN && s.wireValue.equals(v)) {
        return s;
      }
    }
    return UNKNOWN;
  }
}
