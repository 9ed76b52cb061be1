package io.ghlsync.sync.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.ghlsync.core.Secret;
import io.ghlsync.core.token.EncryptedTokenStore;
import io.ghlsync.core.token.EncryptionKey;
import io.ghlsync.core.token.RefreshingTokenProvider;
import io.ghlsync.core.token.StoredToken;
import io.ghlsync.core.token.TokenKey;
import io.ghlsync.core.token.TokenRefresher;
import io.ghlsync.core.token.TokenStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcTokenStoreTest {
  private static final TokenKey KEY = new TokenKey("app-1", "location-1");
  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  private static HikariDataSource postgres;

  @TempDir Path dir;

  @BeforeAll
  static void startPostgres() {
    postgres = TestDatabases.freshPostgres();
    JdbcSchema.of(postgres).createIfMissing();
  }

  @AfterAll
  static void stopPostgres() {
    postgres.close();
  }

  private DataSource h2() {
    DataSource ds = TestDatabases.h2File(dir);
    JdbcSchema.of(ds).createIfMissing();
    return ds;
  }

  private static StoredToken token(String access, String refresh, Instant expires) {
    return StoredToken.builder(Secret.of(access, "token"))
        .refreshToken(Secret.of(refresh, "refreshToken"))
        .expiresAt(expires)
        .scopes(List.of("contacts.readonly", "contacts.write"))
        .userType("Location")
        .locationId("location-1")
        .companyId("company-1")
        .attribute("a b", "c&d=e")
        .build();
  }

  @Test
  void savesLoadsListsAndDeletesTokensOnH2AndPostgres() {
    for (DataSource ds : List.of(h2(), postgres)) {
      JdbcTokenStore store = JdbcTokenStore.create(ds);
      TokenKey other = new TokenKey("app-1", "location-2");
      store.delete(KEY);
      store.delete(other);
      assertThat(store.load(KEY)).isEmpty();
      StoredToken first = token("access-1", "refresh-1", NOW);
      store.save(KEY, first);
      assertThat(store.load(KEY)).contains(first);
      StoredToken second =
          StoredToken.builder(Secret.of("access-2", "token")).noRefreshToken().build();
      store.save(KEY, second);
      store.save(other, first);
      assertThat(store.load(KEY)).contains(second);
      assertThat(store.keys()).containsExactlyInAnyOrder(KEY, other);
      store.delete(KEY);
      assertThat(store.load(KEY)).isEmpty();
      assertThat(store.keys()).containsExactly(other);
      assertThat(store.toString()).doesNotContain("access");
    }
  }

  @Test
  void theEncryptedStoreKeepsOnlyCiphertextInTheTable() throws Exception {
    DataSource ds = h2();
    EncryptedTokenStore store = JdbcTokenStore.encrypted(ds, EncryptionKey.generate("k1"));
    StoredToken t = token("access-secret-1", "refresh-secret-1", NOW);
    store.save(KEY, t);
    assertThat(store.load(KEY)).contains(t);
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT * FROM ghlsync_token")) {
      assertThat(rs.next()).isTrue();
      StringBuilder row = new StringBuilder();
      for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
        row.append(rs.getString(i)).append('|');
      }
      assertThat(row.toString())
          .startsWith("app-1|location-1|ghlsync-aesgcm-v1:k1:")
          .doesNotContain("secret")
          .doesNotContain("contacts.write");
    }
  }

  @Test
  void providersOfTwoStoresOnOneDatabaseRefreshAnExpiredTokenOnce() throws Exception {
    // Two "processes": separate pools, separate stores, separate providers, one database.
    String url = TestDatabases.newPostgresDatabase();
    try (HikariDataSource a = TestDatabases.pool(url, 2);
        HikariDataSource b = TestDatabases.pool(url, 2)) {
      JdbcSchema.of(a).createIfMissing();
      EncryptionKey key = EncryptionKey.generate("k1");
      TokenStore storeA = JdbcTokenStore.encrypted(a, key);
      TokenStore storeB = JdbcTokenStore.encrypted(b, key);
      storeA.save(KEY, token("access-0", "refresh-0", NOW.minusSeconds(1)));
      AtomicInteger calls = new AtomicInteger();
      CountDownLatch bothAsking = new CountDownLatch(2);
      TokenRefresher refresher =
          new TokenRefresher() {
            @Override
            public StoredToken refresh(TokenKey k, StoredToken current) {
              int n = calls.incrementAndGet();
              pause(); // widens the window in which an uncoordinated second refresh would start
              assertThat(current.refreshToken().orElseThrow().reveal()).isEqualTo("refresh-0");
              return token("access-" + n, "refresh-" + n, NOW.plusSeconds(3600));
            }

            @Override
            public Optional<StoredToken> acquire(TokenKey k) {
              return Optional.empty();
            }
          };
      Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
      List<RefreshingTokenProvider> providers =
          List.of(
              RefreshingTokenProvider.builder(storeA, KEY, refresher).clock(clock).build(),
              RefreshingTokenProvider.builder(storeB, KEY, refresher).clock(clock).build());
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        List<Future<String>> results = new ArrayList<>();
        for (RefreshingTokenProvider p : providers) {
          results.add(
              pool.submit(
                  () -> {
                    bothAsking.countDown();
                    bothAsking.await(10, TimeUnit.SECONDS);
                    return p.accessToken().reveal();
                  }));
        }
        assertThat(results.get(0).get()).isEqualTo("access-1");
        assertThat(results.get(1).get()).isEqualTo("access-1");
      } finally {
        pool.shutdown();
      }
      assertThat(calls).hasValue(1);
      assertThat(storeB.load(KEY).orElseThrow().refreshToken().orElseThrow().reveal())
          .isEqualTo("refresh-1");
    }
  }

  private static void pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void aRenewalThatFailsBeforeSavingLeavesTheTokenAndReleasesTheLock() {
    JdbcTokenStore store = JdbcTokenStore.create(h2());
    StoredToken t = token("access-1", "refresh-1", NOW);
    store.save(KEY, t);
    assertThatThrownBy(
            () ->
                store.renewExclusively(
                    KEY,
                    view -> {
                      assertThat(view.load(KEY)).contains(t);
                      throw new IllegalStateException("refresh refused");
                    }))
        .hasMessage("refresh refused");
    String result =
        store.renewExclusively(
            KEY,
            view -> {
              view.save(KEY, token("access-2", "refresh-2", NOW));
              assertThat(view.keys()).containsExactly(KEY);
              return view.load(KEY).orElseThrow().accessToken().reveal();
            });
    assertThat(result).isEqualTo("access-2");
    assertThat(store.load(KEY).orElseThrow().accessToken().reveal()).isEqualTo("access-2");
  }

  @Test
  void anUnreachableDatabaseIsATokenStoreErrorThatSaysSo() {
    DataSource ds = h2();
    JdbcTokenStore store = JdbcTokenStore.create(ds, JdbcDialect.H2, Clock.systemUTC());
    JdbcDataSource down = new JdbcDataSource();
    down.setURL("jdbc:h2:tcp://127.0.0.1:1/nowhere");
    JdbcTokenStore unreachable = JdbcTokenStore.create(ds, JdbcDialect.H2, Clock.systemUTC());
    assertThat(unreachable).isNotNull();
    assertThatThrownBy(() -> JdbcTokenStore.create(down, JdbcDialect.H2, Clock.systemUTC()))
        .isInstanceOf(JdbcStoreException.class)
        .hasMessageContaining("unreachable");
    store.save(KEY, token("a", "r", NOW.truncatedTo(ChronoUnit.SECONDS)));
    assertThat(store.keys()).isEqualTo(Set.of(KEY));
  }
}
