package io.ghlsync.examples.oauth;

import io.ghlsync.core.Secret;
import io.ghlsync.core.token.EncryptionKey;
import io.ghlsync.examples.cli.Arguments;
import io.ghlsync.examples.cli.ExampleFailure;
import io.ghlsync.examples.cli.ServiceFailures;
import io.ghlsync.ghl.oauth.GhlOAuth;
import io.ghlsync.testkit.ghl.FakeGhl;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Connects a GHL Marketplace app with OAuth 2.0: prints the authorization URL, catches the redirect
 * on a loopback listener, exchanges the code, stores the tokens encrypted and reads a contact.
 *
 * <p>Real GHL: set {@code GHL_CLIENT_ID}, {@code GHL_CLIENT_SECRET} and {@code GHLSYNC_TOKEN_KEY}
 * (a base64 AES-256 key, e.g. from {@code openssl rand -base64 32}) and register the redirect URI
 * {@value OAuthSettings#DEFAULT_REDIRECT_URI} for the app. {@code --fake} runs the same flow
 * against an embedded fake GHL, which also plays the browser.
 */
public final class OAuthExample {
  private static final String FAKE_CLIENT_ID = "65f1b2c3d4e5-demo0oauth";
  private static final String FAKE_LOCATION = "OAuthDemoLocation001";

  private OAuthExample() {}

  /**
   * Runs the example and exits with its exit code.
   *
   * @param args see {@code --help}
   */
  public static void main(String[] args) {
    System.exit(run(args, System.getenv(), System.out, System.err).exitCode());
  }

  /**
   * What a run ended with.
   *
   * @param exitCode 0 on success, 1 when the flow failed, 2 for bad usage or settings
   * @param result what the flow achieved, on success
   */
  record Outcome(int exitCode, Optional<OAuthResult> result) {}

  /**
   * Runs the example without exiting the JVM.
   *
   * @param args the command line
   * @param environment the environment variables
   * @param out where the steps are printed
   * @param err where errors are printed
   * @return the outcome
   */
  static Outcome run(
      String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
    try {
      Arguments a =
          Arguments.parse(
              args,
              Set.of("fake"),
              Set.of(
                  "redirect-uri",
                  "scopes",
                  "token-dir",
                  "contact-id",
                  "base-url",
                  "authorization-url",
                  "timeout"));
      if (a.flag("help")) {
        out.println(usage());
        return new Outcome(0, Optional.empty());
      }
      OAuthResult result = a.flag("fake") ? runFake(a, out) : runReal(a, environment, out);
      return new Outcome(0, Optional.of(result));
    } catch (ExampleFailure e) {
      err.println("error: " + e.getMessage());
      return new Outcome(e.exitCode(), Optional.empty());
    } catch (RuntimeException e) {
      String expected = ServiceFailures.describe(e);
      err.println("error: " + (expected.isEmpty() ? e.toString() : expected));
      if (expected.isEmpty()) {
        e.printStackTrace(err);
      }
      return new Outcome(ExampleFailure.RUN_FAILED, Optional.empty());
    }
  }

  private static OAuthResult runReal(Arguments a, Map<String, String> env, PrintStream out) {
    List<String> missing = new ArrayList<>();
    for (String name :
        List.of("GHL_CLIENT_ID", "GHL_CLIENT_SECRET", EncryptedTokens.KEY_VARIABLE)) {
      if (env.getOrDefault(name, "").isBlank()) {
        missing.add(name);
      }
    }
    if (!missing.isEmpty()) {
      throw ExampleFailure.setup(
          "missing environment variables "
              + missing
              + ": GHL_CLIENT_ID and GHL_CLIENT_SECRET of"
              + " your Marketplace app, GHLSYNC_TOKEN_KEY a base64 AES-256 key (openssl rand"
              + " -base64 32). Or run with --fake to use the embedded fake GHL.");
    }
    EncryptionKey key;
    try {
      key = EncryptedTokens.key(variable(env, EncryptedTokens.KEY_VARIABLE));
    } catch (IllegalArgumentException e) {
      throw ExampleFailure.setup(String.valueOf(e.getMessage()));
    }
    OAuthSettings settings =
        settings(
            a,
            variable(env, "GHL_CLIENT_ID"),
            Secret.of(variable(env, "GHL_CLIENT_SECRET"), "GHL_CLIENT_SECRET"),
            GhlOAuth.DEFAULT_BASE_URL,
            a.path("token-dir").orElseGet(EncryptedTokens::defaultDirectory),
            key,
            OAuthSettings.DEFAULT_REDIRECT_URI);
    out.println("GHL OAuth example (app " + settings.clientId() + ")");
    return OAuthFlow.run(settings, ConsentStep.PERSON, out);
  }

  private static String variable(Map<String, String> env, String name) {
    return Objects.requireNonNullElse(env.get(name), "");
  }

  private static OAuthResult runFake(Arguments a, PrintStream out) {
    try (FakeGhl ghl = FakeGhl.builder().start()) {
      String secret = "demo-client-secret";
      ghl.oauth().registerClient(FAKE_CLIENT_ID, secret);
      ghl.location(FAKE_LOCATION)
          .createContact(
              Map.of("firstName", "Ada", "lastName", "Lovelace", "email", "ada@example.com"));
      Optional<Path> given = a.path("token-dir");
      Path dir = given.orElseGet(OAuthExample::temporaryFolder);
      out.println(
          "GHL OAuth example against an embedded fake GHL at "
              + ghl.baseUrl()
              + " (app "
              + FAKE_CLIENT_ID
              + ", location "
              + FAKE_LOCATION
              + ")");
      OAuthSettings settings =
          settings(
              a,
              FAKE_CLIENT_ID,
              Secret.of(secret, "clientSecret"),
              ghl.baseUrl(),
              dir,
              EncryptionKey.generate(EncryptedTokens.KEY_ID),
              "http://127.0.0.1:0/oauth/callback");
      if (settings.authorizationUrl().isEmpty()) {
        settings = withAuthorizationUrl(settings, ghl.baseUrl() + "/oauth/chooselocation");
      }
      try {
        return OAuthFlow.run(settings, new FakeGhlConsent(ghl, FAKE_LOCATION, out), out);
      } finally {
        if (given.isEmpty()) {
          deleteFolder(dir);
          out.println(
              "   (the temporary token folder was deleted; pass --token-dir DIR to keep it)");
        }
      }
    }
  }

  private static OAuthSettings settings(
      Arguments a,
      String clientId,
      Secret secret,
      String defaultBaseUrl,
      Path tokenDir,
      EncryptionKey key,
      String defaultRedirect) {
    List<String> scopes = a.list("scopes");
    return new OAuthSettings(
        clientId,
        secret,
        URI.create(a.value("redirect-uri").orElse(defaultRedirect)),
        scopes.isEmpty() ? List.of("contacts.readonly") : scopes,
        a.value("base-url").orElse(defaultBaseUrl),
        a.value("authorization-url"),
        tokenDir,
        key,
        a.value("contact-id"),
        Duration.ofSeconds(a.intValue("timeout", 300, 1, 3600)));
  }

  private static OAuthSettings withAuthorizationUrl(OAuthSettings s, String url) {
    return new OAuthSettings(
        s.clientId(),
        s.clientSecret(),
        s.redirectUri(),
        s.scopes(),
        s.baseUrl(),
        Optional.of(url),
        s.tokenDir(),
        s.key(),
        s.contactId(),
        s.timeout());
  }

  private static void deleteFolder(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the temporary token folder " + dir, e);
    }
  }

  private static Path temporaryFolder() {
    try {
      return Files.createTempDirectory("ghlsync-oauth-example");
    } catch (IOException e) {
      throw ExampleFailure.run("cannot create a temporary token folder: " + e, e);
    }
  }

  private static String usage() {
    return String.join(
        "\n",
        "Usage: OAuthExample [--fake] [options]",
        "",
        "Real GHL needs GHL_CLIENT_ID, GHL_CLIENT_SECRET and GHLSYNC_TOKEN_KEY (openssl rand",
        "-base64 32) in the environment, and the redirect URI registered for your app.",
        "",
        "  --fake                   run against an embedded fake GHL (no app needed)",
        "  --redirect-uri URI       default " + OAuthSettings.DEFAULT_REDIRECT_URI,
        "  --scopes LIST            comma-separated (default contacts.readonly)",
        "  --token-dir DIR          where the encrypted tokens go (default ~/.ghlsync/tokens)",
        "  --contact-id ID          the contact to read (default: the first one found)",
        "  --base-url URL           GHL API base URL (default " + GhlOAuth.DEFAULT_BASE_URL + ")",
        "  --authorization-url URL  authorization page (default GHL's marketplace)",
        "  --timeout SECONDS        how long to wait for the redirect (default 300)",
        "  --help                   show this text");
  }
}
