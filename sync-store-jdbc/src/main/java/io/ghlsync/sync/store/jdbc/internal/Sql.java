package io.ghlsync.sync.store.jdbc.internal;

import io.ghlsync.sync.store.jdbc.JdbcDialect;
import io.ghlsync.sync.store.jdbc.JdbcStoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Connections, transactions and value conversions shared by the JDBC store's parts. A transaction
 * that loses a race on a unique key (two instances inserting the same waiting item) or on a
 * serialisation check is run again from the start; every other error becomes a {@link
 * JdbcStoreException} naming the operation.
 */
public final class Sql {
  private static final int ATTEMPTS = 8;

  private final DataSource dataSource;
  private final JdbcDialect dialect;

  /**
   * Creates the helper.
   *
   * @param dataSource the host's data source
   * @param dialect the database type
   */
  public Sql(DataSource dataSource, JdbcDialect dialect) {
    this.dataSource = dataSource;
    this.dialect = dialect;
  }

  /** Work on one connection. */
  @FunctionalInterface
  public interface Work<T> {
    /**
     * Does the work.
     *
     * @param c the connection
     * @return the result
     * @throws SQLException on a database error
     */
    T run(Connection c) throws SQLException;
  }

  /**
   * The dialect.
   *
   * @return the dialect
   */
  public JdbcDialect dialect() {
    return dialect;
  }

  /**
   * A new connection from the data source (the caller closes it).
   *
   * @return the connection
   * @throws SQLException if the database cannot be reached
   */
  public Connection connection() throws SQLException {
    return dataSource.getConnection();
  }

  /**
   * Runs work in auto-commit mode (each statement its own transaction).
   *
   * @param operation names the operation in errors
   * @param work the work
   * @param <T> the result type
   * @return the result
   */
  public <T> T autoCommit(String operation, Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      if (!c.getAutoCommit()) {
        c.setAutoCommit(true);
      }
      return work.run(c);
    } catch (SQLException e) {
      throw JdbcStoreException.of(operation, e);
    }
  }

  /**
   * Runs work in one transaction, again from the start when it lost a race on a unique key or a
   * serialisation check.
   *
   * @param operation names the operation in errors
   * @param work the work
   * @param <T> the result type
   * @return the result
   */
  public <T> T transaction(String operation, Work<T> work) {
    for (int attempt = 1; ; attempt++) {
      try (Connection c = dataSource.getConnection()) {
        c.setAutoCommit(false);
        try {
          T result = work.run(c);
          c.commit();
          return result;
        } catch (SQLException | RuntimeException e) {
          rollbackQuietly(c);
          throw e;
        } finally {
          restoreAutoCommit(c);
        }
      } catch (SQLException e) {
        if (!isConflict(e)) {
          throw JdbcStoreException.of(operation, e);
        }
        if (attempt == ATTEMPTS) {
          throw JdbcStoreException.of(operation + " (lost " + ATTEMPTS + " races in a row)", e);
        }
      }
    }
  }

  private static void rollbackQuietly(Connection c) {
    try {
      c.rollback();
    } catch (SQLException ignored) {
      // The connection is broken; the original error explains what happened.
    }
  }

  private static void restoreAutoCommit(Connection c) {
    try {
      c.setAutoCommit(true);
    } catch (SQLException ignored) {
      // A broken connection is discarded by the pool; nothing to restore.
    }
  }

  /**
   * Whether an error is a lost race: a unique-key violation, a serialisation failure, a deadlock,
   * or (H2) a row lock that timed out.
   *
   * @param e the error
   * @return true when running the transaction again may succeed
   */
  public static boolean isConflict(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    return state.equals("23505")
        || state.equals("40001")
        || state.equals("40P01")
        || state.equals("HYT00");
  }

  /**
   * Binds an instant, truncated to microseconds (what both databases keep).
   *
   * @param ps the statement
   * @param index the parameter index
   * @param value the instant, or null
   * @throws SQLException on a database error
   */
  public static void setInstant(PreparedStatement ps, int index, @Nullable Instant value)
      throws SQLException {
    if (value == null) {
      ps.setObject(index, null, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      ps.setObject(index, OffsetDateTime.ofInstant(micros(value), ZoneOffset.UTC));
    }
  }

  /**
   * Reads an instant column.
   *
   * @param rs the result set
   * @param column the column name
   * @return the instant, or null
   * @throws SQLException on a database error
   */
  public static @Nullable Instant getInstant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  /**
   * Reads a non-null instant column.
   *
   * @param rs the result set
   * @param column the column name
   * @return the instant
   * @throws SQLException on a database error, or if the column is null
   */
  public static Instant requireInstant(ResultSet rs, String column) throws SQLException {
    Instant t = getInstant(rs, column);
    if (t == null) {
      throw new SQLException("column " + column + " is null", "22004");
    }
    return t;
  }

  /**
   * Truncates an instant to what the databases store.
   *
   * @param value the instant
   * @return the instant at microsecond precision
   */
  public static Instant micros(Instant value) {
    return value.truncatedTo(ChronoUnit.MICROS);
  }

  /**
   * Cuts text to a column's length.
   *
   * @param text the text
   * @param max the column length
   * @return the text, at most {@code max} characters
   */
  public static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
