package io.ghlsync.sync.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.ghlsync.sync.model.Trigger;
import io.ghlsync.sync.store.Lease;
import io.ghlsync.sync.store.WorkQueue;
import io.ghlsync.sync.testing.MutableClock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database that goes down or becomes read-only while work is leased: each failed call raises a
 * retryable {@link JdbcStoreException} naming the cause, nothing queued is lost, and the work is
 * done once the database is back.
 */
class DatabaseFailuresTest {
  private static final Duration LEASE = Duration.ofMinutes(1);
  private static final Set<String> T = Set.of("t");

  @TempDir Path dir;

  private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));

  @Test
  void aDatabaseThatGoesDownLosesNoWorkAndTheItemIsDoneWhenItIsBack() throws Exception {
    Server server =
        Server.createTcpServer("-tcpPort", "0", "-ifNotExists", "-baseDir", dir.toString()).start();
    int port = server.getPort();
    String url = "jdbc:h2:tcp://127.0.0.1:" + port + "/ghlsync";
    org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
    ds.setURL(url + ";IFEXISTS=FALSE");
    ds.setUser("sa");
    WorkQueue queue = store(ds).forEngine("e").queue();
    queue.enqueue("loc", "c1", T, Trigger.BACKFILL);
    Lease lease = queue.lease("w1", 10, LEASE).get(0);

    server.stop();
    assertThatThrownBy(() -> queue.complete(lease))
        .isInstanceOfSatisfying(JdbcStoreException.class, e -> assertThat(e.isRetryable()).isTrue())
        .hasMessageContaining("could not complete")
        .hasMessageContaining("unreachable");
    assertThatThrownBy(() -> queue.enqueue("loc", "c2", T, Trigger.WEBHOOK))
        .isInstanceOfSatisfying(JdbcStoreException.class, e -> assertThat(e.isRetryable()).isTrue())
        .hasMessageContaining("unreachable");

    Server again =
        Server.createTcpServer(
            "-tcpPort", String.valueOf(port), "-ifNotExists", "-baseDir", dir.toString());
    again.start();
    try {
      assertThat(queue.stats().leased()).as("the leased item is still there").isEqualTo(1);
      clock.advance(LEASE.plusSeconds(1));
      List<Lease> retaken = queue.lease("w2", 10, LEASE);
      assertThat(retaken).extracting(l -> l.item().contactId()).containsExactly("c1");
      assertThat(queue.complete(retaken.get(0))).isTrue();
      assertThat(queue.isIdle()).isTrue();
    } finally {
      again.stop();
    }
  }

  @Test
  void aReadOnlyH2DatabaseIsNamedAndTheLeasedItemIsDoneOnceItIsWritableAgain() throws Exception {
    Path file = dir.resolve("ghlsync");
    String url = "jdbc:h2:file:" + file.toAbsolutePath();
    org.h2.jdbcx.JdbcDataSource writable = new org.h2.jdbcx.JdbcDataSource();
    writable.setURL(url);
    writable.setUser("sa");
    WorkQueue queue = store(writable).forEngine("e").queue();
    queue.enqueue("loc", "c1", T, Trigger.BACKFILL);
    Lease lease = queue.lease("w1", 10, LEASE).get(0);

    org.h2.jdbcx.JdbcDataSource readOnly = new org.h2.jdbcx.JdbcDataSource();
    readOnly.setURL(url + ";ACCESS_MODE_DATA=r");
    readOnly.setUser("sa");
    WorkQueue frozen = JdbcSyncStore.builder(readOnly).clock(clock).build().forEngine("e").queue();
    assertThatThrownBy(() -> frozen.complete(lease))
        .isInstanceOfSatisfying(JdbcStoreException.class, e -> assertThat(e.isRetryable()).isTrue())
        .hasMessageContaining("could not complete")
        .hasMessageContaining("read-only")
        .hasMessageContaining("No queued work was lost");
    assertThat(queue.stats().leased()).as("the leased item is still there").isEqualTo(1);

    assertThat(queue.complete(lease)).as("done once the database is writable").isTrue();
    assertThat(queue.isIdle()).isTrue();
  }

  @Test
  void aReadOnlyPostgresDatabaseIsNamedAndQueuesAgainOnceWritable() throws Exception {
    String url = TestDatabases.newPostgresDatabase();
    String name = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
    try (HikariDataSource setup = TestDatabases.pool(url, 1)) {
      JdbcSchema.of(setup).createIfMissing();
      store(setup).forEngine("e").queue().enqueue("loc", "c1", T, Trigger.BACKFILL);
    }
    alter(name, "on");
    try (HikariDataSource ds = TestDatabases.pool(url, 2)) {
      WorkQueue queue = store(ds).forEngine("e").queue();
      assertThatThrownBy(() -> queue.enqueue("loc", "c2", T, Trigger.WEBHOOK))
          .isInstanceOfSatisfying(
              JdbcStoreException.class, e -> assertThat(e.isRetryable()).isTrue())
          .hasMessageContaining("could not")
          .hasMessageContaining("read-only");
      assertThatThrownBy(() -> queue.lease("w1", 10, LEASE)).hasMessageContaining("read-only");
    }
    alter(name, "off");
    try (HikariDataSource ds = TestDatabases.pool(url, 2)) {
      WorkQueue queue = store(ds).forEngine("e").queue();
      queue.enqueue("loc", "c2", T, Trigger.WEBHOOK);
      List<Lease> leases = queue.lease("w1", 10, LEASE);
      assertThat(leases).extracting(l -> l.item().contactId()).containsExactly("c1", "c2");
      leases.forEach(l -> assertThat(queue.complete(l)).isTrue());
      assertThat(queue.isIdle()).isTrue();
    }
  }

  private static void alter(String database, String readOnly) throws Exception {
    try (Connection c = TestDatabases.postgres().getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("ALTER DATABASE " + database + " SET default_transaction_read_only = " + readOnly);
    }
  }

  private JdbcSyncStore store(DataSource ds) {
    return JdbcSyncStore.builder(ds).clock(clock).createSchemaIfMissing().build();
  }
}
