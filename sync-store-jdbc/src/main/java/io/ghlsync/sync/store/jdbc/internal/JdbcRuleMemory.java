package io.ghlsync.sync.store.jdbc.internal;

import io.ghlsync.sync.rules.ContactFacts;
import io.ghlsync.sync.rules.FiringKey;
import io.ghlsync.sync.rules.RuleMemory;
import io.ghlsync.sync.rules.RuleSubject;
import io.ghlsync.sync.store.jdbc.JdbcDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Activity-rule memory in three tables: {@code ghlsync_rule_facts} (a row per contact and target,
 * the facts as JSON), {@code ghlsync_rule_firing} (the primary key is the firing key: a claim is an
 * insert that wins once across every instance) and {@code ghlsync_rule_turn} (a counter per rule,
 * incremented under its row lock).
 */
public final class JdbcRuleMemory implements RuleMemory {
  private final Sql sql;
  private final Clock clock;

  /**
   * Creates the memory.
   *
   * @param sql the database
   * @param clock stamps claims
   */
  public JdbcRuleMemory(Sql sql, Clock clock) {
    this.sql = sql;
    this.clock = clock;
  }

  @Override
  public Optional<ContactFacts> facts(RuleSubject subject) {
    return sql.autoCommit(
        "read a contact's rule facts",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT facts FROM ghlsync_rule_facts"
                      + " WHERE target = ? AND location_id = ? AND contact_id = ?")) {
            bind(ps, subject);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(decode(rs.getString(1))) : Optional.empty();
            }
          }
        });
  }

  @Override
  public void remember(RuleSubject subject, ContactFacts facts) {
    String upsert =
        sql.dialect() == JdbcDialect.POSTGRESQL
            ? "INSERT INTO ghlsync_rule_facts (target, location_id, contact_id, facts, last_activity)"
                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (target, location_id, contact_id)"
                + " DO UPDATE SET facts = EXCLUDED.facts, last_activity = EXCLUDED.last_activity"
            : "MERGE INTO ghlsync_rule_facts (target, location_id, contact_id, facts, last_activity)"
                + " KEY (target, location_id, contact_id) VALUES (?, ?, ?, ?, ?)";
    sql.autoCommit(
        "remember a contact's rule facts",
        c -> {
          try (PreparedStatement ps = c.prepareStatement(upsert)) {
            bind(ps, subject);
            ps.setString(4, encode(facts));
            Sql.setInstant(ps, 5, facts.lastActivity().orElse(null));
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public boolean claim(FiringKey key) {
    String insert =
        "INSERT INTO ghlsync_rule_firing"
            + " (target, location_id, contact_id, rule_id, change_key, claimed_at)"
            + " VALUES (?, ?, ?, ?, ?, ?)"
            + (sql.dialect() == JdbcDialect.POSTGRESQL ? " ON CONFLICT DO NOTHING" : "");
    return sql.autoCommit(
        "claim a rule firing",
        c -> {
          try (PreparedStatement ps = c.prepareStatement(insert)) {
            bind(ps, key);
            Sql.setInstant(ps, 6, clock.instant());
            return ps.executeUpdate() == 1;
          } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
              return false;
            }
            throw e;
          }
        });
  }

  @Override
  public boolean claimed(FiringKey key) {
    return sql.autoCommit(
        "read a rule firing",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT 1 FROM ghlsync_rule_firing WHERE target = ? AND location_id = ?"
                      + " AND contact_id = ? AND rule_id = ? AND change_key = ?")) {
            bind(ps, key);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next();
            }
          }
        });
  }

  @Override
  public void release(FiringKey key) {
    sql.autoCommit(
        "release a rule firing",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "DELETE FROM ghlsync_rule_firing WHERE target = ? AND location_id = ?"
                      + " AND contact_id = ? AND rule_id = ? AND change_key = ?")) {
            bind(ps, key);
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public long nextTurn(String target, String ruleId) {
    return sql.transaction(
        "take a round-robin turn",
        c -> {
          if (update(c, target, ruleId) == 0) {
            // First turn of the rule; a concurrent first insert loses on the key and the
            // transaction runs again, then finds the row.
            try (PreparedStatement ps =
                c.prepareStatement(
                    "INSERT INTO ghlsync_rule_turn (target, rule_id, next_turn) VALUES (?, ?, 1)")) {
              ps.setString(1, target);
              ps.setString(2, ruleId);
              ps.executeUpdate();
            }
            return 0L;
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT next_turn FROM ghlsync_rule_turn WHERE target = ? AND rule_id = ?")) {
            ps.setString(1, target);
            ps.setString(2, ruleId);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getLong(1) - 1;
            }
          }
        });
  }

  private static int update(Connection c, String target, String ruleId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE ghlsync_rule_turn SET next_turn = next_turn + 1"
                + " WHERE target = ? AND rule_id = ?")) {
      ps.setString(1, target);
      ps.setString(2, ruleId);
      return ps.executeUpdate();
    }
  }

  @Override
  public List<RuleSubject> inactiveSince(String target, Instant cutoff) {
    return sql.autoCommit(
        "list contacts without recent activity",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT location_id, contact_id FROM ghlsync_rule_facts"
                      + " WHERE target = ? AND last_activity <= ?"
                      + " ORDER BY location_id, contact_id")) {
            ps.setString(1, target);
            Sql.setInstant(ps, 2, cutoff);
            List<RuleSubject> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(new RuleSubject(target, rs.getString(1), rs.getString(2)));
              }
            }
            return out;
          }
        });
  }

  private static void bind(PreparedStatement ps, RuleSubject subject) throws SQLException {
    ps.setString(1, subject.target());
    ps.setString(2, subject.locationId());
    ps.setString(3, subject.contactId());
  }

  private static void bind(PreparedStatement ps, FiringKey key) throws SQLException {
    bind(ps, key.subject());
    ps.setString(4, key.ruleId());
    ps.setString(5, key.change());
  }

  static String encode(ContactFacts facts) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("version", facts.version());
    json.put("tags", List.copyOf(new TreeSet<>(facts.tags())));
    facts.score().ifPresent(s -> json.put("score", s.longValue()));
    json.put("statuses", facts.statuses());
    facts.lastActivity().ifPresent(t -> json.put("lastActivity", t.toString()));
    return ValueJson.write(json);
  }

  static ContactFacts decode(String text) {
    if (!(ValueJson.read(text) instanceof Map<?, ?> json)) {
      throw new IllegalStateException("ghlsync_rule_facts.facts is not a JSON object");
    }
    List<String> tags = new ArrayList<>();
    if (json.get("tags") instanceof List<?> list) {
      list.forEach(t -> tags.add(String.valueOf(t)));
    }
    Map<String, String> statuses = new LinkedHashMap<>();
    if (json.get("statuses") instanceof Map<?, ?> map) {
      map.forEach((k, v) -> statuses.put(String.valueOf(k), String.valueOf(v)));
    }
    Optional<Integer> score =
        json.get("score") instanceof Number n ? Optional.of(n.intValue()) : Optional.empty();
    Optional<Instant> last =
        json.get("lastActivity") instanceof String s
            ? Optional.of(Instant.parse(s))
            : Optional.empty();
    Object version = json.get("version");
    return new ContactFacts(
        version == null ? "" : String.valueOf(version), new TreeSet<>(tags), score, statuses, last);
  }
}
