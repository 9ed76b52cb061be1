package io.ghlsync.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.core.Secret;
import io.ghlsync.examples.oauth.EncryptedTokens;
import io.ghlsync.ghl.oauth.AuthorizationRequest;
import io.ghlsync.ghl.oauth.GhlOAuth;
import io.ghlsync.ghl.oauth.GhlTokenResponse;
import io.ghlsync.ghl.oauth.UserType;
import io.ghlsync.sync.model.EntityKind;
import io.ghlsync.sync.model.FieldChange;
import io.ghlsync.sync.store.AuditEntry;
import io.ghlsync.testkit.Fault;
import io.ghlsync.testkit.RequestMatcher;
import io.ghlsync.testkit.ghl.FakeGhl;
import io.ghlsync.testkit.ghl.FakeGhlLocation;
import io.ghlsync.testkit.onoffice.FakeOnOffice;
import io.ghlsync.testkit.optmyzr.FakeOptmyzr;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real-service mode, pointed at the fakes through the base-URL options, exactly as a user points it
 * at a sandbox account.
 */
class RealServiceDemoTest {
  private static final String LOCATION = "RealLocation00000001";
  private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private FakeGhl ghl;
  private FakeGhlLocation location;
  private FakeOnOffice onOffice;
  private FakeOptmyzr optmyzr;

  @BeforeEach
  void startFakes() {
    ghl = FakeGhl.builder().seed(7).rateLimit(2_000, Duration.ofSeconds(10)).start();
    location = ghl.location(LOCATION).seedContacts(6);
    onOffice = FakeOnOffice.start();
    optmyzr = FakeOptmyzr.builder().rateLimit(2_000, Duration.ofSeconds(10)).start();
  }

  @AfterEach
  void stopFakes() {
    ghl.close();
    onOffice.close();
    optmyzr.close();
  }

  private Map<String, String> credentials() {
    Map<String, String> env = new HashMap<>();
    env.put("GHL_LOCATION_ID", LOCATION);
    env.put("GHL_PRIVATE_TOKEN", location.privateToken("contacts.readonly"));
    env.put("ONOFFICE_TOKEN", onOffice.token());
    env.put("ONOFFICE_SECRET", onOffice.secret());
    env.put("OPTMYZR_API_KEY", optmyzr.apiKey());
    return env;
  }

