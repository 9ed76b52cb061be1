package io.ghlsync.onoffice.model;

/**
 * A relation type URN, {@code
 * urn:onoffice-de-ns:smart:2.5:relationTypes:<parent>:<child>[:<desc>]}. Parent and child must not
 * be swapped.
 *
 * @param urn the URN
 */
public record RelationType(String urn) {
  /** Common prefix of relation type URNs. */
  public static final String PREFIX = "urn:onoffice-de-ns:smart:2.5:relationTypes:";

  /** Task (parent) to address (child). */
  public static final RelationType TASK_ADDRESS = of("task:address");

  /** Agents-log entry (parent) to address (child). */
  public static final RelationType AGENTSLOG_ADDRESS = of("agentsLog:address");

  /** Main contact (parent) to second-level contact address (child). */
  public static final RelationType ADDRESS_CONTACT_ADDRESS = of("address:contact:address");

  /** Address (parent) to its support user (officer, Betreuer). */
  public static final RelationType ADDRESS_USER_OFFICER = of("address:user:officer");

  /** Estate (parent) to owner address (child). */
  public static final RelationType ESTATE_ADDRESS_OWNER = of("estate:address:owner");

  /** Estate (parent) to interested address (child). */
  public static final RelationType ESTATE_ADDRESS_INTERESTED = of("estate:address:interested");

  /** Calendar entry (parent) to address (child). */
  public static final RelationType CALENDAR_ADDRESS = of("calendar:address");

  /**
   * Validates the URN.
   *
   * @param urn the URN, starting with {@link #PREFIX}
   * @throws IllegalArgumentException naming {@code relationtype} if it lacks the prefix
   */
  public RelationType {
    if (urn == null || !urn.startsWith(PREFIX) || urn.length() == PREFIX.length()) {
      throw new IllegalArgumentException(
          "relationtype must be a URN starting with " + PREFIX + ", was '" + urn + "'");
    }
  }

  /**
   * A type from the part after the prefix.
   *
   * @param suffix e.g. {@code task:address}
   * @return the type
   */
  public static RelationType of(String suffix) {
    return new RelationType(PREFIX + suffix);
  }
}
