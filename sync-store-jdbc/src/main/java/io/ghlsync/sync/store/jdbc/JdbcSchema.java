package io.ghlsync.sync.store.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ghlsync tables of one database: which schema version is installed, which scripts bring it to
 * the version this code needs, and (opt-in) running them.
 *
 * <p>The DDL ships as versioned SQL resources, one folder per dialect: {@code
 * db/ghlsync/h2/V1__ghlsync_store.sql}, {@code db/ghlsync/h2/V2__rules_and_versions.sql} and the
 * same names under {@code db/ghlsync/postgresql/}. A database at an older version is brought up to
 * date by running the missing scripts in order (which {@link #createIfMissing()} does). Hosts that
 * manage their schema with Flyway or Liquibase add that folder to their migration locations; every
 * script ends by recording its version in {@code ghlsync_schema_version}, which the store checks
 * when it is built. Hosts without a migration tool call {@link #createIfMissing()} (or {@code
 * JdbcSyncStore.Builder#createSchemaIfMissing()}).
 *
 * <p>Example: {@code JdbcSchema.of(dataSource).createIfMissing();}
 */
public final class JdbcSchema {
  /** The schema version this code reads and writes. */
  public static final int VERSION = 2;

  private static final Logger LOG = LoggerFactory.getLogger(JdbcSchema.class);
  private static final List<String> SCRIPTS =
      List.of("V1__ghlsync_store.sql", "V2__rules_and_versions.sql");
  private static final Object H2_LOCK = new Object();
  private static final long ADVISORY_LOCK_KEY = 0x6768_6c73_796e_6301L; // "ghlsync" + 1

  private final DataSource dataSource;
  private final JdbcDialect dialect;

  private JdbcSchema(DataSource dataSource, JdbcDialect dialect) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.dialect = Objects.requireNonNull(dialect, "dialect");
  }

  /**
   * The schema of the database a data source connects to; the dialect is detected.
   *
   * @param dataSource the host's data source
   * @return the schema
   * @throws JdbcStoreException if the database cannot be reached or is not supported
   */
  public static JdbcSchema of(DataSource dataSource) {
    return new JdbcSchema(dataSource, JdbcDialect.detect(dataSource));
  }

  /**
   * The schema of a database of a known dialect.
   *
   * @param dataSource the host's data source
   * @param dialect the database type
   * @return the schema
   */
  public static JdbcSchema of(DataSource dataSource, JdbcDialect dialect) {
    return new JdbcSchema(dataSource, dialect);
  }

  /**
   * The dialect of this database.
   *
   * @return the dialect
   */
  public JdbcDialect dialect() {
    return dialect;
  }

  /**
   * Every script of this dialect, oldest first, as classpath resource paths.
   *
   * @return e.g. {@code [db/ghlsync/postgresql/V1__ghlsync_store.sql]}
   */
  public List<String> scripts() {
    return SCRIPTS.stream().map(s -> dialect.scriptFolder() + "/" + s).toList();
  }

  /**
   * The schema version recorded in the database.
   *
   * @return the version, 0 when the ghlsync tables are missing
   * @throws JdbcStoreException if the database cannot be read
   */
  public int installedVersion() {
    try (Connection c = dataSource.getConnection()) {
      return installedVersion(c);
    } catch (SQLException e) {
      throw JdbcStoreException.of("read the schema version", e);
    }
  }

  /**
   * Checks that the database holds the schema version this code needs.
   *
   * @throws SchemaVersionException naming the scripts to run when the schema is missing or older
   * @throws JdbcStoreException if the database cannot be read
   */
  public void verify() {
    int installed;
    boolean present;
    try (Connection c = dataSource.getConnection()) {
      present = versionTableExists(c);
      installed = installedVersion(c);
    } catch (SQLException e) {
      throw JdbcStoreException.of("read the schema version", e);
    }
    if (installed < VERSION) {
      throw tooOld(installed, present);
    }
    if (installed > VERSION) {
      LOG.warn(
          "the ghlsync tables are at schema version {}, newer than this code's {}; upgrade every"
              + " engine instance to the same ghlsync version",
          installed,
          VERSION);
    }
  }

  /**
   * Runs the scripts the database is missing, in order. Safe to call from several engine instances
   * at once: on PostgreSQL they serialise on an advisory lock, and each script runs once.
   *
   * @return how many scripts were run (0 when the schema was current)
   * @throws JdbcStoreException if a script fails (on PostgreSQL nothing of it stays applied)
   */
  public int createIfMissing() {
    if (dialect == JdbcDialect.H2) {
      synchronized (H2_LOCK) {
        return migrate();
      }
    }
    return migrate();
  }

  private int migrate() {
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        if (dialect == JdbcDialect.POSTGRESQL) {
          try (Statement s = c.createStatement()) {
            s.execute("SELECT pg_advisory_xact_lock(" + ADVISORY_LOCK_KEY + ")");
          }
        }
        int installed = installedVersion(c);
        int ran = 0;
        for (int v = installed + 1; v <= VERSION; v++) {
          String path = dialect.scriptFolder() + "/" + SCRIPTS.get(v - 1);
          for (String statement : statements(read(path))) {
            try (Statement s = c.createStatement()) {
              s.execute(statement);
            }
          }
          ran++;
          LOG.info("applied {} to the sync store database", path);
        }
        c.commit();
        return ran;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw JdbcStoreException.of("create the ghlsync tables", e);
    }
  }

  private int installedVersion(Connection c) throws SQLException {
    if (!versionTableExists(c)) {
      return 0;
    }
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT MAX(version) FROM ghlsync_schema_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  private static boolean versionTableExists(Connection c) throws SQLException {
    for (String name : List.of("ghlsync_schema_version", "GHLSYNC_SCHEMA_VERSION")) {
      try (ResultSet rs =
          c.getMetaData().getTables(c.getCatalog(), c.getSchema(), name, new String[] {"TABLE"})) {
        if (rs.next()) {
          return true;
        }
      }
    }
    return false;
  }

  private SchemaVersionException tooOld(int installed, boolean present) {
    List<String> missing = scripts().subList(Math.max(installed, 0), VERSION);
    String found =
        !present
            ? "no ghlsync tables (schema version 0)"
            : "schema version " + installed + " of the ghlsync tables";
    return new SchemaVersionException(
        "the sync store database has "
            + found
            + " but this code needs version "
            + VERSION
            + ": run "
            + String.join(", then ", missing)
            + " (classpath resources of sync-store-jdbc; e.g. with Flyway, Liquibase or psql), or"
            + " build the store with createSchemaIfMissing()",
        installed,
        VERSION);
  }

  private static String read(String path) {
    try (InputStream in = JdbcSchema.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("the schema script " + path + " is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("could not read the schema script " + path, e);
    }
  }

  /** Splits a script on semicolons that end a line; lines starting with {@code --} are dropped. */
  static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("--") || trimmed.isEmpty()) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        String sql = current.toString().strip();
        out.add(sql.substring(0, sql.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      out.add(current.toString().strip());
    }
    return out;
  }
}
