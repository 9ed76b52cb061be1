package io.ghlsync.sync.store.jdbc.internal;

import io.ghlsync.sync.store.RecordedVersion;
import io.ghlsync.sync.store.VersionHistory;
import io.ghlsync.sync.store.VersionKind;
import io.ghlsync.sync.store.jdbc.JdbcDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The version history in {@code ghlsync_version}: insert-if-absent on (target, kind, version), so
 * instances starting together record one content and all read it back; rows are never changed.
 */
public final class JdbcVersionHistory implements VersionHistory {
  private static final String COLUMNS = "target, kind, version, name, hash, content, recorded_at";

  private final Sql sql;

  /**
   * Creates the history.
   *
   * @param sql the database
   */
  public JdbcVersionHistory(Sql sql) {
    this.sql = sql;
  }

  @Override
  public RecordedVersion recordIfAbsent(RecordedVersion candidate) {
    String insert =
        "INSERT INTO ghlsync_version ("
            + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?)"
            + (sql.dialect() == JdbcDialect.POSTGRESQL ? " ON CONFLICT DO NOTHING" : "");
    return sql.autoCommit(
        "record a mapping/scoring/rules version",
        c -> {
          try (PreparedStatement ps = c.prepareStatement(insert)) {
            ps.setString(1, candidate.target());
            ps.setString(2, candidate.kind().name());
            ps.setString(3, candidate.version());
            ps.setString(4, candidate.name());
            ps.setString(5, candidate.hash());
            ps.setString(6, candidate.content());
            Sql.setInstant(ps, 7, candidate.recordedAt());
            ps.executeUpdate();
          } catch (SQLException e) {
            if (!"23505".equals(e.getSQLState())) {
              throw e;
            }
          }
          return select(c, candidate.target(), candidate.kind(), candidate.version())
              .orElseThrow(() -> new SQLException("version row vanished after insert", "02000"));
        });
  }

  @Override
  public Optional<RecordedVersion> get(String target, VersionKind kind, String version) {
    return sql.autoCommit("read a recorded version", c -> select(c, target, kind, version));
  }

  @Override
  public List<RecordedVersion> list(String target, VersionKind kind) {
    return sql.autoCommit(
        "list recorded versions",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT "
                      + COLUMNS
                      + " FROM ghlsync_version WHERE target = ? AND kind = ? ORDER BY seq")) {
            ps.setString(1, target);
            ps.setString(2, kind.name());
            return rows(ps);
          }
        });
  }

  @Override
  public List<RecordedVersion> list() {
    return sql.autoCommit(
        "list recorded versions",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT " + COLUMNS + " FROM ghlsync_version ORDER BY seq")) {
            return rows(ps);
          }
        });
  }

  private static Optional<RecordedVersion> select(
      Connection c, String target, VersionKind kind, String version) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT "
                + COLUMNS
                + " FROM ghlsync_version WHERE target = ? AND kind = ? AND version = ?")) {
      ps.setString(1, target);
      ps.setString(2, kind.name());
      ps.setString(3, version);
      List<RecordedVersion> rows = rows(ps);
      return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }
  }

  private static List<RecordedVersion> rows(PreparedStatement ps) throws SQLException {
    List<RecordedVersion> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(
            new RecordedVersion(
                rs.getString("target"),
                VersionKind.valueOf(rs.getString("kind")),
                rs.getString("version"),
                rs.getString("name"),
                rs.getString("hash"),
                rs.getString("content"),
                Sql.requireInstant(rs, "recorded_at")));
      }
    }
    return out;
  }
}