  private String[] urls(String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--ghl-base-url", ghl.baseUrl(),
                "--onoffice-url", onOffice.url(),
                "--optmyzr-url", optmyzr.baseUrl(),
                "--store-dir", storeDir.toString()));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  private QuickStartDemo.Outcome run(Map<String, String> env, String... args) {
    return QuickStartDemo.run(
        args,
        env,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        false);
  }

  /** Where the real-service runs keep their H2 file (fresh per test). */
  @TempDir Path storeDir;

  @Test
  void aSecondRunOnTheKeptH2FileWritesNothingForUnchangedData() {
    assertThat(run(credentials(), urls()).exitCode()).isZero();
    out.reset();
    QuickStartDemo.Outcome second = run(credentials(), urls());

    assertThat(second.exitCode()).isZero();
    DemoReport report = second.report().orElseThrow();
    for (String target : List.of("onoffice", "optmyzr")) {
      for (EntityKind kind : List.of(EntityKind.CONTACT, EntityKind.TASK, EntityKind.NOTE)) {
        DecisionCounts counts = report.counts(target, kind);
        assertThat(counts.created() + counts.updated() + counts.linked())
            .as(target + " " + kind + " written again")
            .isZero();
      }
    }
    assertThat(onOffice.store().addresses()).hasSize(6);
    assertThat(optmyzr.contacts()).hasSize(6);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("an H2 file database in " + storeDir + " (kept)");
  }

  @Test
  void credentialsSwitchToRealServicesAndTheLocationIsSyncedToBothTargets() {
    // 6 seeded contacts hold 0+1+2+0+1+2 = 6 tasks and 0+0+0+1+1+1 = 3 notes.
    QuickStartDemo.Outcome outcome = run(credentials(), urls());

    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(outcome.exitCode()).isZero();
    DemoReport report = outcome.report().orElseThrow();
    assertThat(report.sandbox()).isFalse();
    assertThat(report.backfilled()).isEqualTo(Map.of("onoffice", 6, "optmyzr", 6));
    for (String target : List.of("onoffice", "optmyzr")) {
      assertThat(report.counts(target, EntityKind.CONTACT))
          .isEqualTo(new DecisionCounts(6, 0, 0, 0, 0));
      assertThat(report.counts(target, EntityKind.TASK))
          .isEqualTo(new DecisionCounts(6, 0, 0, 0, 0));
      assertThat(report.counts(target, EntityKind.NOTE))
          .isEqualTo(new DecisionCounts(3, 0, 0, 0, 0));
    }
    assertThat(onOffice.store().addresses()).hasSize(6);
    assertThat(optmyzr.contacts()).hasSize(6);
    assertThat(ghl.journal().entries()).extracting(e -> e.method()).containsOnly("GET", "POST");
    assertThat(report.storyTrail())
        .flatExtracting(AuditEntry::changes)
        .filteredOn(c -> c.field().equals("email"))
        .extracting(FieldChange::after)
        .containsOnly("***");
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("ghlsync quick start: real services", "location " + LOCATION)
        .contains("private-integration token", "read only")
        .contains("[1/2] Backfill", "[2/2] Results", "Where this contact's state lives:");
  }

  @Test
  void anOAuthAppUsesTheTokenTheOAuthExampleStored(@TempDir Path dir) {
    String clientId = "65f1b2c3d4e5-test0app";
    ghl.oauth().registerClient(clientId, "app-secret");
    GhlOAuth oauth =
        GhlOAuth.builder(clientId, Secret.of("app-secret", "clientSecret"))
            .baseUrl(ghl.baseUrl())
            .redirectUri("http://127.0.0.1:8765/oauth/callback")
            .scopes(List.of("contacts.readonly"))
            .build();
    AuthorizationRequest request = oauth.authorizationRequest();
    String code = ghl.oauth().authorizeLocation(clientId, LOCATION, "contacts.readonly");
    GhlTokenResponse tokens = oauth.exchangeCode(request, request.state(), code, UserType.LOCATION);
    oauth.save(tokens, EncryptedTokens.open(dir, EncryptedTokens.key(KEY)));
    Map<String, String> env = credentials();
    env.remove("GHL_PRIVATE_TOKEN");
    env.put("GHL_CLIENT_ID", clientId);
    env.put("GHL_CLIENT_SECRET", "app-secret");
    env.put("GHLSYNC_TOKEN_KEY", KEY);
    env.put("GHLSYNC_TOKEN_DIR", dir.toString());

    QuickStartDemo.Outcome outcome = run(env, urls("--targets", "optmyzr"));

    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.report().orElseThrow().backfilled()).isEqualTo(Map.of("optmyzr", 6));
    assertThat(optmyzr.contacts()).hasSize(6);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("OAuth app token from the encrypted store");
  }

  @Test
  void partialCredentialsListWhatIsMissingAndSendNothing() {
    Map<String, String> env =
        Map.of("GHL_PRIVATE_TOKEN", "pit", "ONOFFICE_TOKEN", onOffice.token());

    QuickStartDemo.Outcome outcome = run(env, urls());

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("real-service mode cannot start; nothing was sent anywhere.")
        .contains("  - missing GHL_LOCATION_ID: ")
        .contains("  - missing ONOFFICE_SECRET: ")
        .contains("  - missing OPTMYZR_API_KEY: ")
        .doesNotContain("missing ONOFFICE_TOKEN", "missing OPTMYZR_CONTRACT_URL", "\tat ");
    assertThat(ghl.journal().counts()).isEmpty();
    assertThat(onOffice.journal().counts()).isEmpty();
    assertThat(optmyzr.journal().counts()).isEmpty();
  }

  @Test
  void realModeWithoutAnyCredentialSaysWhatToSet() {
    QuickStartDemo.Outcome outcome = run(Map.of(), "--real");

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("missing GHL_LOCATION_ID", "missing GHL_PRIVATE_TOKEN", "--config FILE");
  }

  @Test
  void aRejectedTokenEndsWithAPlainMessageAndExitCodeOne() {
    Map<String, String> env = credentials();
    env.put("GHL_PRIVATE_TOKEN", "not-a-valid-token");

    QuickStartDemo.Outcome outcome = run(env, urls());

    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("error: reading the contacts of location " + LOCATION + " from GHL failed:")
        .contains("credentials were rejected (HTTP 401)")
        .doesNotContain("\tat ", "not-a-valid-token");
  }

  @Test
  void aContactTheTargetRefusesIsReportedAfterTheSummaryWithExitCodeOne() {
    optmyzr.faults().script(RequestMatcher.operation("upsert-contact"), Fault.status(403));

    QuickStartDemo.Outcome outcome = run(credentials(), urls("--targets", "optmyzr"));

    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Summary");
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("1 contact(s) could not be synced and were dead-lettered:")
        .contains("optmyzr contact ");
  }
}
