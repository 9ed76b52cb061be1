package io.ghlsync.sync.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.ghlsync.sync.SyncEngine;
import io.ghlsync.sync.model.EntityKind;
import io.ghlsync.sync.store.WorkQueue;
import io.ghlsync.testkit.Fault;
import io.ghlsync.testkit.RequestMatcher;
import io.ghlsync.testkit.ghl.FakeGhl;
import io.ghlsync.testkit.ghl.FakeGhlLocation;
import io.ghlsync.testkit.onoffice.FakeOnOffice;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A host JVM running a backfill into onOffice is killed with SIGKILL partway; a new engine on the
 * same database (in this JVM, whose clock runs ahead by more than the lease, as if the dead host's
 * leases had run out) finishes it. Every GHL record ends up exactly once in onOffice and no work
 * item is lost.
 */
class CrashRecoveryTest {
  private static final String LOCATION = "crashLocation0000001";
  private static final int CONTACTS = 200;
  private static final int KILL_AFTER = 60;

  @TempDir Path dir;

  @Test
  void aBackfillKilledMidRunOnAnH2FileFinishesInTheNextJvmWithNothingWrittenTwice()
      throws Exception {
    Path file = dir.resolve("ghlsync");
    crashAndResume("jdbc:h2:file:" + file.toAbsolutePath(), () -> JdbcSyncStore.h2File(file));
  }

  @Test
  void aBackfillKilledMidRunOnPostgresFinishesInTheNextJvmWithNothingWrittenTwice()
      throws Exception {
    String url = TestDatabases.newPostgresDatabase();
    try (HikariDataSource pool = TestDatabases.pool(url, 2)) {
      JdbcSchema.of(pool).createIfMissing();
    }
    List<HikariDataSource> opened = new ArrayList<>();
    try {
      crashAndResume(
          url,
          () -> {
            HikariDataSource pool = TestDatabases.pool(url, 4);
            opened.add(pool);
            return pool;
          });
    } finally {
      opened.forEach(HikariDataSource::close);
    }
  }

  private void crashAndResume(String url, java.util.function.Supplier<DataSource> reopen)
      throws Exception {
    // The fake's rate limit raised: the GHL client waits for the budget the server announces, and
    // the default of 100 requests per 10 s would make this test wait, not sync.
    try (FakeGhl ghl =
            FakeGhl.builder().seed(7).rateLimit(1_000_000, Duration.ofSeconds(30)).start();
        FakeOnOffice onOffice = FakeOnOffice.start()) {
      FakeGhlLocation location = ghl.location(LOCATION).seedContacts(CONTACTS, 1, 1);
      String token = location.privateToken("contacts.readonly", "contacts.write");
      // A little latency per onOffice request, so the kill lands in the middle of the run.
      onOffice.faults().atRate(RequestMatcher.any(), 1.0, new Fault.Slow(Duration.ofMillis(3)));
      String[] args = {
        url, ghl.baseUrl(), token, LOCATION, onOffice.url(), onOffice.token(), onOffice.secret()
      };

      Process child = child(args);
      try {
        await(reader(child), "QUEUED");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (onOffice.addresses().size() < KILL_AFTER && System.nanoTime() < deadline) {
          Thread.sleep(2);
        }
      } finally {
        child.destroyForcibly(); // SIGKILL: no shutdown hook runs, no lease is given back
      }
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      int atCrash = onOffice.addresses().size();
      assertThat(atCrash).as("killed mid-run").isBetween(KILL_AFTER, CONTACTS - 1);
      onOffice.faults().clear();

      DataSource ds = reopen.get();
      Clock afterTheLeases = Clock.offset(Clock.systemUTC(), BackfillChild.LEASE.multipliedBy(2));
      try (SyncEngine engine = BackfillChild.engine(ds, args, afterTheLeases)) {
        WorkQueue queue = engine.store().forEngine(engine.name()).queue();
        engine.backfill(LOCATION); // continues from the stored search position, if any
        engine.start();
        assertThat(engine.awaitIdle(Duration.ofSeconds(60))).isTrue();
        assertThat(queue.isIdle()).isTrue();
        assertThat(engine.deadLetters()).isEmpty();
        Set<String> linkedAddresses = new HashSet<>();
        for (int i = 0; i < CONTACTS; i++) {
          engine
              .store()
              .forTarget(engine.targetName())
              .links()
              .forContact(LOCATION, location.seededContactId(i))
              .stream()
              .filter(l -> l.key().kind() == EntityKind.CONTACT)
              .forEach(l -> linkedAddresses.add(l.targetId()));
        }
        assertThat(linkedAddresses)
            .as("every GHL contact linked to its own address")
            .hasSize(CONTACTS);
      }
      if (url.startsWith("jdbc:h2:")) {
        try (java.sql.Connection c = ds.getConnection();
            java.sql.Statement s = c.createStatement()) {
          s.execute("SHUTDOWN"); // h2File keeps the file open until the JVM exits otherwise
        }
      }

      assertThat(onOffice.addresses())
          .as("one onOffice address per GHL contact, none written twice")
          .hasSize(CONTACTS);
      assertThat(onOffice.tasks()).as("one task per contact, none doubled").hasSize(CONTACTS);
      assertThat(onOffice.activities()).as("one note per contact, none doubled").hasSize(CONTACTS);
    }
  }

  private Process child(String[] args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-Xmx256m");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-Xshare:auto");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(BackfillChild.class.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectError(dir.resolve("child.log").toFile()).start();
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
    Path log = dir.resolve("child.log");
    throw new AssertionError(
        "the child JVM ended without printing "
            + line
            + ":\n"
            + (Files.exists(log) ? Files.readString(log) : ""));
  }
}
