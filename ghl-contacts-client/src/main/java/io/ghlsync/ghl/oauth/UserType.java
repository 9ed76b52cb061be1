package io.ghlsync.ghl.oauth;

import java.util.Optional;

/** The kind of GHL token: for one sub-account (location) or for an agency (company). */
public enum UserType {
  /** A sub-account token ({@code user_type=Location}). */
  LOCATION("Location"),
  /** An agency token ({@code user_type=Company}). */
  COMPANY("Company");

  private final String wireValue;

  UserType(String wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * The value GHL uses in {@code user_type} and {@code userType}.
   *
   * @return the wire value, e.g. {@code Location}
   */
  public String wireValue() {
    return wireValue;
  }

  /**
   * Reads GHL's {@code userType} value (case-insensitive).
   *
   * @param value the value, e.g. {@code "Location"}
   * @return the type, or empty if unknown
   */
  public static Optional<UserType> fromWire(String value) {
    for (UserType t : values()) {
      if (t.wireValue.equalsIgnoreCase(value)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
