package io.ghlsync.sync.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The databases the tests run on: one embedded PostgreSQL server per JVM (started on first use,
 * stopped at exit), with a fresh database per call, and H2 files in a test's folder.
 */
final class TestDatabases {
  private static final AtomicInteger NEXT = new AtomicInteger();
  private static EmbeddedPostgres postgres;

  private TestDatabases() {}

  static synchronized EmbeddedPostgres postgres() {
    if (postgres == null) {
      try {
        EmbeddedPostgres started = EmbeddedPostgres.builder().start();
        postgres = started;
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      try {
                        started.close();
                      } catch (IOException ignored) {
                        // the JVM is exiting; the server's folder is temporary
                      }
                    }));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return postgres;
  }

  /** Creates an empty PostgreSQL database and returns its JDBC URL. */
  static String newPostgresDatabase() {
    String name = "ghlsync_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
    try (Connection c = postgres().getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return postgres().getJdbcUrl("postgres", name);
  }

  /** A pool on a PostgreSQL database. */
  static HikariDataSource pool(String jdbcUrl, int size) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setUsername("postgres");
    config.setPassword("postgres");
    config.setMaximumPoolSize(size);
    config.setMinimumIdle(1);
    return new HikariDataSource(config);
  }

  /** A pool on a fresh PostgreSQL database. */
  static HikariDataSource freshPostgres() {
    return pool(newPostgresDatabase(), 8);
  }

  /** The JDBC URL of an H2 file database in a folder. */
  static String h2Url(Path folder) {
    return "jdbc:h2:file:" + folder.resolve("ghlsync").toAbsolutePath();
  }

  /**
   * A small pool on an H2 file database in a folder (without a pool, H2 closes and reopens the file
   * whenever its last connection closes).
   */
  static JdbcConnectionPool h2File(Path folder) {
    return JdbcConnectionPool.create(h2Url(folder), "sa", "");
  }
}
