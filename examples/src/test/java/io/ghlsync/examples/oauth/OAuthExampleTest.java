package io.ghlsync.examples.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghlsync.core.Secret;
import io.ghlsync.core.token.EncryptionKey;
import io.ghlsync.examples.cli.ExampleFailure;
import io.ghlsync.testkit.ghl.FakeGhl;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OAuthExampleTest {
  private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private OAuthExample.Outcome run(Map<String, String> env, PrintStream stdout, String... args) {
    return OAuthExample.run(args, env, stdout, new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private PrintStream stdout() {
    return new PrintStream(out, true, StandardCharsets.UTF_8);
  }

  @Test
  void fakeFlowExchangesTheCodeStoresTokensEncryptedAndReadsTheContact(@TempDir Path dir)
      throws Exception {
    OAuthExample.Outcome outcome = run(Map.of(), stdout(), "--fake", "--token-dir", dir.toString());

    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(outcome.exitCode()).isZero();
    OAuthResult result = outcome.result().orElseThrow();
    assertThat(result.contactName()).isEqualTo("Ada Lovelace");
    assertThat(result.grantedScopes()).containsExactly("contacts.readonly");
    assertThat(result.key().resourceId()).isEqualTo("OAuthDemoLocation001");
    try (Stream<Path> files = Files.walk(dir)) {
      List<Path> stored = files.filter(Files::isRegularFile).toList();
      assertThat(stored).isNotEmpty();
      for (Path f : stored) {
        String content = Files.readString(f, StandardCharsets.ISO_8859_1);
        assertThat(content).contains("\"accessToken\":\"ghlsync-aesgcm-v1:");
        assertThat(content.replaceAll("\"(access|refresh)Token\":\"ghlsync-aesgcm-v1:[^\"]*\"", ""))
            .doesNotContain("Token\":");
      }
    }
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("1. Open this URL", "state=", "scope=contacts.readonly")
        .contains("3. Code exchanged (state verified): location OAuthDemoLocation001")
        .contains("the access token appears in no file there")
        .contains("5. contacts().get(\"" + result.contactId() + "\") with the stored token: Ada");
  }

  @Test
  void fakeFlowWithoutATokenFolderCleansUpItsTemporaryOne() {
    OAuthExample.Outcome outcome = run(Map.of(), stdout(), "--fake");

    assertThat(outcome.exitCode()).isZero();
    assertThat(Files.exists(outcome.result().orElseThrow().tokenDir())).isFalse();
  }

  @Test
  void realModeListsTheMissingEnvironmentVariables() {
    OAuthExample.Outcome outcome = run(Map.of("GHL_CLIENT_ID", "app"), stdout());

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("missing environment variables [GHL_CLIENT_SECRET, GHLSYNC_TOKEN_KEY]")
        .contains("--fake");
  }

  @Test
  void realModeRefusesAKeyOfTheWrongLength() {
    Map<String, String> env =
        Map.of(
            "GHL_CLIENT_ID",
            "app",
            "GHL_CLIENT_SECRET",
            "s",
            "GHLSYNC_TOKEN_KEY",
            Base64.getEncoder().encodeToString(new byte[16]));

    OAuthExample.Outcome outcome = run(env, stdout());

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("must hold 32 bytes", "holds 16");
  }

  @Test
  void realModeWaitsForAPersonToApproveInTheBrowser(@TempDir Path dir) {
    try (FakeGhl ghl = FakeGhl.builder().start()) {
      ghl.oauth().registerClient("app-1", "secret-1");
      ghl.location("PersonLocation000001")
          .createContact(Map.of("firstName", "Grace", "lastName", "Hopper"));
      // The "person" reads the printed URL and approves in a browser, played by FakeGhlConsent.
      PrintStream watching =
          new PrintStream(
              new BrowserWatchingStream(
                  out, url -> new FakeGhlConsent(ghl, "PersonLocation000001", stdout()).open(url)),
              true,
              StandardCharsets.UTF_8);
      Map<String, String> env =
          Map.of(
              "GHL_CLIENT_ID", "app-1", "GHL_CLIENT_SECRET", "secret-1", "GHLSYNC_TOKEN_KEY", KEY);

      OAuthExample.Outcome outcome =
          run(
              env,
              watching,
              "--base-url",
              ghl.baseUrl(),
              "--redirect-uri",
              "http://127.0.0.1:0/cb",
              "--token-dir",
              dir.toString(),
              "--timeout",
              "20");

      assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
      assertThat(outcome.exitCode()).isZero();
      assertThat(outcome.result().orElseThrow().contactName()).isEqualTo("Grace Hopper");
      assertThat(out.toString(StandardCharsets.UTF_8))
          .contains("https://marketplace.gohighlevel.com/v2/oauth/chooselocation?");
      assertThat(
              EncryptedTokens.open(dir, EncryptedTokens.key(KEY))
                  .load(outcome.result().orElseThrow().key()))
          .isPresent();
    }
  }

  @Test
  void noRedirectWithinTheTimeoutFailsWithAHint() {
    Map<String, String> env =
        Map.of("GHL_CLIENT_ID", "app-1", "GHL_CLIENT_SECRET", "s", "GHLSYNC_TOKEN_KEY", KEY);

    OAuthExample.Outcome outcome =
        run(env, stdout(), "--redirect-uri", "http://127.0.0.1:0/cb", "--timeout", "1");

    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("no redirect arrived within 1 seconds");
  }

  @Test
  void aRefusedConsentIsReportedWithGhlsError(@TempDir Path dir) {
    OAuthSettings settings = settings(dir);

    assertThatThrownBy(
            () -> OAuthFlow.run(settings, url -> redirect(url, "error=access_denied"), stdout()))
        .isInstanceOf(ExampleFailure.class)
        .hasMessageContaining("GHL did not authorise the app: access_denied");
  }

  @Test
  void aRedirectWithAnotherStateIsRefusedAsForged(@TempDir Path dir) {
    OAuthSettings settings = settings(dir);

    assertThatThrownBy(
            () -> OAuthFlow.run(settings, url -> redirect(url, "code=abc&state=forged"), stdout()))
        .isInstanceOf(ExampleFailure.class)
        .hasMessageContaining("state does not match");
  }

  @Test
  void theListenerAnswersOtherRequestsWithoutCompleting() throws Exception {
    try (RedirectListener listener = RedirectListener.start(URI.create("http://localhost:0/cb"))) {
      HttpResponse<String> favicon =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(listener.redirectUri()).GET().build(),
                  HttpResponse.BodyHandlers.ofString());

      assertThat(favicon.statusCode()).isEqualTo(400);
      assertThatThrownBy(() -> listener.await(Duration.ofMillis(50)))
          .hasMessageContaining("no redirect arrived");
    }
  }

  @Test
  void aRedirectUriElsewhereThanThisMachineIsRefused() {
    assertThatThrownBy(() -> RedirectListener.start(URI.create("https://example.com/cb")))
        .isInstanceOfSatisfying(ExampleFailure.class, e -> assertThat(e.exitCode()).isEqualTo(2))
        .hasMessageContaining("must be http://127.0.0.1:PORT/PATH");
  }

  @Test
  void helpPrintsTheUsage() {
    assertThat(run(Map.of(), stdout(), "--help").exitCode()).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: OAuthExample");
  }

  private static OAuthSettings settings(Path dir) {
    return new OAuthSettings(
        "app-1",
        Secret.of("s", "clientSecret"),
        URI.create("http://127.0.0.1:0/cb"),
        List.of("contacts.readonly"),
        "http://127.0.0.1:9",
        Optional.empty(),
        dir,
        EncryptionKey.generate(EncryptedTokens.KEY_ID),
        Optional.empty(),
        Duration.ofSeconds(10));
  }

  /** Sends the browser to the redirect URI of an authorization URL with the given query. */
  private static void redirect(String authorizationUrl, String query) {
    Map<String, String> q = RedirectListener.query(URI.create(authorizationUrl).getRawQuery());
    URI target = URI.create(q.get("redirect_uri") + "?" + query);
    CompletableFuture.runAsync(
        () -> {
          try {
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(target).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
  }

  /** Copies what the program prints and, when it prints the authorization URL, opens it. */
  private static final class BrowserWatchingStream extends OutputStream {
    private final OutputStream copy;
    private final Consumer<String> browser;
    private final StringBuilder line = new StringBuilder();

    BrowserWatchingStream(OutputStream copy, Consumer<String> browser) {
      this.copy = copy;
      this.browser = browser;
    }

    @Override
    public synchronized void write(int b) throws IOException {
      copy.write(b);
      if (b != '\n') {
        line.append((char) b);
        return;
      }
      String text = line.toString().trim();
      line.setLength(0);
      if (text.startsWith("http") && text.contains("state=")) {
        CompletableFuture.runAsync(() -> browser.accept(text));
      }
    }
  }
}
