package io.ghlsync.sync.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The databases the JDBC store speaks. Each has its own folder of versioned DDL scripts under
 * {@code db/ghlsync/<folder>/} on the classpath, named {@code V<n>__<description>.sql} so that a
 * host can hand them to its own Flyway or Liquibase.
 */
public enum JdbcDialect {
  /**
   * H2 2.x, embedded (a file database in one JVM): the zero-setup default. Only one JVM opens an
   * embedded file, so engines on several machines need {@link #POSTGRESQL}.
   */
  H2("h2"),
  /**
   * PostgreSQL 12 or newer: many engine instances share one database and split the queue through
   * {@code FOR UPDATE SKIP LOCKED} claims.
   */
  POSTGRESQL("postgresql");

  private final String folder;

  JdbcDialect(String folder) {
    this.folder = folder;
  }

  /**
   * The classpath folder of this dialect's DDL scripts, e.g. {@code db/ghlsync/postgresql}.
   *
   * @return the folder, without a trailing slash
   */
  public String scriptFolder() {
    return "db/ghlsync/" + folder;
  }

  /**
   * Tells the dialect from the database a data source connects to.
   *
   * @param dataSource the host's data source
   * @return the dialect
   * @throws JdbcStoreException if the database cannot be reached or is neither H2 nor PostgreSQL
   */
  public static JdbcDialect detect(DataSource dataSource) {
    String product;
    try (Connection c = dataSource.getConnection()) {
      product = c.getMetaData().getDatabaseProductName();
    } catch (SQLException e) {
      throw JdbcStoreException.of("detect the database type", e);
    }
    String p = product.toLowerCase(Locale.ROOT);
    if (p.contains("h2")) {
      return H2;
    }
    if (p.contains("postgres")) {
      return POSTGRESQL;
    }
    throw new JdbcStoreException(
        "the sync store supports H2 and PostgreSQL, but the data source connects to '"
            + product
            + "'",
        false,
        null);
  }
}
