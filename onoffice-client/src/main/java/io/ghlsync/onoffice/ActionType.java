package io.ghlsync.onoffice;

import java.util.Optional;

/**
 * The six onOffice action kinds. Each is sent as its URN in the {@code actionid} field, e.g. {@code
 * urn:onoffice-de-ns:smart:2.5:smartml:action:read}.
 */
public enum ActionType {
  /** Reads records (cacheable). */
  READ("read"),
  /** Creates a record. */
  CREATE("create"),
  /** Modifies a record. */
  MODIFY("modify"),
  /** Reads lists and lookups such as search, relations and fields (cacheable). */
  GET("get"),
  /** Triggers a server-side operation. */
  DO("do"),
  /** Deletes a record (only relations, files, appointments and search criteria). */
  DELETE("delete");

  /** Common prefix of every action URN. */
  public static final String URN_PREFIX = "urn:onoffice-de-ns:smart:2.5:smartml:action:";

  private final String urn;

  ActionType(String name) {
    this.urn = URN_PREFIX + name;
  }

  /**
   * The URN sent as {@code actionid}.
   *
   * @return {@link #URN_PREFIX} followed by the action name, e.g. {@code ...:action:read}
   */
  public String urn() {
    return urn;
  }

  /**
   * Whether the action only reads, so that repeating it after a failure cannot change data.
   *
   * @return {@code true} for {@link #READ} and {@link #GET}
   */
  public boolean isReadOnly() {
    return this == READ || this == GET;
  }

  /**
   * Finds the action type of a URN.
   *
   * @param urn an {@code actionid} value
   * @return the type, or empty for an unknown URN
   */
  public static Optional<ActionType> fromUrn(String urn) {
    for (ActionType type : values()) {
      if (type.urn.equals(urn)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
