package io.ghlsync.optmyzr;

/**
 * The OAuth scopes of the contacts contract. When the credential reports its granted scopes ({@link
 * io.ghlsync.core.TokenProvider#grantedScopes()}), a write whose scope is missing fails before it
 * is sent with {@link io.ghlsync.core.PermissionException}; when they are unknown (an API key,
 * say), the server decides.
 */
public final class OptmyzrScopes {
  /** Read contacts. */
  public static final String CONTACTS_READ = "contacts.read";

  /** Create, upsert and update contacts, including lead score and tags. */
  public static final String CONTACTS_WRITE = "contacts.write";

  /** Create, update and complete tasks. */
  public static final String TASKS_WRITE = "tasks.write";

  /** Append notes. */
  public static final String NOTES_WRITE = "notes.write";

  private OptmyzrScopes() {}
}
