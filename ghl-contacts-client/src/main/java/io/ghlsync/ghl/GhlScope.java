package io.ghlsync.ghl;

/** The OAuth / private-integration scopes the Contacts API operations need. */
public enum GhlScope {
  /** Read contacts, tasks, notes, appointments; search. */
  CONTACTS_READONLY("contacts.readonly"),
  /** Create, update and delete contacts, tasks, notes, tags, followers, campaigns, workflows. */
  CONTACTS_WRITE("contacts.write");

  private final String value;

  GhlScope(String value) {
    this.value = value;
  }

  /**
   * The scope as GHL names it, e.g. {@code contacts.readonly}.
   *
   * @return the scope name
   */
  public String value() {
    return value;
  }

  @Override
  public String toString() {
    return value;
  }
}
