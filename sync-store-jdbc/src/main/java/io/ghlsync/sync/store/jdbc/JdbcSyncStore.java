package io.ghlsync.sync.store.jdbc;

import io.ghlsync.sync.rules.RuleMemory;
import io.ghlsync.sync.store.AuditLog;
import io.ghlsync.sync.store.CursorStore;
import io.ghlsync.sync.store.EngineStore;
import io.ghlsync.sync.store.LinkStore;
import io.ghlsync.sync.store.SeenWebhookIds;
import io.ghlsync.sync.store.SyncStore;
import io.ghlsync.sync.store.TargetStore;
import io.ghlsync.sync.store.VersionHistory;
import io.ghlsync.sync.store.WorkQueue;
import io.ghlsync.sync.store.jdbc.internal.DriverManagerDataSource;
import io.ghlsync.sync.store.jdbc.internal.JdbcAuditLog;
import io.ghlsync.sync.store.jdbc.internal.JdbcCursorStore;
import io.ghlsync.sync.store.jdbc.internal.JdbcLinkStore;
import io.ghlsync.sync.store.jdbc.internal.JdbcRuleMemory;
import io.ghlsync.sync.store.jdbc.internal.JdbcSeenWebhookIds;
import io.ghlsync.sync.store.jdbc.internal.JdbcVersionHistory;
import io.ghlsync.sync.store.jdbc.internal.JdbcWorkQueue;
import io.ghlsync.sync.store.jdbc.internal.Sql;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * A durable {@link SyncStore} on JDBC: work items, leases, dead letters, links, snapshots, cursors,
 * audit entries, seen webhook ids, activity-rule memory and mapping/scoring/rules versions survive
 * a restart or a crash, and several engine instances (on PostgreSQL) share one database and split
 * the queue.
 *
 * <pre>{@code
 * SyncStore store = JdbcSyncStore.builder(dataSource)   // the host's pool, H2 or PostgreSQL
 *     .createSchemaIfMissing()                        // or run the shipped scripts yourself
 *     .build();
 * }</pre>
 *
 * <p>The store takes the host's {@link DataSource} and forces no pool and no migration tool on it.
 * With H2, use an embedded file URL ({@code jdbc:h2:file:/var/lib/app/ghlsync}); only one JVM opens
 * such a file. With PostgreSQL, give each instance a pool of a few connections (one per worker is
 * plenty).
 *
 * <p>How the queue is shared: claims use {@code FOR UPDATE SKIP LOCKED} in a CTE; a unique key on
 * (engine, location, contact, state) keeps two leases of one contact apart in the database itself;
 * every write after a claim is fenced by the lease token and deadline, so a worker whose lease
 * expired and was taken over changes nothing ("lease lost"). Time comes from the one {@link Clock}
 * given to the builder; engine instances on several machines must keep their clocks within a small
 * fraction of the lease duration of each other (NTP does), or a lease may look expired early.
 *
 * <p>Failures: an unreachable or read-only database raises a {@link JdbcStoreException} that names
 * the cause and says whether a retry may help; the transaction that failed changed nothing, so a
 * work item being completed stays leased (and returns to the queue when its lease expires), and a
 * trigger that could not be queued is reported to its caller (a webhook then answers 429 and GHL
 * delivers it again).
 */
public final class JdbcSyncStore implements SyncStore {
  private final Sql sql;
  private final Clock clock;
  private final AuditLog audit;
  private final RuleMemory ruleMemory;
  private final VersionHistory versions;
  private final Map<String, EngineStore> engines = new ConcurrentHashMap<>();
  private final Map<String, TargetStore> targets = new ConcurrentHashMap<>();

  private JdbcSyncStore(Sql sql, Clock clock) {
    this.sql = sql;
    this.clock = clock;
    this.audit = new JdbcAuditLog(sql);
    this.ruleMemory = new JdbcRuleMemory(sql, clock);
    this.versions = new JdbcVersionHistory(sql);
  }

  /**
   * Starts a store over a data source.
   *
   * @param dataSource the host's data source (H2 or PostgreSQL)
   * @return a builder
   */
  public static Builder builder(DataSource dataSource) {
    return new Builder(dataSource);
  }

