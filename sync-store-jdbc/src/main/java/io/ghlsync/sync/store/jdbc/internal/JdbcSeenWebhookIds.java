package io.ghlsync.sync.store.jdbc.internal;

import io.ghlsync.sync.store.ExpiryTimer;
import io.ghlsync.sync.store.SeenWebhookIds;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;

/**
 * One engine's accepted webhook ids in {@code ghlsync_seen_webhook}: insert-if-absent on the
 * primary key, so one delivery is accepted once across every instance. Ids older than {@link
 * SeenWebhookIds#RETENTION} are deleted at most once an hour per instance, when an id is marked.
 */
public final class JdbcSeenWebhookIds implements SeenWebhookIds {
  private final Sql sql;
  private final String engine;
  private final ExpiryTimer expiry;

  /**
   * Creates the view of one engine.
   *
   * @param sql the database
   * @param engine the engine name
   * @param clock the store's clock (for the retention)
   */
  public JdbcSeenWebhookIds(Sql sql, String engine, Clock clock) {
    this.sql = sql;
    this.engine = engine;
    this.expiry = new ExpiryTimer(clock);
  }

  @Override
  public int purgeExpired() {
    return purgeBefore(expiry.cutoff());
  }

  @Override
  public boolean markSeen(String webhookId, Instant receivedAt) {
    if (expiry.due()) {
      purgeExpired();
    }
    return sql.autoCommit(
        "record a webhook id",
        c -> {
          String insert =
              sql.dialect() == io.ghlsync.sync.store.jdbc.JdbcDialect.POSTGRESQL
                  ? "INSERT INTO ghlsync_seen_webhook (scope, webhook_id, seen_at)"
                      + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING"
                  : "INSERT INTO ghlsync_seen_webhook (scope, webhook_id, seen_at)"
                      + " VALUES (?, ?, ?)";
          try (PreparedStatement ps = c.prepareStatement(insert)) {
            ps.setString(1, engine);
            ps.setString(2, webhookId);
            Sql.setInstant(ps, 3, receivedAt);
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
  public void forget(String webhookId) {
    sql.autoCommit(
        "forget a webhook id",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "DELETE FROM ghlsync_seen_webhook WHERE scope = ? AND webhook_id = ?")) {
            ps.setString(1, engine);
            ps.setString(2, webhookId);
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public int purgeBefore(Instant cutoff) {
    return sql.autoCommit(
        "purge old webhook ids",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "DELETE FROM ghlsync_seen_webhook WHERE scope = ? AND seen_at < ?")) {
            ps.setString(1, engine);
            Sql.setInstant(ps, 2, cutoff);
            return ps.executeUpdate();
          }
        });
  }
}
