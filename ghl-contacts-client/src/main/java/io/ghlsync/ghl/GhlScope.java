package io.ghlsync.ghl;

/** The OAuth / private-integration scopes the Contacts API operations (and task search) need. */
public enum GhlScope {
  /** Read contacts, tasks, notes, appointments; search. */
  CONTACTS_READONLY("contacts.readonly"),
  /** Create, update and delete contacts, tasks, notes, tags, followers, campaigns, workflows. */
  CONTACTS_WRITE("contacts.write"),
  /** Search a location's tasks ({@code POST /locations/{locationId}/tasks/search}). */
  LOCATIONS_TASKS_READONLY("locations/tasks.readonly");

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
