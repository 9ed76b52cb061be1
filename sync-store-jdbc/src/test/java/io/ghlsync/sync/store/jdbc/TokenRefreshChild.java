package io.ghlsync.sync.store.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import io.ghlsync.core.Secret;
import io.ghlsync.core.token.EncryptionKey;
import io.ghlsync.core.token.RefreshingTokenProvider;
import io.ghlsync.core.token.TokenKey;
import io.ghlsync.core.token.TokenStore;
import io.ghlsync.ghl.oauth.GhlOAuth;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The second JVM of {@link TwoJvmTokenRefreshTest}: opens the shared database, builds a GHL token
 * provider, says READY, waits for GO on stdin, asks for the token and prints a hash of it (never
 * the token).
 *
 * <p>Arguments: jdbc url, GHL base url, client id, client secret, location id, AES key (base64).
 */
public final class TokenRefreshChild {
  private TokenRefreshChild() {}

  public static void main(String[] args) throws Exception {
    try (HikariDataSource ds = TestDatabases.pool(args[0], 2)) {
      TokenStore store =
          JdbcTokenStore.encrypted(ds, EncryptionKey.of("k1", Base64.getDecoder().decode(args[5])));
      GhlOAuth oauth =
          GhlOAuth.builder(args[2], Secret.of(args[3], "clientSecret")).baseUrl(args[1]).build();
      RefreshingTokenProvider provider = oauth.tokenProvider(store, new TokenKey(args[2], args[4]));
      System.out.println("READY");
      System.out.flush();
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      if (!"GO".equals(in.readLine())) {
        System.exit(3);
      }
      System.out.println("TOKEN " + hash(provider.accessToken().reveal()));
      System.out.flush();
    }
  }

  static String hash(String secret) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
  }
}
