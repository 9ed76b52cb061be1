package io.ghlsync.sync.store.jdbc.internal;

import io.ghlsync.sync.model.Trigger;
import io.ghlsync.sync.store.DeadLetter;
import io.ghlsync.sync.store.Lease;
import io.ghlsync.sync.store.QueueStats;
import io.ghlsync.sync.store.WorkItem;
import io.ghlsync.sync.store.WorkQueue;
import io.ghlsync.sync.store.jdbc.JdbcDialect;
import io.ghlsync.sync.store.jdbc.JdbcStoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One engine's work queue in {@code ghlsync_work_item}, shared by every instance of that engine on
 * the database.
 *
 * <ul>
 *   <li>A contact has at most one waiting ({@code W}) and one leased ({@code L}) row per engine:
 *       the unique key {@code (engine, location_id, contact_id, state)} makes the database refuse a
 *       second lease of a contact, whatever the code does. A claim or enqueue that loses that race
 *       runs again.
 *   <li>PostgreSQL claims pick rows with {@code FOR UPDATE SKIP LOCKED} inside a CTE, so claimers
 *       never wait for each other and the planner cannot lease more rows than the limit.
 *   <li>Every write after the claim names the item id and the lease token and requires the lease to
 *       be unexpired: a worker whose lease ran out changes nothing and is told so.
 *   <li>Time comes from the store's one clock. Instances on several machines compare their clocks
 *       through the lease deadlines, so their clocks must agree to well within the lease duration
 *       (NTP keeps them within milliseconds; leases last a minute or more).
 * </ul>
 */
public final class JdbcWorkQueue implements WorkQueue {
  private static final String ITEM =
      "SELECT " + WorkItemRows.COLUMNS + ", seq FROM ghlsync_work_item";

  private final Sql sql;
  private final String engine;
  private final Clock clock;

  /**
   * Creates the queue view of one engine.
   *
   * @param sql the database
   * @param engine the engine name
   * @param clock the store's clock
   */
  public JdbcWorkQueue(Sql sql, String engine, Clock clock) {
    this.sql = sql;
    this.engine = engine;
    this.clock = clock;
  }

  private Instant now() {
    return Sql.micros(clock.instant());
  }

  @Override
  public WorkItem enqueue(
      String locationId, String contactId, Set<String> targets, Trigger trigger) {
    Instant now = now();
    WorkItem fresh =
        new WorkItem(
            UUID.randomUUID().toString(),
            locationId,
            contactId,
            targets,
            Set.of(trigger),
            0,
            "",
            now,
            now);
    return sql.transaction("queue a work item", c -> putWaiting(c, fresh, null));
  }

