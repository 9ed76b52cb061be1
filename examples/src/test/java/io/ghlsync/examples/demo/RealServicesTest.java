package io.ghlsync.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghlsync.core.Secret;
import io.ghlsync.core.token.StoredToken;
import io.ghlsync.core.token.TokenKey;
import io.ghlsync.examples.cli.ExampleFailure;
import io.ghlsync.examples.oauth.EncryptedTokens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real-service settings are checked completely before anything is sent. */
class RealServicesTest {
  private static final Set<DemoTarget> BOTH = EnumSet.allOf(DemoTarget.class);
  private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

  private static Map<String, String> complete() {
    Map<String, String> env = new HashMap<>();
    env.put("GHL_LOCATION_ID", "loc1");
    env.put("GHL_PRIVATE_TOKEN", "pit-123");
    env.put("ONOFFICE_TOKEN", "t");
    env.put("ONOFFICE_SECRET", "s");
    env.put("OPTMYZR_CONTRACT_URL", "https://bridge.example.com");
    env.put("OPTMYZR_API_KEY", "k");
    return env;
  }

  private static List<SettingProblem> problems(Map<String, String> env, Set<DemoTarget> targets) {
    return RealServices.problems(ServiceSettings.resolve(Map.of(), Optional.empty(), env), targets);
  }

  private static List<String> missing(Map<String, String> env, Set<DemoTarget> targets) {
    return problems(env, targets).stream()
        .filter(p -> p.kind() == SettingProblem.Kind.MISSING)
        .map(SettingProblem::name)
        .toList();
  }

  @Test
  void completeSettingsHaveNoProblemsAndDefaultTheBaseUrls() {
    Map<String, String> env = complete();

    RealServices services =
        RealServices.check(ServiceSettings.resolve(Map.of(), Optional.empty(), env), BOTH);

    assertThat(problems(env, BOTH)).isEmpty();
    assertThat(services.locationId()).isEqualTo("loc1");
    assertThat(services.ghlBaseUrl()).isEqualTo("https://services.leadconnectorhq.com");
    assertThat(services.ghl()).isEqualTo(new RealServices.PrivateToken(Secret.of("pit-123", "x")));
    assertThat(services.onOffice().orElseThrow().url())
        .isEqualTo("https://api.onoffice.de/api/stable/api.php");
    assertThat(services.optmyzr().orElseThrow().contractUrl())
        .isEqualTo("https://bridge.example.com");
  }

  @Test
  void onlyATokenListsExactlyTheOtherRequiredSettings() {
    assertThat(missing(Map.of("GHL_PRIVATE_TOKEN", "pit"), BOTH))
        .containsExactly(
            "GHL_LOCATION_ID",
            "ONOFFICE_TOKEN",
            "ONOFFICE_SECRET",
            "OPTMYZR_CONTRACT_URL",
            "OPTMYZR_API_KEY");
  }

