package io.ghlsync.cli;

import io.ghlsync.sync.store.SyncStore;
import io.ghlsync.sync.store.jdbc.JdbcStoreException;
import io.ghlsync.sync.store.jdbc.JdbcSyncStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The durable store of one command run, on the configured database. For H2 one connection stays
 * open for the whole run, so the embedded database is opened once (not on every statement) and
 * closed, with everything flushed, when the command ends.
 */
final class StoreHandle implements AutoCloseable {
  private final SyncStore store;
  private final @Nullable Connection keepOpen;

  private StoreHandle(SyncStore store, @Nullable Connection keepOpen) {
    this.store = store;
    this.keepOpen = keepOpen;
  }

  /**
   * Opens the store, creating its tables when missing.
   *
   * @param settings where it lives
   * @return the open store
   * @throws CliFailure (exit code 2) when the database cannot be opened
   */
  static StoreHandle open(CliConfig.Store settings) {
    DataSource source;
    String key;
    if (settings instanceof CliConfig.Postgres pg) {
      PGSimpleDataSource ds = new PGSimpleDataSource();
      ds.setURL(pg.url());
      pg.user().ifPresent(ds::setUser);
      pg.password().ifPresent(p -> ds.setPassword(p.reveal()));
      source = ds;
      key = "store.postgresql.url";
    } else {
      JdbcDataSource ds = new JdbcDataSource();
      if (settings instanceof CliConfig.H2File file) {
        createFolder(file.path());
        ds.setURL("jdbc:h2:file:" + file.path().toAbsolutePath());
      } else {
        ds.setURL("jdbc:h2:mem:ghlsync-" + UUID.randomUUID());
      }
      source = ds;
      key = "store.h2";
    }
    Connection keepOpen = null;
    try {
      if (!(settings instanceof CliConfig.Postgres)) {
        keepOpen = source.getConnection();
      }
      return new StoreHandle(
          JdbcSyncStore.builder(source).createSchemaIfMissing().build(), keepOpen);
    } catch (SQLException | JdbcStoreException e) {
      closeQuietly(keepOpen);
      throw CliFailure.config(
          key, "the store cannot be opened: " + e.getMessage(), "check the database settings");
    }
  }

  private static void createFolder(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    try {
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (java.io.IOException e) {
      throw CliFailure.config(
          "store.h2",
          "folder " + parent + " cannot be created: " + e.getMessage(),
          "choose a writable path");
    }
  }

  /**
   * The store.
   *
   * @return the store
   */
  SyncStore store() {
    return store;
  }

  @Override
  public void close() {
    closeQuietly(keepOpen);
  }

  private static void closeQuietly(@Nullable Connection c) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException e) {
        // Closing the last connection closes the embedded database; nothing is left to undo.
      }
    }
  }
}
