package io.ghlsync.ghl.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.ghlsync.core.Secret;
import io.ghlsync.core.TokenProvider;
import io.ghlsync.core.token.EncryptedTokenStore;
import io.ghlsync.core.token.EncryptionKey;
import io.ghlsync.core.token.FileTokenStore;
import io.ghlsync.core.token.RefreshingTokenProvider;
import io.ghlsync.core.token.StoredToken;
import io.ghlsync.core.token.TokenKey;
import io.ghlsync.core.token.TokenRefreshException;
import io.ghlsync.core.token.TokenStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OAuthSecretsNeverLeakTest {
  private static final List<String> SECRETS =
      List.of(
          FakeGhlOAuthServer.CLIENT_SECRET,
          "CODE-SECRET-1",
          "AT-company-1-",
          "RT-company-1-",
          "LAT-loc-",
          "RT-stale-SECRET",
          "AT-stale-SECRET",
          "ENC-KEY-");

  @TempDir Path dir;

  @Test
  void aFullFlowNeverLogsOrReportsTokensSecretsOrCodes() throws Exception {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
    PrintStream out = System.out;
    PrintStream err = System.err;
    Logger google = Logger.getLogger("com.google.api.client");
    Level googleLevel = google.getLevel();
    Handler julCapture = julHandler(capture);
    List<String> reported = new ArrayList<>();
    try (MockWebServer server = new MockWebServer()) {
      FakeGhlOAuthServer ghl = new FakeGhlOAuthServer();
      ghl.scope = "oauth.readonly oauth.write contacts.readonly";
      ghl.validCodes.add("CODE-SECRET-1");
      server.setDispatcher(ghl);
      server.start();
      System.setOut(capture);
      System.setErr(capture);
      google.setLevel(Level.ALL);
      google.addHandler(julCapture);

      GhlOAuth oauth =
          GhlOAuth.builder(
                  FakeGhlOAuthServer.CLIENT_ID,
                  Secret.of(FakeGhlOAuthServer.CLIENT_SECRET, "clientSecret"))
              .redirectUri("http://127.0.0.1:8765/callback")
              .scopes(List.of("contacts.readonly", "oauth.readonly", "oauth.write"))
              .baseUrl(server.url("/").toString())
              .config(c -> c.logBodies(true))
              .build();
      byte[] keyBytes = "ENC-KEY-0123456789abcdef01234567".getBytes(StandardCharsets.US_ASCII);
      TokenStore store =
          EncryptedTokenStore.wrap(FileTokenStore.open(dir), EncryptionKey.of("k1", keyBytes));

      // Authorise, exchange the code, store the tokens encrypted.
      AuthorizationRequest request = oauth.authorizationRequest();
      GhlTokenResponse agency =
          oauth.exchangeCode(request, request.state(), "CODE-SECRET-1", UserType.COMPANY);
      TokenKey key = oauth.save(agency, store);
      reported.add(agency.toString());
      reported.add(store.load(key).orElseThrow().toString());

      // A call whose token the server no longer accepts: one refresh, then the retry.
      RefreshingTokenProvider agencyTokens = oauth.tokenProvider(store, key);
      ghl.expireAccess("company-1");
      OAuthService service = oauth.agency(agencyTokens);
      service.installedLocations(InstalledLocationsQuery.builder("company-1", "app-1").build());

      // Location tokens from the agency token.
      GhlOAuthSetup setup = GhlOAuthSetup.locationViaAgency(oauth, store, "company-1", "loc-1");
      TokenProvider location = setup.tokenProvider();
      location.accessToken();
      reported.add(setup.toString());
      reported.add(location.toString());
      reported.add(agencyTokens.toString());
      reported.add(oauth.toString());
      reported.add(service.toString());

      // A consumed refresh token: the refusal is reported without echoing it.
      TokenKey stale = new TokenKey(FakeGhlOAuthServer.CLIENT_ID, "loc-stale");
      store.save(
          stale,
          StoredToken.builder(Secret.of("AT-stale-SECRET", "a"))
              .refreshToken(Secret.of("RT-stale-SECRET", "r"))
              .expiresAt(Instant.now().minusSeconds(1))
              .build());
      Throwable refused = catchThrowable(() -> oauth.tokenProvider(store, stale).accessToken());
      assertThat(refused).isInstanceOf(TokenRefreshException.class);
      reported.add(stackTrace(refused));

      // A reused code: the error says so without the code.
      Throwable reused =
          catchThrowable(
              () ->
                  oauth.exchangeCode(request, request.state(), "CODE-SECRET-1", UserType.LOCATION));
      reported.add(stackTrace(reused));
      assertThat(ghl.tokenCalls).hasValue(4);
    } finally {
      System.setOut(out);
      System.setErr(err);
      google.removeHandler(julCapture);
      google.setLevel(googleLevel);
    }
    String log = captured.toString(StandardCharsets.UTF_8);

    assertThat(log)
        .contains("POST")
        .contains("/oauth/token")
        .contains("[redacted]")
        .contains("renewed the OAuth token")
        .contains("was refused");
    for (String secret : SECRETS) {
      assertThat(log).as("log").doesNotContain(secret);
      for (String text : reported) {
        assertThat(text).doesNotContain(secret);
      }
    }
  }

  private static Handler julHandler(PrintStream target) {
    return new Handler() {
      @Override
      public void publish(LogRecord record) {
        target.println("JUL " + record.getLevel() + " " + record.getMessage());
      }

      @Override
      public void flush() {
        target.flush();
      }

      @Override
      public void close() {}
    };
  }

  private static String stackTrace(Throwable t) {
    StringWriter w = new StringWriter();
    t.printStackTrace(new PrintWriter(w));
    return w.toString();
  }
}
