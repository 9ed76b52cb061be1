package io.ghlsync.sync.store.jdbc.internal;

import io.ghlsync.sync.model.Trigger;
import io.ghlsync.sync.store.WorkItem;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;

/** Reads and writes the columns of a {@link WorkItem} in {@code ghlsync_work_item}. */
final class WorkItemRows {
  /** The item columns, without the engine. */
  static final String COLUMNS =
      "id, location_id, contact_id, targets, triggers, attempts, last_error, enqueued_at,"
          + " not_before";

  static final int ERROR_LENGTH = 4000;

  private WorkItemRows() {}

  static WorkItem read(ResultSet rs) throws SQLException {
    return new WorkItem(
        rs.getString("id"),
        rs.getString("location_id"),
        rs.getString("contact_id"),
        targets(rs.getString("targets")),
        triggers(rs.getString("triggers")),
        rs.getInt("attempts"),
        rs.getString("last_error"),
        Sql.requireInstant(rs, "enqueued_at"),
        Sql.requireInstant(rs, "not_before"));
  }

  /** Binds the nine {@link #COLUMNS} from {@code first} on. */
  static void bind(PreparedStatement ps, int first, WorkItem item) throws SQLException {
    ps.setString(first, item.id());
    ps.setString(first + 1, item.locationId());
    ps.setString(first + 2, item.contactId());
    ps.setString(first + 3, targets(item.targets()));
    ps.setString(first + 4, triggers(item.triggers()));
    ps.setInt(first + 5, item.attempts());
    ps.setString(first + 6, Sql.clip(item.lastError(), ERROR_LENGTH));
    Sql.setInstant(ps, first + 7, item.enqueuedAt());
    Sql.setInstant(ps, first + 8, item.notBefore());
  }

  static String targets(Set<String> targets) {
    for (String t : targets) {
      if (t.indexOf(',') >= 0) {
        throw new IllegalArgumentException(
            "target name '" + t + "' contains a comma, which the JDBC store cannot keep");
      }
    }
    return String.join(",", new TreeSet<>(targets));
  }

  static Set<String> targets(String column) {
    return new TreeSet<>(Arrays.asList(column.split(",")));
  }

  static String triggers(Set<Trigger> triggers) {
    StringJoiner out = new StringJoiner(",");
    for (Trigger t : EnumSet.copyOf(triggers)) {
      out.add(t.name());
    }
    return out.toString();
  }

  static Set<Trigger> triggers(String column) {
    Set<Trigger> out = EnumSet.noneOf(Trigger.class);
    for (String name : column.split(",")) {
      if (!name.isEmpty()) {
        out.add(Trigger.valueOf(name));
      }
    }
    return out;
  }

  /** An item with its timestamps and error at what the database keeps. */
  static WorkItem stored(WorkItem i) {
    return new WorkItem(
        i.id(),
        i.locationId(),
        i.contactId(),
        i.targets(),
        i.triggers(),
        i.attempts(),
        Sql.clip(i.lastError(), ERROR_LENGTH),
        Sql.micros(i.enqueuedAt()),
        Sql.micros(i.notBefore()));
  }

  static WorkItem with(
      WorkItem i,
      Set<String> targets,
      int attempts,
      String lastError,
      java.time.Instant notBefore) {
    return new WorkItem(
        i.id(),
        i.locationId(),
        i.contactId(),
        targets,
        i.triggers(),
        attempts,
        lastError,
        i.enqueuedAt(),
        notBefore);
  }
}
