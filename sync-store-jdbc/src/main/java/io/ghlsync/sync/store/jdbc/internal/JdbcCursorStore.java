package io.ghlsync.sync.store.jdbc.internal;

import io.ghlsync.sync.store.CursorStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The cursors of one scope ({@code engine:<name>} or {@code target:<name>}) in ghlsync_cursor. */
public final class JdbcCursorStore implements CursorStore {
  private final Sql sql;
  private final String scope;
  private final Clock clock;

  /**
   * Creates the cursor view of one scope.
   *
   * @param sql the database
   * @param scope {@code engine:<name>} or {@code target:<name>}
   * @param clock the store's clock (for {@code updated_at})
   */
  public JdbcCursorStore(Sql sql, String scope, Clock clock) {
    this.sql = sql;
    this.scope = scope;
    this.clock = clock;
  }

  @Override
  public Optional<String> get(String name) {
    return sql.autoCommit(
        "read a cursor",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT cursor_value FROM ghlsync_cursor WHERE scope = ? AND name = ?")) {
            ps.setString(1, scope);
            ps.setString(2, name);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
            }
          }
        });
  }

  @Override
  public void put(String name, String value) {
    sql.transaction(
        "store a cursor",
        c -> {
          if (update(c, name, value, null) == 0) {
            insert(c, name, value);
          }
          return 1;
        });
  }

  @Override
  public boolean compareAndSet(String name, Optional<String> expected, String value) {
    if (expected.isPresent()) {
      return sql.autoCommit("advance a cursor", c -> update(c, name, value, expected.get()) == 1);
    }
    return sql.autoCommit(
        "create a cursor",
        c -> {
          try {
            insert(c, name, value);
            return true;
          } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
              return false; // another writer created it first
            }
            throw e;
          }
        });
  }

  private int update(java.sql.Connection c, String name, String value, @Nullable String expected)
      throws SQLException {
    String sqlText =
        "UPDATE ghlsync_cursor SET cursor_value = ?, updated_at = ? WHERE scope = ? AND name = ?"
            + (expected == null ? "" : " AND cursor_value = ?");
    try (PreparedStatement ps = c.prepareStatement(sqlText)) {
      ps.setString(1, value);
      Sql.setInstant(ps, 2, clock.instant());
      ps.setString(3, scope);
      ps.setString(4, name);
      if (expected != null) {
        ps.setString(5, expected);
      }
      return ps.executeUpdate();
    }
  }

  private void insert(java.sql.Connection c, String name, String value) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO ghlsync_cursor (scope, name, cursor_value, updated_at)"
                + " VALUES (?, ?, ?, ?)")) {
      ps.setString(1, scope);
      ps.setString(2, name);
      ps.setString(3, value);
      Sql.setInstant(ps, 4, clock.instant());
      ps.executeUpdate();
    }
  }

  @Override
  public void remove(String name) {
    sql.autoCommit(
        "remove a cursor",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("DELETE FROM ghlsync_cursor WHERE scope = ? AND name = ?")) {
            ps.setString(1, scope);
            ps.setString(2, name);
            return ps.executeUpdate();
          }
        });
  }
}
