package io.ghlsync.sync.store.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import io.ghlsync.sync.store.SyncStore;
import io.ghlsync.sync.testing.SyncStoreContract;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The store contract on PostgreSQL (one database for the class, emptied before each test). */
class PostgresSyncStoreContractTest extends SyncStoreContract {
  private static HikariDataSource pool;

  @BeforeAll
  static void database() {
    pool = TestDatabases.freshPostgres();
  }

  @AfterAll
  static void close() {
    pool.close();
  }

  @Override
  protected SyncStore newStore(Clock clock) {
    JdbcSyncStore store = JdbcSyncStore.builder(pool).clock(clock).createSchemaIfMissing().build();
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "TRUNCATE ghlsync_work_item, ghlsync_dead_letter, ghlsync_link, ghlsync_audit,"
              + " ghlsync_cursor, ghlsync_seen_webhook, ghlsync_rule_facts, ghlsync_rule_firing,"
              + " ghlsync_rule_turn, ghlsync_version");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return store;
  }
}