  @Test
  void noGhlCredentialNamesBothWaysToGiveOne() {
    Map<String, String> env = complete();
    env.remove("GHL_PRIVATE_TOKEN");

    List<SettingProblem> problems = problems(env, BOTH);

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).line())
        .startsWith("missing GHL_PRIVATE_TOKEN: ")
        .contains("GHL_CLIENT_ID + GHL_CLIENT_SECRET + GHLSYNC_TOKEN_KEY");
  }

  @Test
  void anOAuthAppNeedsItsSecretAndTheTokenKey() {
    Map<String, String> env = complete();
    env.remove("GHL_PRIVATE_TOKEN");
    env.put("GHL_CLIENT_ID", "app-1");

    assertThat(missing(env, BOTH)).containsExactly("GHL_CLIENT_SECRET", "GHLSYNC_TOKEN_KEY");
  }

  @Test
  void onlyTheChosenTargetsNeedCredentials() {
    Map<String, String> env = Map.of("GHL_PRIVATE_TOKEN", "p", "GHL_LOCATION_ID", "l");

    assertThat(missing(env, EnumSet.of(DemoTarget.ONOFFICE)))
        .containsExactly("ONOFFICE_TOKEN", "ONOFFICE_SECRET");
    assertThat(missing(env, EnumSet.of(DemoTarget.OPTMYZR)))
        .containsExactly("OPTMYZR_CONTRACT_URL", "OPTMYZR_API_KEY");
  }

  @Test
  void unusableUrlsAndTwoGhlCredentialsAreInvalid() {
    Map<String, String> env = complete();
    env.put("GHL_BASE_URL", "services.leadconnectorhq.com");
    env.put("ONOFFICE_URL", "ftp://api.onoffice.de");
    env.put("GHL_CLIENT_ID", "app-1");

    assertThat(problems(env, BOTH))
        .allMatch(p -> p.kind() == SettingProblem.Kind.INVALID)
        .extracting(SettingProblem::name)
        .containsExactly("GHL_PRIVATE_TOKEN/GHL_CLIENT_ID", "GHL_BASE_URL", "ONOFFICE_URL");
  }

  @Test
  void theErrorListsEveryProblemAndNeverASecretValue() {
    Map<String, String> env = Map.of("GHL_PRIVATE_TOKEN", "very-secret-pit");

    assertThatThrownBy(
            () ->
                RealServices.check(ServiceSettings.resolve(Map.of(), Optional.empty(), env), BOTH))
        .isInstanceOfSatisfying(ExampleFailure.class, e -> assertThat(e.exitCode()).isEqualTo(2))
        .hasMessageContaining("nothing was sent anywhere")
        .hasMessageContaining("  - missing GHL_LOCATION_ID: the GHL location")
        .hasMessageContaining("  - missing OPTMYZR_API_KEY")
        .hasMessageContaining("Given: GHL_PRIVATE_TOKEN (from the environment)")
        .hasMessageContaining("--sandbox")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("very-secret-pit"));
  }

  @Test
  void anOAuthAppWithoutAStoredTokenPointsToTheOAuthExample(@TempDir Path dir) {
    Map<String, String> env = complete();
    env.remove("GHL_PRIVATE_TOKEN");
    env.put("GHL_CLIENT_ID", "app-1");
    env.put("GHL_CLIENT_SECRET", "secret");
    env.put("GHLSYNC_TOKEN_KEY", KEY);
    env.put("GHLSYNC_TOKEN_DIR", dir.toString());

    List<SettingProblem> problems = problems(env, BOTH);

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).line())
        .contains("no token of client app-1 for location loc1 in " + dir)
        .contains("run the OAuth example first");
  }

  @Test
  void anOAuthAppWithItsStoredTokenIsReady(@TempDir Path dir) {
    EncryptedTokens.open(dir, EncryptedTokens.key(KEY))
        .save(
            new TokenKey("app-1", "loc1"),
            StoredToken.builder(Secret.of("access", "accessToken")).build());
    Map<String, String> env = complete();
    env.remove("GHL_PRIVATE_TOKEN");
    env.put("GHL_CLIENT_ID", "app-1");
    env.put("GHL_CLIENT_SECRET", "secret");
    env.put("GHLSYNC_TOKEN_KEY", KEY);
    env.put("GHLSYNC_TOKEN_DIR", dir.toString());

    RealServices services =
        RealServices.check(ServiceSettings.resolve(Map.of(), Optional.empty(), env), BOTH);

    assertThat(services.ghl()).isInstanceOf(RealServices.OAuthApp.class);
  }

  @Test
  void aTokenKeyThatIsNotBase64IsInvalidWithoutQuotingIt(@TempDir Path dir) {
    Map<String, String> env = complete();
    env.remove("GHL_PRIVATE_TOKEN");
    env.put("GHL_CLIENT_ID", "app-1");
    env.put("GHL_CLIENT_SECRET", "secret");
    env.put("GHLSYNC_TOKEN_KEY", "not*base64*key");
    env.put("GHLSYNC_TOKEN_DIR", dir.toString());

    List<SettingProblem> problems = problems(env, BOTH);

    assertThat(problems)
        .extracting(SettingProblem::line)
        .singleElement()
        .asString()
        .startsWith("invalid GHLSYNC_TOKEN_KEY: GHLSYNC_TOKEN_KEY is not valid base64")
        .doesNotContain("not*base64*key");
  }

  @Test
  void commandLineBeatsTheFileWhichBeatsTheEnvironment(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("demo.properties");
    Files.writeString(file, "GHL_LOCATION_ID=from-file\nGHL_BASE_URL=https://file.example\n");

    ServiceSettings s =
        ServiceSettings.resolve(
            Map.of(Setting.GHL_BASE_URL, "https://cli.example"),
            Optional.of(file),
            Map.of(
                "GHL_LOCATION_ID", "from-env", "ONOFFICE_TOKEN", "from-env", "ONOFFICE_URL", " "));

    assertThat(s.get(Setting.GHL_BASE_URL)).contains("https://cli.example");
    assertThat(s.get(Setting.GHL_LOCATION_ID)).contains("from-file");
    assertThat(s.get(Setting.ONOFFICE_TOKEN)).contains("from-env");
    assertThat(s.get(Setting.ONOFFICE_URL)).isEmpty();
    assertThat(s.source(Setting.GHL_LOCATION_ID)).isEqualTo("file " + file);
    assertThat(s.source(Setting.GHL_BASE_URL)).isEqualTo("the command line");
    assertThat(s.realServiceSettingsGiven())
        .containsExactly(Setting.GHL_LOCATION_ID, Setting.ONOFFICE_TOKEN);
  }

  @Test
  void aSettingsFileWithAnUnknownKeyOrThatCannotBeReadIsRefused(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("demo.properties");
    Files.writeString(file, "GHL_LOCATON_ID=typo\n");

    assertThatThrownBy(() -> ServiceSettings.resolve(Map.of(), Optional.of(file), Map.of()))
        .hasMessageContaining("unknown keys [GHL_LOCATON_ID]");
    assertThatThrownBy(
            () -> ServiceSettings.resolve(Map.of(), Optional.of(dir.resolve("nope")), Map.of()))
        .hasMessageContaining("cannot read the settings file");
  }
}
