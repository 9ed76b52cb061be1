package io.ghlsync.sync.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcSchemaTest {
  @TempDir Path dir;

  @Test
  void refusesAMissingSchemaNamingTheScriptToRun() {
    DataSource ds = TestDatabases.h2File(dir);
    JdbcSchema schema = JdbcSchema.of(ds);
    assertThat(schema.dialect()).isEqualTo(JdbcDialect.H2);
    assertThat(schema.installedVersion()).isZero();
    assertThatThrownBy(schema::verify)
        .isInstanceOfSatisfying(
            SchemaVersionException.class,
            e -> {
              assertThat(e.installed()).isZero();
              assertThat(e.required()).isEqualTo(JdbcSchema.VERSION);
              assertThat(e.isRetryable()).isFalse();
            })
        .hasMessageContaining("no ghlsync tables")
        .hasMessageContaining("db/ghlsync/h2/V1__ghlsync_store.sql")
        .hasMessageContaining("createSchemaIfMissing()");
  }

  @Test
  void createsTheSchemaOnceOnH2() {
    JdbcSchema schema = JdbcSchema.of(TestDatabases.h2File(dir));
    assertThat(schema.createIfMissing()).isEqualTo(JdbcSchema.VERSION);
    assertThat(schema.createIfMissing()).isZero();
    assertThat(schema.installedVersion()).isEqualTo(JdbcSchema.VERSION);
    schema.verify();
  }

  @Test
  void refusesASchemaOlderThanTheCode() throws Exception {
    DataSource ds = TestDatabases.h2File(dir);
    JdbcSchema schema = JdbcSchema.of(ds);
    schema.createIfMissing();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute("DELETE FROM ghlsync_schema_version WHERE version > 1");
      s.execute("UPDATE ghlsync_schema_version SET version = 0");
    }
    assertThatThrownBy(schema::verify)
        .isInstanceOf(SchemaVersionException.class)
        .hasMessageContaining("schema version 0 of the ghlsync tables")
        .hasMessageContaining("needs version " + JdbcSchema.VERSION);
  }

  @Test
  void manyInstancesCreatingThePostgresSchemaAtOnceRunTheScriptOnce() throws Exception {
    try (HikariDataSource ds = TestDatabases.freshPostgres()) {
      JdbcSchema schema = JdbcSchema.of(ds);
      assertThat(schema.dialect()).isEqualTo(JdbcDialect.POSTGRESQL);
      assertThatThrownBy(schema::verify)
          .hasMessageContaining("db/ghlsync/postgresql/V1__ghlsync_store.sql");
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
          Callable<Integer> run = () -> JdbcSchema.of(ds, JdbcDialect.POSTGRESQL).createIfMissing();
          runs.add(pool.submit(run));
        }
        int total = 0;
        for (Future<Integer> f : runs) {
          total += f.get();
        }
        assertThat(total).as("each script ran once").isEqualTo(JdbcSchema.VERSION);
      } finally {
        pool.shutdown();
      }
      schema.verify();
      assertThat(schema.scripts())
          .containsExactly(
              "db/ghlsync/postgresql/V1__ghlsync_store.sql",
              "db/ghlsync/postgresql/V2__rules_and_versions.sql");
    }
  }

  @Test
  void aVersion1DatabaseIsRefusedNamingTheV2ScriptOrUpgradedKeepingItsData() throws Exception {
    DataSource ds = TestDatabases.h2File(dir);
    applyVersion1(ds, "db/ghlsync/h2/V1__ghlsync_store.sql");
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO ghlsync_cursor (scope, name, cursor_value, updated_at)"
              + " VALUES ('engine:e', 'backfill:loc', 'page-7', CURRENT_TIMESTAMP)");
    }
    assertThat(JdbcSchema.of(ds).installedVersion()).isEqualTo(1);

    assertThatThrownBy(() -> JdbcSyncStore.builder(ds).build())
        .isInstanceOfSatisfying(
            SchemaVersionException.class, e -> assertThat(e.installed()).isEqualTo(1))
        .hasMessageContaining("schema version 1 of the ghlsync tables")
        .hasMessageContaining("run db/ghlsync/h2/V2__rules_and_versions.sql")
        .hasMessageNotContaining("V1__");

    JdbcSyncStore store = JdbcSyncStore.builder(ds).createSchemaIfMissing().build();
    assertThat(JdbcSchema.of(ds).installedVersion()).isEqualTo(2);
    assertThat(store.forEngine("e").cursors().get("backfill:loc")).contains("page-7");
    assertThat(store.versions().list()).isEmpty();
  }

  @Test
  void aVersion1PostgresDatabaseIsUpgradedByCreateSchemaIfMissing() throws Exception {
    try (HikariDataSource ds = TestDatabases.freshPostgres()) {
      applyVersion1(ds, "db/ghlsync/postgresql/V1__ghlsync_store.sql");
      assertThatThrownBy(() -> JdbcSyncStore.builder(ds).build())
          .hasMessageContaining("run db/ghlsync/postgresql/V2__rules_and_versions.sql");
      JdbcSyncStore store = JdbcSyncStore.builder(ds).createSchemaIfMissing().build();
      assertThat(JdbcSchema.of(ds).installedVersion()).isEqualTo(2);
      assertThat(store.ruleMemory().nextTurn("t", "r")).isZero();
    }
  }

  private static void applyVersion1(DataSource ds, String resource) throws Exception {
    String script;
    try (java.io.InputStream in =
        JdbcSchemaTest.class.getClassLoader().getResourceAsStream(resource)) {
      script = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      for (String statement : JdbcSchema.statements(script)) {
        s.execute(statement);
      }
    }
  }

  @Test
  void splitsScriptsIntoStatements() {
    assertThat(
            JdbcSchema.statements(
                "-- comment\nCREATE TABLE a (x INT);\n\nCREATE TABLE b (\n  y INT\n);\nSELECT 1"))
        .containsExactly("CREATE TABLE a (x INT)", "CREATE TABLE b (\n  y INT\n)", "SELECT 1");
  }

  @Test
  void namesAnUnreachableDatabase() {
    org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
    ds.setURL("jdbc:h2:tcp://127.0.0.1:1/nowhere");
    assertThatThrownBy(() -> JdbcSchema.of(ds, JdbcDialect.H2).verify())
        .isInstanceOfSatisfying(JdbcStoreException.class, e -> assertThat(e.isRetryable()).isTrue())
        .hasMessageContaining("unreachable");
  }
}