  /**
   * Makes {@code item} wait: merged into the contact's waiting row if there is one, else as its own
   * row ({@code fromRow} is the leased row it comes from, or null for a new row).
   */
  private WorkItem putWaiting(Connection c, WorkItem item, @Nullable String fromRow)
      throws SQLException {
    WorkItem sibling = waitingOf(c, item.locationId(), item.contactId());
    if (sibling != null) {
      WorkItem merged = WorkItemRows.stored(sibling.mergedWith(item));
      update(c, merged);
      if (fromRow != null) {
        delete(c, fromRow);
      }
      return merged;
    }
    WorkItem stored = WorkItemRows.stored(item);
    if (fromRow != null) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "UPDATE ghlsync_work_item SET state = 'W', lease_owner = NULL, lease_token = NULL,"
                  + " lease_until = NULL, targets = ?, triggers = ?, attempts = ?,"
                  + " last_error = ?, enqueued_at = ?, not_before = ? WHERE id = ?")) {
        bindMutable(ps, stored);
        ps.setString(7, fromRow);
        ps.executeUpdate();
      }
      return stored;
    }
    if (exists(c, stored.id())) {
      // A replayed item whose id still names a leased row (its other targets): a new id.
      stored =
          WorkItemRows.stored(
              new WorkItem(
                  UUID.randomUUID().toString(),
                  item.locationId(),
                  item.contactId(),
                  item.targets(),
                  item.triggers(),
                  item.attempts(),
                  item.lastError(),
                  item.enqueuedAt(),
                  item.notBefore()));
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO ghlsync_work_item ("
                + WorkItemRows.COLUMNS
                + ", engine, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'W')")) {
      WorkItemRows.bind(ps, 1, stored);
      ps.setString(10, engine);
      ps.executeUpdate();
    }
    return stored;
  }

  private static boolean exists(Connection c, String id) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT 1 FROM ghlsync_work_item WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private @Nullable WorkItem waitingOf(Connection c, String locationId, String contactId)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            ITEM
                + " WHERE engine = ? AND location_id = ? AND contact_id = ? AND state = 'W'"
                + " FOR UPDATE")) {
      ps.setString(1, engine);
      ps.setString(2, locationId);
      ps.setString(3, contactId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? WorkItemRows.read(rs) : null;
      }
    }
  }

  private static void update(Connection c, WorkItem item) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE ghlsync_work_item SET targets = ?, triggers = ?, attempts = ?, last_error = ?,"
                + " enqueued_at = ?, not_before = ? WHERE id = ?")) {
      bindMutable(ps, WorkItemRows.stored(item));
      ps.setString(7, item.id());
      ps.executeUpdate();
    }
  }

  private static void bindMutable(PreparedStatement ps, WorkItem item) throws SQLException {
    ps.setString(1, WorkItemRows.targets(item.targets()));
    ps.setString(2, WorkItemRows.triggers(item.triggers()));
    ps.setInt(3, item.attempts());
    ps.setString(4, Sql.clip(item.lastError(), WorkItemRows.ERROR_LENGTH));
    Sql.setInstant(ps, 5, item.enqueuedAt());
    Sql.setInstant(ps, 6, item.notBefore());
  }

  private static void delete(Connection c, String id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM ghlsync_work_item WHERE id = ?")) {
      ps.setString(1, id);
      ps.executeUpdate();
    }
  }

  @Override
  public List<Lease> lease(String owner, int max, Duration leaseFor) {
    if (max <= 0) {
      return List.of();
    }
    Instant now = now();
    reclaimExpired(now);
    String token = UUID.randomUUID().toString();
    Instant until = Sql.micros(now.plus(leaseFor));
    List<WorkItem> items =
        sql.transaction(
            "claim work items",
            c ->
                sql.dialect() == JdbcDialect.POSTGRESQL
                    ? claimPostgres(c, owner, token, max, until, now)
                    : claimH2(c, owner, token, max, until, now));
    List<Lease> out = new ArrayList<>(items.size());
    for (WorkItem item : items) {
      out.add(new Lease(item, owner, token, until));
    }
    return out;
  }

  private static final String READY =
      " FROM ghlsync_work_item w WHERE w.engine = ? AND w.state = 'W' AND w.not_before <= ?"
          + " AND NOT EXISTS (SELECT 1 FROM ghlsync_work_item l WHERE l.engine = w.engine"
          + " AND l.location_id = w.location_id AND l.contact_id = w.contact_id"
          + " AND l.state = 'L')"
          + " ORDER BY w.not_before, w.seq";

  private record Claimed(WorkItem item, long seq) {}

  private List<WorkItem> claimPostgres(
      Connection c, String owner, String token, int max, Instant until, Instant now)
      throws SQLException {
    List<Claimed> rows = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "WITH picked AS (SELECT w.id"
                + READY
                + " LIMIT ? FOR UPDATE SKIP LOCKED)"
                + " UPDATE ghlsync_work_item i SET state = 'L', lease_owner = ?, lease_token = ?,"
                + " lease_until = ? FROM picked WHERE i.id = picked.id RETURNING i.id,"
                + " i.location_id, i.contact_id, i.targets, i.triggers, i.attempts,"
                + " i.last_error, i.enqueued_at, i.not_before, i.seq")) {
      ps.setString(1, engine);
      Sql.setInstant(ps, 2, now);
      ps.setInt(3, max);
      ps.setString(4, owner);
      ps.setString(5, token);
      Sql.setInstant(ps, 6, until);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(new Claimed(WorkItemRows.read(rs), rs.getLong("seq")));
        }
      }
    }
    rows.sort(
        Comparator.<Claimed, Instant>comparing(r -> r.item().notBefore())
            .thenComparingLong(Claimed::seq));
    return rows.stream().map(Claimed::item).toList();
  }

  private List<WorkItem> claimH2(
      Connection c, String owner, String token, int max, Instant until, Instant now)
      throws SQLException {
    List<WorkItem> picked = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT w.id, w.location_id, w.contact_id, w.targets, w.triggers, w.attempts,"
                + " w.last_error, w.enqueued_at, w.not_before"
                + READY
                + " FETCH FIRST ? ROWS ONLY FOR UPDATE SKIP LOCKED")) {
      ps.setString(1, engine);
      Sql.setInstant(ps, 2, now);
      ps.setInt(3, max);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          picked.add(WorkItemRows.read(rs));
        }
      }
    }
    if (picked.isEmpty()) {
      return picked;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE ghlsync_work_item SET state = 'L', lease_owner = ?, lease_token = ?,"
                + " lease_until = ? WHERE id = ?")) {
      for (WorkItem item : picked) {
        ps.setString(1, owner);
        ps.setString(2, token);
        Sql.setInstant(ps, 3, until);
        ps.setString(4, item.id());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    return picked;
  }

  /**
   * Returns this engine's expired leases to the queue, ready at once. A lease whose contact
   * meanwhile got a waiting item merges into it, as in the in-memory queue.
   */
  private void reclaimExpired(Instant now) {
    sql.transaction(
        "reclaim expired leases",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE ghlsync_work_item SET state = 'W', lease_owner = NULL,"
                      + " lease_token = NULL, lease_until = NULL, not_before = ?"
                      + " WHERE engine = ? AND state = 'L' AND lease_until <= ? AND NOT EXISTS"
                      + " (SELECT 1 FROM ghlsync_work_item x WHERE x.engine = ? AND"
                      + " x.location_id = ghlsync_work_item.location_id"
                      + " AND x.contact_id = ghlsync_work_item.contact_id AND x.state = 'W')")) {
            Sql.setInstant(ps, 1, now);
            ps.setString(2, engine);
            Sql.setInstant(ps, 3, now);
            ps.setString(4, engine);
            return ps.executeUpdate();
          }
        });
    List<String> withSibling =
        sql.autoCommit(
            "find expired leases",
            c -> {
              List<String> ids = new ArrayList<>();
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT id FROM ghlsync_work_item WHERE engine = ? AND state = 'L'"
                          + " AND lease_until <= ?")) {
                ps.setString(1, engine);
                Sql.setInstant(ps, 2, now);
                try (ResultSet rs = ps.executeQuery()) {
                  while (rs.next()) {
                    ids.add(rs.getString(1));
                  }
                }
              }
              return ids;
            });
    for (String id : withSibling) {
      sql.transaction(
          "reclaim an expired lease",
          c -> {
            WorkItem expired = expiredRow(c, id, now);
            if (expired != null) {
              putWaiting(c, withNotBefore(expired, now), id);
            }
            return 1;
          });
    }
  }

  private static @Nullable WorkItem expiredRow(Connection c, String id, Instant now)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            ITEM + " WHERE id = ? AND state = 'L' AND lease_until <= ? FOR UPDATE")) {
      ps.setString(1, id);
      Sql.setInstant(ps, 2, now);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? WorkItemRows.read(rs) : null;
      }
    }
  }

  /** The row a lease holds, locked, if the lease still holds it (same token, not expired). */
  private static @Nullable WorkItem held(Connection c, Lease lease, Instant now)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            ITEM
                + " WHERE id = ? AND state = 'L' AND lease_token = ? AND lease_until > ?"
                + " FOR UPDATE")) {
      ps.setString(1, lease.item().id());
      ps.setString(2, lease.token());
      Sql.setInstant(ps, 3, now);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? WorkItemRows.read(rs) : null;
      }
    }
  }

  private static WorkItem withNotBefore(WorkItem i, Instant notBefore) {
    return WorkItemRows.with(i, i.targets(), i.attempts(), i.lastError(), notBefore);
  }

  @Override
  public Optional<Lease> leaseContact(
      String locationId, String contactId, String owner, Duration leaseFor) {
    Instant now = now();
    reclaimExpired(now);
    String token = UUID.randomUUID().toString();
    Instant until = Sql.micros(now.plus(leaseFor));
    try {
      return sql.transaction(
          "claim the work item of a contact",
          c -> {
            WorkItem waiting = waitingOf(c, locationId, contactId);
            if (waiting == null || hasLeased(c, locationId, contactId)) {
              return Optional.<Lease>empty();
            }
            try (PreparedStatement ps =
                c.prepareStatement(
                    "UPDATE ghlsync_work_item SET state = 'L', lease_owner = ?, lease_token = ?,"
                        + " lease_until = ? WHERE id = ? AND state = 'W'")) {
              ps.setString(1, owner);
              ps.setString(2, token);
              Sql.setInstant(ps, 3, until);
              ps.setString(4, waiting.id());
              ps.executeUpdate();
            }
            return Optional.of(new Lease(waiting, owner, token, until));
          });
    } catch (JdbcStoreException e) {
      if (e.getCause() instanceof SQLException s && Sql.isConflict(s)) {
        return Optional.empty(); // another instance leased the contact meanwhile
      }
      throw e;
    }
  }

  private boolean hasLeased(Connection c, String locationId, String contactId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT 1 FROM ghlsync_work_item WHERE engine = ? AND location_id = ?"
                + " AND contact_id = ? AND state = 'L'")) {
      ps.setString(1, engine);
      ps.setString(2, locationId);
      ps.setString(3, contactId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  @Override
  public Optional<Lease> renew(Lease lease, Duration leaseFor) {
    Instant now = now();
    Instant until = Sql.micros(now.plus(leaseFor));
    int n =
        sql.autoCommit(
            "renew a lease",
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "UPDATE ghlsync_work_item SET lease_until = ? WHERE id = ?"
                          + " AND state = 'L' AND lease_token = ? AND lease_until > ?")) {
                Sql.setInstant(ps, 1, until);
                ps.setString(2, lease.item().id());
                ps.setString(3, lease.token());
                Sql.setInstant(ps, 4, now);
                return ps.executeUpdate();
              }
            });
    return n == 1
        ? Optional.of(new Lease(lease.item(), lease.owner(), lease.token(), until))
        : Optional.empty();
  }

  @Override
  public boolean complete(Lease lease) {
    Instant now = now();
    return sql.autoCommit(
            "complete a work item",
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "DELETE FROM ghlsync_work_item WHERE id = ? AND state = 'L'"
                          + " AND lease_token = ? AND lease_until > ?")) {
                ps.setString(1, lease.item().id());
                ps.setString(2, lease.token());
                Sql.setInstant(ps, 3, now);
                return ps.executeUpdate();
              }
            })
        == 1;
  }

  @Override
  public Optional<Lease> recordFailure(Lease lease, String error) {
    Instant now = now();
    return sql.transaction(
        "record a failed attempt",
        c -> {
          WorkItem held = held(c, lease, now);
          if (held == null) {
            return Optional.<Lease>empty();
          }
          WorkItem failed =
              WorkItemRows.stored(
                  WorkItemRows.with(
                      held, held.targets(), held.attempts() + 1, error, held.notBefore()));
          update(c, failed);
          return Optional.of(new Lease(failed, lease.owner(), lease.token(), lease.until()));
        });
  }

  @Override
  public boolean retryLater(Lease lease, Set<String> targets, String error, Duration delay) {
    if (targets.isEmpty() || !lease.item().targets().containsAll(targets)) {
      throw new IllegalArgumentException(
          "targets " + targets + " must be a non-empty subset of " + lease.item().targets());
    }
    Instant now = now();
    return sql.transaction(
        "schedule a retry",
        c -> {
          WorkItem held = held(c, lease, now);
          if (held == null) {
            return false;
          }
          WorkItem next =
              WorkItemRows.with(held, targets, held.attempts() + 1, error, now.plus(delay));
          putWaiting(c, next, held.id());
          return true;
        });
  }

  @Override
  public boolean release(Lease lease, Duration delay) {
    Instant now = now();
    return sql.transaction(
        "release a work item",
        c -> {
          WorkItem held = held(c, lease, now);
          if (held == null) {
            return false;
          }
          putWaiting(c, withNotBefore(held, now.plus(delay)), held.id());
          return true;
        });
  }

  @Override
  public Optional<DeadLetter> deadLetter(Lease lease, String target, String reason) {
    if (!lease.item().targets().contains(target)) {
      throw new IllegalArgumentException(
          "target " + target + " is not one of the item's targets " + lease.item().targets());
    }
    Instant now = now();
    return sql.transaction(
        "dead-letter a work item",
        c -> {
          WorkItem held = held(c, lease, now);
          if (held == null) {
            return Optional.<DeadLetter>empty();
          }
          Set<String> rest = new TreeSet<>(held.targets());
          rest.remove(target);
          if (rest.isEmpty()) {
            delete(c, held.id());
          } else {
            update(c, held.withTargets(rest));
          }
          DeadLetter letter =
              new DeadLetter(
                  UUID.randomUUID().toString(),
                  target,
                  held.withTargets(Set.of(target)),
                  Sql.clip(reason, WorkItemRows.ERROR_LENGTH),
                  now);
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO ghlsync_dead_letter (id, engine, target, item_id, location_id,"
                      + " contact_id, triggers, attempts, last_error, enqueued_at, not_before,"
                      + " reason, dead_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            WorkItem i = letter.item();
            ps.setString(1, letter.id());
            ps.setString(2, engine);
            ps.setString(3, target);
            ps.setString(4, i.id());
            ps.setString(5, i.locationId());
            ps.setString(6, i.contactId());
            ps.setString(7, WorkItemRows.triggers(i.triggers()));
            ps.setInt(8, i.attempts());
            ps.setString(9, i.lastError());
            Sql.setInstant(ps, 10, i.enqueuedAt());
            Sql.setInstant(ps, 11, i.notBefore());
            ps.setString(12, letter.reason());
            Sql.setInstant(ps, 13, letter.at());
            ps.executeUpdate();
          }
          return Optional.of(letter);
        });
  }

  private static final String DEAD =
      "SELECT id, target, item_id, location_id, contact_id, triggers, attempts, last_error,"
          + " enqueued_at, not_before, reason, dead_at FROM ghlsync_dead_letter";

  private static DeadLetter readDead(ResultSet rs) throws SQLException {
    String target = rs.getString("target");
    WorkItem item =
        new WorkItem(
            rs.getString("item_id"),
            rs.getString("location_id"),
            rs.getString("contact_id"),
            Set.of(target),
            WorkItemRows.triggers(rs.getString("triggers")),
            rs.getInt("attempts"),
            rs.getString("last_error"),
            Sql.requireInstant(rs, "enqueued_at"),
            Sql.requireInstant(rs, "not_before"));
    return new DeadLetter(
        rs.getString("id"),
        target,
        item,
        rs.getString("reason"),
        Sql.requireInstant(rs, "dead_at"));
  }

  @Override
  public List<DeadLetter> deadLetters() {
    return sql.autoCommit(
        "list dead letters",
        c -> {
          List<DeadLetter> out = new ArrayList<>();
          try (PreparedStatement ps = c.prepareStatement(DEAD + " WHERE engine = ? ORDER BY seq")) {
            ps.setString(1, engine);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(readDead(rs));
              }
            }
          }
          return out;
        });
  }

  @Override
  public Optional<WorkItem> replay(String deadLetterId) {
    Instant now = now();
    return sql.transaction(
        "replay a dead letter",
        c -> {
          DeadLetter letter;
          try (PreparedStatement ps =
              c.prepareStatement(DEAD + " WHERE id = ? AND engine = ? FOR UPDATE")) {
            ps.setString(1, deadLetterId);
            ps.setString(2, engine);
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                return Optional.<WorkItem>empty();
              }
              letter = readDead(rs);
            }
          }
          try (PreparedStatement ps =
              c.prepareStatement("DELETE FROM ghlsync_dead_letter WHERE id = ?")) {
            ps.setString(1, deadLetterId);
            ps.executeUpdate();
          }
          WorkItem i = letter.item();
          Set<Trigger> triggers = EnumSet.copyOf(i.triggers());
          triggers.add(Trigger.REPLAY);
          WorkItem again =
              new WorkItem(
                  i.id(),
                  i.locationId(),
                  i.contactId(),
                  Set.of(letter.target()),
                  triggers,
                  0,
                  "",
                  i.enqueuedAt(),
                  now);
          return Optional.of(putWaiting(c, again, null));
        });
  }

  @Override
  public QueueStats stats() {
    Instant now = now();
    reclaimExpired(now);
    return sql.autoCommit(
        "count the queue",
        c -> {
          int ready;
          int delayed;
          int leased;
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT COALESCE(SUM(CASE WHEN state = 'W' AND not_before <= ? THEN 1 ELSE 0"
                      + " END), 0), COALESCE(SUM(CASE WHEN state = 'W' AND not_before > ? THEN 1"
                      + " ELSE 0 END), 0), COALESCE(SUM(CASE WHEN state = 'L' THEN 1 ELSE 0"
                      + " END), 0) FROM ghlsync_work_item WHERE engine = ?")) {
            Sql.setInstant(ps, 1, now);
            Sql.setInstant(ps, 2, now);
            ps.setString(3, engine);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              ready = rs.getInt(1);
              delayed = rs.getInt(2);
              leased = rs.getInt(3);
            }
          }
          int dead;
          try (PreparedStatement ps =
              c.prepareStatement("SELECT COUNT(*) FROM ghlsync_dead_letter WHERE engine = ?")) {
            ps.setString(1, engine);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              dead = rs.getInt(1);
            }
          }
          return new QueueStats(ready, delayed, leased, dead);
        });
  }

  @Override
  public boolean isIdle() {
    return sql.autoCommit(
        "check whether the queue is idle",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT 1 FROM ghlsync_work_item WHERE engine = ? FETCH FIRST 1 ROWS ONLY")) {
            ps.setString(1, engine);
            try (ResultSet rs = ps.executeQuery()) {
              return !rs.next();
            }
          }
        });
  }
}
