package io.ghlsync.sync.store.jdbc.internal;

import io.ghlsync.sync.model.EntityKind;
import io.ghlsync.sync.store.Link;
import io.ghlsync.sync.store.LinkConflictException;
import io.ghlsync.sync.store.LinkKey;
import io.ghlsync.sync.store.LinkStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One target's links in {@code ghlsync_link}: unique on the GHL side (primary key) and on the
 * target side per kind (unique key), so two instances can never link one target record twice.
 * Snapshots are stored as typed JSON ({@link ValueJson}).
 */
public final class JdbcLinkStore implements LinkStore {
  private static final String LINK =
      "SELECT target, location_id, kind, ghl_id, contact_id, target_id, fingerprint, snapshot,"
          + " mapping_version, synced_at, tombstone FROM ghlsync_link";

  private final Sql sql;
  private final String target;

  /**
   * Creates the link view of one target.
   *
   * @param sql the database
   * @param target the target name
   */
  public JdbcLinkStore(Sql sql, String target) {
    this.sql = sql;
    this.target = target;
  }

  private void requireOwn(LinkKey key) {
    if (!key.target().equals(target)) {
      throw new IllegalArgumentException(
          "this link store belongs to target '"
              + target
              + "' but the key names '"
              + key.target()
              + "'; use store.forTarget(\""
              + key.target()
              + "\")");
    }
  }

  @SuppressWarnings("unchecked")
  private static Link read(ResultSet rs) throws SQLException {
    return new Link(
        new LinkKey(
            rs.getString("target"),
            rs.getString("location_id"),
            EntityKind.valueOf(rs.getString("kind")),
            rs.getString("ghl_id")),
        rs.getString("contact_id"),
        rs.getString("target_id"),
        rs.getString("fingerprint"),
        (Map<String, Object>) ValueJson.read(rs.getString("snapshot")),
        rs.getString("mapping_version"),
        Sql.requireInstant(rs, "synced_at"),
        rs.getBoolean("tombstone"));
  }

  @Override
  public Optional<Link> get(LinkKey key) {
    requireOwn(key);
    return sql.autoCommit("read a link", c -> get(c, key));
  }

  private static Optional<Link> get(Connection c, LinkKey key) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            LINK + " WHERE target = ? AND location_id = ? AND kind = ? AND ghl_id = ?")) {
      ps.setString(1, key.target());
      ps.setString(2, key.locationId());
      ps.setString(3, key.kind().name());
      ps.setString(4, key.ghlId());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    }
  }

  @Override
  public Optional<Link> findByTargetId(EntityKind kind, String targetId) {
    return sql.autoCommit("find a link by target id", c -> byTargetId(c, kind, targetId));
  }

  private Optional<Link> byTargetId(Connection c, EntityKind kind, String targetId)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(LINK + " WHERE target = ? AND kind = ? AND target_id = ?")) {
      ps.setString(1, target);
      ps.setString(2, kind.name());
      ps.setString(3, targetId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    }
  }

  @Override
  public void put(Link link) {
    requireOwn(link.key());
    String snapshot = ValueJson.write(link.snapshot());
    sql.transaction(
        "store a link",
        c -> {
          Optional<Link> holder = byTargetId(c, link.key().kind(), link.targetId());
          if (holder.isPresent() && !holder.get().key().equals(link.key())) {
            throw new LinkConflictException(link.key(), holder.get().key());
          }
          int updated;
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE ghlsync_link SET contact_id = ?, target_id = ?, fingerprint = ?,"
                      + " snapshot = ?, mapping_version = ?, synced_at = ?, tombstone = ?"
                      + " WHERE target = ? AND location_id = ? AND kind = ? AND ghl_id = ?")) {
            bindValues(ps, link, snapshot);
            bindKey(ps, 8, link.key());
            updated = ps.executeUpdate();
          }
          if (updated == 0) {
            try (PreparedStatement ps =
                c.prepareStatement(
                    "INSERT INTO ghlsync_link (contact_id, target_id, fingerprint, snapshot,"
                        + " mapping_version, synced_at, tombstone, target, location_id, kind,"
                        + " ghl_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
              bindValues(ps, link, snapshot);
              bindKey(ps, 8, link.key());
              ps.executeUpdate();
            }
          }
          return updated;
        });
  }

  private static void bindValues(PreparedStatement ps, Link link, String snapshot)
      throws SQLException {
    ps.setString(1, link.contactId());
    ps.setString(2, link.targetId());
    ps.setString(3, link.fingerprint());
    ps.setString(4, snapshot);
    ps.setString(5, link.mappingVersion());
    Sql.setInstant(ps, 6, link.syncedAt());
    ps.setBoolean(7, link.tombstone());
  }

  private static void bindKey(PreparedStatement ps, int first, LinkKey key) throws SQLException {
    ps.setString(first, key.target());
    ps.setString(first + 1, key.locationId());
    ps.setString(first + 2, key.kind().name());
    ps.setString(first + 3, key.ghlId());
  }

  @Override
  public void remove(LinkKey key) {
    requireOwn(key);
    sql.autoCommit(
        "remove a link",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "DELETE FROM ghlsync_link WHERE target = ? AND location_id = ? AND kind = ?"
                      + " AND ghl_id = ?")) {
            bindKey(ps, 1, key);
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public List<Link> forContact(String locationId, String contactId) {
    return sql.autoCommit(
        "read a contact's links",
        c -> {
          List<Link> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  LINK + " WHERE target = ? AND location_id = ? AND contact_id = ?")) {
            ps.setString(1, target);
            ps.setString(2, locationId);
            ps.setString(3, contactId);
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
  public long count() {
    return sql.autoCommit(
        "count links",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT COUNT(*) FROM ghlsync_link WHERE target = ?")) {
            ps.setString(1, target);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          }
        });
  }
}
