package io.ghlsync.sync.store.jdbc;

import io.ghlsync.core.Secret;
import io.ghlsync.core.token.EncryptedTokenStore;
import io.ghlsync.core.token.EncryptionKey;
import io.ghlsync.core.token.StoredToken;
import io.ghlsync.core.token.TokenKey;
import io.ghlsync.core.token.TokenStore;
import io.ghlsync.core.token.TokenStoreException;
import io.ghlsync.sync.store.jdbc.internal.Sql;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * A {@link TokenStore} in the {@code ghlsync_token} table, shared by every process that uses the
 * database, with renewals that are single-flight across those processes.
 *
 * <p>{@link #renewExclusively} locks the key's row of {@code ghlsync_token_lock} ({@code SELECT ...
 * FOR UPDATE}) for the length of one renewal. A second process that finds the same token expired
 * waits for the lock, then reads the token the first one stored and uses it: two JVMs and one
 * expired token make exactly one refresh call. A token saved during the renewal is committed (and
 * the lock released) before {@code save} returns, so a rotated pair is durable before it is used.
 * If the renewing process dies, the database ends its session and the lock with it.
 *
 * <p>Rows hold whatever the store is given: wrap it in {@link EncryptedTokenStore} (or use {@link
 * #encrypted}) so that the table only ever holds AES-256-GCM ciphertext. Needs the {@link
 * JdbcSchema} tables (version {@value JdbcSchema#VERSION}).
 *
 * <p>Example: {@code TokenStore tokens = JdbcTokenStore.encrypted(dataSource,
 * EncryptionKey.fromEnvironment("k1", "GHLSYNC_TOKEN_KEY"));}
 */
public final class JdbcTokenStore implements TokenStore {
  private static final String COLUMNS =
      "access_token, refresh_token, expires_at, scopes, user_type, location_id, company_id,"
          + " attributes, updated_at";

  private final Sql sql;
  private final Clock clock;

  private JdbcTokenStore(DataSource dataSource, JdbcDialect dialect, Clock clock) {
    this.sql = new Sql(dataSource, dialect);
    this.clock = clock;
  }

  /**
   * A store over the ghlsync tables of a database; the dialect is detected and the schema version
   * checked.
   *
   * @param dataSource the host's data source
   * @return the store (tokens in clear text: prefer {@link #encrypted})
   * @throws SchemaVersionException if the schema is missing or older than this code
   */
  public static JdbcTokenStore create(DataSource dataSource) {
    JdbcSchema schema = JdbcSchema.of(dataSource);
    schema.verify();
    return new JdbcTokenStore(dataSource, schema.dialect(), Clock.systemUTC());
  }

  /**
   * A store over the ghlsync tables of a database of a known dialect, with a clock for the {@code
   * updated_at} column; the schema version is checked.
   *
   * @param dataSource the host's data source
   * @param dialect the database type
   * @param clock the clock
   * @return the store
   * @throws SchemaVersionException if the schema is missing or older than this code
   */
  public static JdbcTokenStore create(DataSource dataSource, JdbcDialect dialect, Clock clock) {
    JdbcSchema.of(dataSource, dialect).verify();
    return new JdbcTokenStore(dataSource, dialect, clock);
  }

  /**
   * An encrypting store over the ghlsync tables: the rows hold only AES-256-GCM envelopes.
   *
   * @param dataSource the host's data source
   * @param key the key to seal with
   * @return the store
   * @throws SchemaVersionException if the schema is missing or older than this code
   */
  public static EncryptedTokenStore encrypted(DataSource dataSource, EncryptionKey key) {
    return EncryptedTokenStore.wrap(create(dataSource), key);
  }

  @Override
  public Optional<StoredToken> load(TokenKey key) {
    return tokens(() -> sql.autoCommit("read the token for " + key, c -> load(c, key)));
  }

  @Override
  public void save(TokenKey key, StoredToken token) {
    tokens(
        () ->
            sql.transaction(
                "save the token for " + key,
                c -> {
                  upsert(c, key, token);
                  return 1;
                }));
  }

  @Override
  public void delete(TokenKey key) {
    tokens(
        () ->
            sql.autoCommit(
                "delete the token for " + key,
                c -> {
                  try (PreparedStatement ps =
                      c.prepareStatement(
                          "DELETE FROM ghlsync_token WHERE client_id = ? AND resource_id = ?")) {
                    ps.setString(1, key.clientId());
                    ps.setString(2, key.resourceId());
                    return ps.executeUpdate();
                  }
                }));
  }

  @Override
  public Set<TokenKey> keys() {
    return tokens(() -> listKeys());
  }

  private Set<TokenKey> listKeys() {
    return sql.autoCommit(
        "list the stored tokens",
        c -> {
          Set<TokenKey> out = new HashSet<>();
          try (PreparedStatement ps =
                  c.prepareStatement("SELECT client_id, resource_id FROM ghlsync_token");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.add(new TokenKey(rs.getString(1), rs.getString(2)));
            }
          }
          return out;
        });
  }

  @Override
  public <T> T renewExclusively(TokenKey key, Function<TokenStore, T> renewal) {
    tokens(
        () ->
            sql.autoCommit(
                "prepare the renewal lock for " + key,
                c -> {
                  insertLockRowIfAbsent(c, key);
                  return 1;
                }));
    try (Connection c = sql.connection()) {
      c.setAutoCommit(false);
      try {
        try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT client_id FROM ghlsync_token_lock"
                    + " WHERE client_id = ? AND resource_id = ? FOR UPDATE")) {
          ps.setString(1, key.clientId());
          ps.setString(2, key.resourceId());
          ps.executeQuery().close();
        }
        T result = renewal.apply(new LockedView(c, key));
        c.commit();
        return result;
      } finally {
        try {
          c.rollback(); // releases the lock if the renewal failed before saving
        } finally {
          c.setAutoCommit(true);
        }
      }
    } catch (SQLException e) {
      throw new TokenStoreException(
          JdbcStoreException.of("lock the token for " + key + " for its renewal", e).getMessage(),
          e);
    }
  }

  @Override
  public String toString() {
    return "JdbcTokenStore[" + sql.dialect() + "]";
  }

  /**
   * Reports database failures as the {@link TokenStore} contract says: {@link TokenStoreException}.
   */
  private static <T> T tokens(java.util.function.Supplier<T> call) {
    try {
      return call.get();
    } catch (JdbcStoreException e) {
      throw new TokenStoreException(e.getMessage(), e);
    }
  }

  private void insertLockRowIfAbsent(Connection c, TokenKey key) throws SQLException {
    String insert =
        sql.dialect() == JdbcDialect.POSTGRESQL
            ? "INSERT INTO ghlsync_token_lock (client_id, resource_id) VALUES (?, ?)"
                + " ON CONFLICT DO NOTHING"
            : "MERGE INTO ghlsync_token_lock (client_id, resource_id) KEY (client_id, resource_id)"
                + " VALUES (?, ?)";
    try (PreparedStatement ps = c.prepareStatement(insert)) {
      ps.setString(1, key.clientId());
      ps.setString(2, key.resourceId());
      ps.executeUpdate();
    }
  }

  private static Optional<StoredToken> load(Connection c, TokenKey key) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT " + COLUMNS + " FROM ghlsync_token WHERE client_id = ? AND resource_id = ?")) {
      ps.setString(1, key.clientId());
      ps.setString(2, key.resourceId());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    }
  }

  private static StoredToken read(ResultSet rs) throws SQLException {
    StoredToken.Builder b = StoredToken.builder(Secret.of(rs.getString("access_token"), "token"));
    String refresh = rs.getString("refresh_token");
    if (refresh != null) {
      b.refreshToken(Secret.of(refresh, "refreshToken"));
    }
    Instant expires = Sql.getInstant(rs, "expires_at");
    if (expires != null) {
      b.expiresAt(expires);
    }
    String scopes = rs.getString("scopes");
    if (!scopes.isEmpty()) {
      b.scopes(Arrays.asList(scopes.split(" ")));
    }
    optional(rs, "user_type", b::userType);
    optional(rs, "location_id", b::locationId);
    optional(rs, "company_id", b::companyId);
    String attributes = rs.getString("attributes");
    if (!attributes.isEmpty()) {
      for (String pair : attributes.split("&")) {
        int eq = pair.indexOf('=');
        b.attribute(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
      }
    }
    return b.build();
  }

  private static void optional(ResultSet rs, String column, Consumer<String> setter)
      throws SQLException {
    String value = rs.getString(column);
    if (value != null) {
      setter.accept(value);
    }
  }

  private void upsert(Connection c, TokenKey key, StoredToken token) throws SQLException {
    String statement =
        sql.dialect() == JdbcDialect.POSTGRESQL
            ? "INSERT INTO ghlsync_token (client_id, resource_id, "
                + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (client_id, resource_id)"
                + " DO UPDATE SET access_token = EXCLUDED.access_token, refresh_token ="
                + " EXCLUDED.refresh_token, expires_at = EXCLUDED.expires_at, scopes ="
                + " EXCLUDED.scopes, user_type = EXCLUDED.user_type, location_id ="
                + " EXCLUDED.location_id, company_id = EXCLUDED.company_id, attributes ="
                + " EXCLUDED.attributes, updated_at = EXCLUDED.updated_at"
            : "MERGE INTO ghlsync_token (client_id, resource_id, "
                + COLUMNS
                + ") KEY (client_id, resource_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement ps = c.prepareStatement(statement)) {
      ps.setString(1, key.clientId());
      ps.setString(2, key.resourceId());
      ps.setString(3, token.accessToken().reveal());
      ps.setString(4, token.refreshToken().map(Secret::reveal).orElse(null));
      Sql.setInstant(ps, 5, token.expiresAt().orElse(null));
      ps.setString(6, String.join(" ", token.scopes()));
      ps.setString(7, token.userType().orElse(null));
      ps.setString(8, token.locationId().orElse(null));
      ps.setString(9, token.companyId().orElse(null));
      ps.setString(10, attributes(token.attributes()));
      Sql.setInstant(ps, 11, clock.instant());
      ps.executeUpdate();
    }
  }

  private static String attributes(Map<String, String> attributes) {
    List<String> pairs =
        attributes.entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .toList();
    return String.join("&", pairs);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  /**
   * The store as one renewal sees it: reads on the locked connection; a save commits at once, which
   * makes the new token durable and visible and ends the lock.
   */
  private final class LockedView implements TokenStore {
    private final Connection c;
    private final TokenKey locked;

    LockedView(Connection c, TokenKey locked) {
      this.c = c;
      this.locked = locked;
    }

    @Override
    public Optional<StoredToken> load(TokenKey key) {
      try {
        return JdbcTokenStore.load(c, key);
      } catch (SQLException e) {
        throw new TokenStoreException(
            JdbcStoreException.of("read the token for " + key, e).getMessage(), e);
      }
    }

    @Override
    public void save(TokenKey key, StoredToken token) {
      try {
        upsert(c, key, token);
        c.commit();
      } catch (SQLException e) {
        throw new TokenStoreException(
            JdbcStoreException.of("save the renewed token for " + key, e).getMessage(), e);
      }
    }

    @Override
    public void delete(TokenKey key) {
      JdbcTokenStore.this.delete(key);
    }

    @Override
    public Set<TokenKey> keys() {
      return JdbcTokenStore.this.keys();
    }

    @Override
    public String toString() {
      return "JdbcTokenStore.renewal[" + locked + "]";
    }
  }
}
