package io.ghlsync.sync.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.ghlsync.core.Secret;
import io.ghlsync.core.token.EncryptionKey;
import io.ghlsync.core.token.RefreshingTokenProvider;
import io.ghlsync.core.token.StoredToken;
import io.ghlsync.core.token.TokenKey;
import io.ghlsync.core.token.TokenStore;
import io.ghlsync.ghl.oauth.AuthorizationRequest;
import io.ghlsync.ghl.oauth.GhlOAuth;
import io.ghlsync.ghl.oauth.UserType;
import io.ghlsync.testkit.Fault;
import io.ghlsync.testkit.RequestMatcher;
import io.ghlsync.testkit.ghl.FakeGhl;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two JVMs (this one and a child) share one PostgreSQL database holding one expired GHL token; both
 * ask for it at the same moment while the token endpoint is slow. Exactly one refresh reaches GHL,
 * and both end up with the same new token.
 */
class TwoJvmTokenRefreshTest {
  private static final String LOCATION = "SharedLocation000001";

  @Test
  void twoJvmsRefreshingOneExpiredTokenMakeOneTokenCall() throws Exception {
    String url = TestDatabases.newPostgresDatabase();
    byte[] aes = new byte[32];
    new java.security.SecureRandom().nextBytes(aes);
    try (FakeGhl ghl = FakeGhl.builder().start();
        HikariDataSource ds = TestDatabases.pool(url, 2)) {
      JdbcSchema.of(ds).createIfMissing();
      TokenStore store = JdbcTokenStore.encrypted(ds, EncryptionKey.of("k1", aes));
      ghl.oauth().registerClient("app-1", "secret-1");
      GhlOAuth oauth =
          GhlOAuth.builder("app-1", Secret.of("secret-1", "clientSecret"))
              .baseUrl(ghl.baseUrl())
              .redirectUri("http://127.0.0.1/callback")
              .scopes(List.of("contacts.readonly"))
              .build();
      AuthorizationRequest request = oauth.authorizationRequest();
      String code = ghl.oauth().authorizeLocation("app-1", LOCATION, "contacts.readonly");
      TokenKey key =
          oauth.save(oauth.exchangeCode(request, request.state(), code, UserType.LOCATION), store);
      StoredToken issued = store.load(key).orElseThrow();
      store.save(key, issued.toBuilder().expiresAt(Instant.now().minusSeconds(60)).build());

      Process child =
          new ProcessBuilder(
                  ProcessHandle.current().info().command().orElse("java"),
                  "-cp",
                  System.getProperty("java.class.path"),
                  TokenRefreshChild.class.getName(),
                  url,
                  ghl.baseUrl(),
                  "app-1",
                  "secret-1",
                  LOCATION,
                  Base64.getEncoder().encodeToString(aes))
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      try {
        BufferedReader out =
            new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        assertThat(readLine(out, "READY")).isEqualTo("READY");
        long exchanges = ghl.journal().count(RequestMatcher.operation("get-access-token"));
        // The refresh is slow, so an uncoordinated second JVM would send its own meanwhile.
        ghl.faults()
            .script(
                RequestMatcher.operation("get-access-token"),
                new Fault.Slow(Duration.ofMillis(1500)));
        RefreshingTokenProvider mine = oauth.tokenProvider(store, key);
        Writer go = new OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8);
        go.write("GO\n");
        go.flush();
        CompletableFuture<String> parent =
            CompletableFuture.supplyAsync(
                () -> {
                  try {
                    return TokenRefreshChild.hash(mine.accessToken().reveal());
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                });
        String childLine = readLine(out, "TOKEN ");
        String parentHash = parent.get(30, TimeUnit.SECONDS);
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isZero();

        assertThat(ghl.journal().count(RequestMatcher.operation("get-access-token")) - exchanges)
            .as("refresh calls to GHL's token endpoint from both JVMs")
            .isEqualTo(1);
        assertThat(childLine).isEqualTo("TOKEN " + parentHash);
        assertThat(parentHash).isNotEqualTo(TokenRefreshChild.hash(issued.accessToken().reveal()));
      } finally {
        child.destroyForcibly();
      }
    }
  }

  private static String readLine(BufferedReader out, String prefix) throws Exception {
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      if (line.startsWith(prefix)) {
        return line;
      }
    }
    throw new AssertionError("the child JVM ended without printing " + prefix);
  }
}
