package io.ghlsync.sync.store.jdbc;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The JDBC store could not do what was asked. The message names the operation and the cause in
 * words a person can act on (database unreachable, read-only, schema too old); values of records
 * and tokens are never part of it. {@link #isRetryable()} tells whether the same call may succeed
 * later without a change (the database was down or read-only), in which case no state was changed
 * and the work item it concerned is still queued.
 */
public class JdbcStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** SQLState classes and codes that mean "try again later": connection, shutdown, read-only. */
  private static final Set<String> TRANSIENT_STATES =
      Set.of("25006", "40001", "40P01", "53300", "55P03", "57P01", "57P02", "57P03", "90097");

  /** Whether the same call may succeed later. */
  private final boolean retryable;

  /**
   * Creates an exception.
   *
   * @param message what failed and what to do
   * @param retryable whether the same call may succeed later
   * @param cause the underlying error, or null
   */
  public JdbcStoreException(String message, boolean retryable, @Nullable Throwable cause) {
    super(message, cause);
    this.retryable = retryable;
  }

  @Override
  public String getMessage() {
    String message = super.getMessage();
    return message == null ? "" : message;
  }

  /**
   * Whether the same call may succeed later (database unreachable, restarting or read-only).
   *
   * @return true when a retry may help
   */
  public boolean isRetryable() {
    return retryable;
  }

  /**
   * Translates a JDBC error of an operation.
   *
   * @param operation what the store was doing, e.g. {@code "claim work items"}
   * @param e the JDBC error
   * @return the exception to throw
   */
  public static JdbcStoreException of(String operation, SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    if (isReadOnly(e)) {
      return new JdbcStoreException(
          "the sync store could not "
              + operation
              + ": the database is read-only (SQLState "
              + state
              + "); give the store's user write access or point it at the primary. No queued"
              + " work was lost",
          true,
          e);
    }
    if (isTransient(state) || isConnectionFailure(e)) {
      return new JdbcStoreException(
          "the sync store could not "
              + operation
              + ": the database is unreachable or unavailable (SQLState "
              + state
              + ", "
              + e.getClass().getSimpleName()
              + "); nothing was changed and the call may be retried once it is back",
          true,
          e);
    }
    return new JdbcStoreException(
        "the sync store could not "
            + operation
            + " (SQLState "
            + state
            + ", error "
            + e.getErrorCode()
            + ")",
        false,
        e);
  }

  static boolean isTransient(String state) {
    return TRANSIENT_STATES.contains(state) || state.startsWith("08");
  }

  private static boolean isConnectionFailure(SQLException e) {
    // H2: connection broken (90067), database closed (90098), called at shutdown (90121).
    int code = e.getErrorCode();
    return e instanceof SQLTransientException
        || e instanceof SQLRecoverableException
        || e instanceof SQLNonTransientConnectionException
        || code == 90067
        || code == 90098
        || code == 90121;
  }

  private static boolean isReadOnly(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    return state.equals("25006") || state.equals("90097") || e.getErrorCode() == 90097;
  }
}
