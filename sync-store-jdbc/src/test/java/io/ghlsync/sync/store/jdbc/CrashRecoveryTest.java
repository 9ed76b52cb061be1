package io.ghlsync.sync.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.ghlsync.testkit.Fault;
import io.ghlsync.testkit.RequestMatcher;
import io.ghlsync.testkit.ghl.FakeGhl;
import io.ghlsync.testkit.ghl.FakeGhlLocation;
import io.ghlsync.testkit.onoffice.FakeOnOffice;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A host JVM running a backfill into onOffice is killed with SIGKILL halfway; a new JVM on the same
 * database finishes it. Every GHL record ends up exactly once in onOffice and no work item is lost.
 */
class CrashRecoveryTest {
  private static final String LOCATION = "crashLocation0000001";
  private static final int CONTACTS = 120;

  @TempDir Path dir;

  @Test
  void aBackfillKilledMidRunOnAnH2FileFinishesInTheNextJvmWithNothingWrittenTwice()
      throws Exception {
    String url = TestDatabases.h2Url(dir);
    org.h2.jdbcx.JdbcConnectionPool pool = org.h2.jdbcx.JdbcConnectionPool.create(url, "sa", "");
    JdbcSchema.of(pool).createIfMissing();
    pool.dispose(); // the child JVM must be the only one to open the file
    crashAndResume(url);
  }

  @Test
  void aBackfillKilledMidRunOnPostgresFinishesInTheNextJvmWithNothingWrittenTwice()
      throws Exception {
    String url = TestDatabases.newPostgresDatabase();
    try (HikariDataSource pool = TestDatabases.pool(url, 2)) {
      JdbcSchema.of(pool).createIfMissing();
    }
    crashAndResume(url);
  }

  private void crashAndResume(String url) throws Exception {
    try (FakeGhl ghl = FakeGhl.builder().seed(7).start();
        FakeOnOffice onOffice = FakeOnOffice.start()) {
      FakeGhlLocation location = ghl.location(LOCATION).seedContacts(CONTACTS, 1, 1);
      String token = location.privateToken("contacts.readonly", "contacts.write");
      // Slow onOffice down so the kill lands in the middle of the run.
      onOffice.faults().atRate(RequestMatcher.any(), 1.0, new Fault.Slow(Duration.ofMillis(15)));
      List<String> args =
          List.of(
              url,
              ghl.baseUrl(),
              token,
              LOCATION,
              onOffice.url(),
              onOffice.token(),
              onOffice.secret());

      Process first = child(args, "backfill");
      BufferedReader out = reader(first);
      await(out, "QUEUED");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (onOffice.addresses().size() < CONTACTS / 3 && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      first.destroyForcibly(); // SIGKILL: no shutdown hook, no lease released
      assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
      int atCrash = onOffice.addresses().size();
      assertThat(atCrash).isBetween(1, CONTACTS - 1);

      onOffice.faults().clear();
      Process second = child(args, "resume");
      BufferedReader out2 = reader(second);
      await(out2, "DONE");
      assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(second.exitValue()).isZero();

      List<Map<String, Object>> addresses = onOffice.addresses();
      List<Object> emails = new ArrayList<>();
      for (Map<String, Object> a : addresses) {
        emails.add(Objects.requireNonNullElse(a.get("Email"), a.get("email")));
      }
      assertThat(addresses).as("one onOffice address per GHL contact").hasSize(CONTACTS);
      assertThat(emails).doesNotHaveDuplicates();
      assertThat(onOffice.tasks()).as("one task per contact, none doubled").hasSize(CONTACTS);
      DataSource ds = open(url);
      try {
        var queue = JdbcSyncStore.builder(ds).build().forEngine("onoffice").queue();
        assertThat(queue.isIdle()).isTrue();
        assertThat(queue.deadLetters()).isEmpty();
        assertThat(JdbcSyncStore.builder(ds).build().forTarget("onoffice").links().count())
            .isGreaterThanOrEqualTo(CONTACTS);
      } finally {
        close(ds);
      }
    }
  }

  private static DataSource open(String url) {
    return url.startsWith("jdbc:h2:")
        ? org.h2.jdbcx.JdbcConnectionPool.create(url, "sa", "")
        : TestDatabases.pool(url, 2);
  }

  private static void close(DataSource ds) {
    if (ds instanceof HikariDataSource h) {
      h.close();
    } else if (ds instanceof org.h2.jdbcx.JdbcConnectionPool p) {
      p.dispose();
    }
  }

  private Process child(List<String> args, String mode) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-Xmx256m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(BackfillChild.class.getName());
    command.addAll(args);
    command.add(mode);
    return new ProcessBuilder(command)
        .redirectError(dir.resolve("child-" + mode + ".log").toFile())
        .start();
  }

  private static BufferedReader reader(Process p) {
    return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
  }

  private void await(BufferedReader out, String line) throws Exception {
    for (String l = out.readLine(); l != null; l = out.readLine()) {
      if (l.equals(line)) {
        return;
      }
    }
    StringBuilder logs = new StringBuilder();
    for (String mode : List.of("backfill", "resume")) {
      Path log = dir.resolve("child-" + mode + ".log");
      if (java.nio.file.Files.exists(log)) {
        logs.append(java.nio.file.Files.readString(log));
      }
    }
    throw new AssertionError("the child JVM ended without printing " + line + ":\n" + logs);
  }
}