  /**
   * A data source on an embedded H2 file database, fast without a pool: the URL carries {@code
   * DB_CLOSE_DELAY=-1}, so H2 keeps the file open between connections (without it, H2 closes and
   * reopens the file whenever its last connection closes, which made a backfill 7 times slower) and
   * each connection is a cheap session on the open database. The file stays open until the JVM
   * exits; only one JVM may open it. Needs H2 2.x ({@code com.h2database:h2}) on the classpath.
   *
   * <pre>{@code
   * SyncStore store = JdbcSyncStore.builder(JdbcSyncStore.h2File(Path.of("/var/lib/app/ghlsync")))
   *     .createSchemaIfMissing()
   *     .build();
   * }</pre>
   *
   * @param file the database file without H2's {@code .mv.db} suffix; its folder is created by H2
   * @return a data source (user {@code sa}, no password)
   */
  public static DataSource h2File(Path file) {
    String path = file.toAbsolutePath().toString();
    if (path.contains(";")) {
      throw new IllegalArgumentException(
          "the H2 file path must not contain ';' (H2 reads it as a URL setting): " + path);
    }
    return new DriverManagerDataSource("jdbc:h2:file:" + path + ";DB_CLOSE_DELAY=-1", "sa", "");
  }

  /**
   * The database type this store speaks.
   *
   * @return the dialect
   */
  public JdbcDialect dialect() {
    return sql.dialect();
  }

  @Override
  public EngineStore forEngine(String engineName) {
    requireName(engineName, "engineName");
    return engines.computeIfAbsent(engineName, this::engine);
  }

  private EngineStore engine(String name) {
    return new Engine(
        name,
        new JdbcWorkQueue(sql, name, clock),
        new JdbcSeenWebhookIds(sql, name, clock),
        new JdbcCursorStore(sql, "engine:" + name, clock));
  }

  @Override
  public TargetStore forTarget(String targetName) {
    requireName(targetName, "targetName");
    return targets.computeIfAbsent(
        targetName,
        n ->
            new Target(
                n, new JdbcLinkStore(sql, n), new JdbcCursorStore(sql, "target:" + n, clock)));
  }

  @Override
  public AuditLog audit() {
    return audit;
  }

  /**
   * Activity-rule memory in the database: a firing claimed by one instance is claimed for all, and
   * survives restarts, so a rule fires once per change.
   *
   * @return the rule memory
   */
  @Override
  public RuleMemory ruleMemory() {
    return ruleMemory;
  }

  /**
   * The mapping, scoring and rules versions recorded in {@code ghlsync_version}.
   *
   * @return the version history
   */
  @Override
  public VersionHistory versions() {
    return versions;
  }

  @Override
  public String toString() {
    return "JdbcSyncStore[" + sql.dialect() + "]";
  }

  private static void requireName(String name, String what) {
    if (name.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
  }

  private record Engine(
      String engineName, WorkQueue queue, SeenWebhookIds seenWebhooks, CursorStore cursors)
      implements EngineStore {}

  private record Target(String targetName, LinkStore links, CursorStore cursors)
      implements TargetStore {}

  /** Builder of {@link JdbcSyncStore}. */
  public static final class Builder {
    private final DataSource dataSource;
    private @Nullable JdbcDialect dialect;
    private Clock clock = Clock.systemUTC();
    private boolean createSchema;

    private Builder(DataSource dataSource) {
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * The database type (default: detected from the connection's metadata).
     *
     * @param value the dialect
     * @return this builder
     */
    public Builder dialect(JdbcDialect value) {
      this.dialect = Objects.requireNonNull(value, "dialect");
      return this;
    }

    /**
     * The clock for lease deadlines, not-before times and dead letters (default: system UTC).
     *
     * @param value the clock
     * @return this builder
     */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * Creates the ghlsync tables when the database has none (or an older version) while building,
     * by running the shipped scripts ({@link JdbcSchema#createIfMissing()}). Without it, the build
     * fails with a {@link SchemaVersionException} naming the scripts to run.
     *
     * @return this builder
     */
    public Builder createSchemaIfMissing() {
      this.createSchema = true;
      return this;
    }

    /**
     * Builds the store after checking the schema version.
     *
     * @return the store
     * @throws SchemaVersionException if the schema is missing or older than this code (and {@link
     *     #createSchemaIfMissing()} was not asked for)
     * @throws JdbcStoreException if the database cannot be reached
     */
    public JdbcSyncStore build() {
      JdbcDialect d = dialect != null ? dialect : JdbcDialect.detect(dataSource);
      JdbcSchema schema = JdbcSchema.of(dataSource, d);
      if (createSchema) {
        schema.createIfMissing();
      }
      schema.verify();
      return new JdbcSyncStore(new Sql(dataSource, d), clock);
    }
  }
}
