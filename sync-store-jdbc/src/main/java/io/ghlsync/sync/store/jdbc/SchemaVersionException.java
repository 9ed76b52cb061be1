package io.ghlsync.sync.store.jdbc;

/**
 * The database holds no ghlsync tables, or tables of an older schema version than this code needs.
 * The message names the scripts to run (or {@link JdbcSchema#createIfMissing()} to call); nothing
 * was read or written.
 */
public final class SchemaVersionException extends JdbcStoreException {
  private static final long serialVersionUID = 1L;

  /** The installed schema version, 0 when the tables are missing. */
  private final int installed;

  /** The schema version this code needs. */
  private final int required;

  /**
   * Creates an exception.
   *
   * @param message what is missing and which script to run
   * @param installed the installed version, 0 when the tables are missing
   * @param required the version this code needs
   */
  public SchemaVersionException(String message, int installed, int required) {
    super(message, false, null);
    this.installed = installed;
    this.required = required;
  }

  /**
   * The schema version found in the database.
   *
   * @return the installed version, 0 when the ghlsync tables are missing
   */
  public int installed() {
    return installed;
  }

  /**
   * The schema version this code needs.
   *
   * @return the required version
   */
  public int required() {
    return required;
  }
}
