package io.ghlsync.sync.store.jdbc.internal;

import io.ghlsync.sync.model.Decision;
import io.ghlsync.sync.model.EntityKind;
import io.ghlsync.sync.model.FieldChange;
import io.ghlsync.sync.store.AuditEntry;
import io.ghlsync.sync.store.AuditLog;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The append-only audit trail in {@code ghlsync_audit}; field changes are stored as JSON. */
public final class JdbcAuditLog implements AuditLog {
  private static final String ENTRY =
      "SELECT at, target, location_id, contact_id, kind, ghl_id, target_id, decision,"
          + " mapping_version, changes, detail, work_item_id FROM ghlsync_audit";

  private final Sql sql;

  /**
   * Creates the audit trail.
   *
   * @param sql the database
   */
  public JdbcAuditLog(Sql sql) {
    this.sql = sql;
  }

  @Override
  public void append(AuditEntry e) {
    sql.autoCommit(
        "append to the audit trail",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO ghlsync_audit (at, target, location_id, contact_id, kind, ghl_id,"
                      + " target_id, decision, mapping_version, changes, detail, work_item_id)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Sql.setInstant(ps, 1, e.at());
            ps.setString(2, e.target());
            ps.setString(3, e.locationId());
            ps.setString(4, e.contactId());
            ps.setString(5, e.kind().name());
            ps.setString(6, e.ghlId());
            ps.setString(7, e.targetId().orElse(null));
            ps.setString(8, e.decision().name());
            ps.setString(9, e.mappingVersion());
            ps.setString(10, changes(e.changes()));
            ps.setString(11, Sql.clip(e.detail(), 4000));
            ps.setString(12, e.workItemId());
            return ps.executeUpdate();
          }
        });
  }

  private static String changes(List<FieldChange> changes) {
    List<Object> out = new ArrayList<>(changes.size());
    for (FieldChange f : changes) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("field", f.field());
      m.put("before", f.before());
      m.put("after", f.after());
      m.put("kind", f.kind().name());
      out.add(m);
    }
    return ValueJson.write(out);
  }

  private static List<FieldChange> changes(String json) {
    List<FieldChange> out = new ArrayList<>();
    for (Object o : (List<?>) ValueJson.read(json)) {
      Map<?, ?> m = (Map<?, ?>) o;
      out.add(
          new FieldChange(
              text(m, "field"),
              text(m, "before"),
              text(m, "after"),
              FieldChange.Kind.valueOf(text(m, "kind"))));
    }
    return out;
  }

  private static String text(Map<?, ?> m, String key) {
    Object v = m.get(key);
    if (!(v instanceof String s)) {
      throw new IllegalArgumentException("stored audit change has no " + key);
    }
    return s;
  }

  private static AuditEntry read(ResultSet rs) throws SQLException {
    return new AuditEntry(
        Sql.requireInstant(rs, "at"),
        rs.getString("target"),
        rs.getString("location_id"),
        rs.getString("contact_id"),
        EntityKind.valueOf(rs.getString("kind")),
        rs.getString("ghl_id"),
        Optional.ofNullable(rs.getString("target_id")),
        Decision.valueOf(rs.getString("decision")),
        rs.getString("mapping_version"),
        changes(rs.getString("changes")),
        rs.getString("detail"),
        rs.getString("work_item_id"));
  }

  @Override
  public List<AuditEntry> forContact(String locationId, String contactId) {
    return forContact(locationId, contactId, Instant.EPOCH.minusSeconds(1), Instant.MAX);
  }

  @Override
  public List<AuditEntry> forContact(
      String locationId, String contactId, Instant from, Instant to) {
    Instant upper = to.isAfter(Instant.parse("9999-12-31T00:00:00Z")) ? null : to;
    return sql.autoCommit(
        "read a contact's audit trail",
        c -> {
          List<AuditEntry> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  ENTRY
                      + " WHERE location_id = ? AND contact_id = ? AND at >= ?"
                      + (upper == null ? "" : " AND at < ?")
                      + " ORDER BY at, seq")) {
            ps.setString(1, locationId);
            ps.setString(2, contactId);
            Sql.setInstant(ps, 3, from);
            if (upper != null) {
              Sql.setInstant(ps, 4, upper);
            }
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(read(rs));
              }
            }
          }
          return out;
        });
  }

  @Override
  public List<AuditEntry> recent(int limit) {
    if (limit <= 0) {
      return List.of();
    }
    return sql.autoCommit(
        "read the recent audit trail",
        c -> {
          List<AuditEntry> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(ENTRY + " ORDER BY at DESC, seq DESC FETCH FIRST ? ROWS ONLY")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(read(rs));
              }
            }
          }
          return out;
        });
  }

  @Override
  public int purgeBefore(Instant cutoff) {
    return sql.autoCommit(
        "prune the audit trail",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("DELETE FROM ghlsync_audit WHERE at < ?")) {
            Sql.setInstant(ps, 1, cutoff);
            return ps.executeUpdate();
          }
        });
  }
}
