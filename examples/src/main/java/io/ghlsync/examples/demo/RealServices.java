package io.ghlsync.examples.demo;

import io.ghlsync.core.Secret;
import io.ghlsync.core.token.EncryptionKey;
import io.ghlsync.core.token.TokenKey;
import io.ghlsync.core.token.TokenStore;
import io.ghlsync.examples.cli.ExampleFailure;
import io.ghlsync.examples.oauth.EncryptedTokens;
import io.ghlsync.ghl.oauth.GhlOAuth;
import io.ghlsync.onoffice.OnOfficeClient;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checked real-service settings: everything needed to reach GHL and the chosen targets. {@link
 * #check} finds every problem at once, before any network call, so a run never starts half
 * configured.
 *
 * @param locationId the GHL location
 * @param ghlBaseUrl the GHL API base URL
 * @param ghl how to authenticate with GHL
 * @param onOffice onOffice access, when onOffice is a target
 * @param optmyzr Optmyzr access, when Optmyzr is a target
 */
record RealServices(
    String locationId,
    String ghlBaseUrl,
    GhlAccess ghl,
    Optional<OnOfficeAccess> onOffice,
    Optional<OptmyzrAccess> optmyzr) {

  /** How the demo authenticates with GHL. */
  sealed interface GhlAccess permits PrivateToken, OAuthApp {}

  /**
   * A private-integration token.
   *
   * @param token the token
   */
  record PrivateToken(Secret token) implements GhlAccess {}

  /**
   * A Marketplace app whose location token the OAuth example stored.
   *
   * @param clientId the app's client id
   * @param clientSecret the app's client secret (for refreshes)
   * @param store the encrypted store holding the token
   */
  record OAuthApp(String clientId, Secret clientSecret, TokenStore store) implements GhlAccess {}

  /**
   * onOffice access.
   *
   * @param url the API endpoint
   * @param token the API token
   * @param secret the API secret
   */
  record OnOfficeAccess(String url, Secret token, Secret secret) {}

  /**
   * Optmyzr contacts-contract access.
   *
   * @param contractUrl the contract base URL
   * @param apiKey the API key
   */
  record OptmyzrAccess(String contractUrl, Secret apiKey) {}

  /**
   * Checks the settings and builds the access objects.
   *
   * @param settings the merged settings
   * @param targets the targets to sync to
   * @return the checked settings
   * @throws ExampleFailure (exit code 2) listing every problem
   */
  static RealServices check(ServiceSettings settings, Set<DemoTarget> targets) {
    List<SettingProblem> problems = problems(settings, targets);
    if (!problems.isEmpty()) {
      throw ExampleFailure.setup(describe(problems, settings));
    }
    String location = settings.get(Setting.GHL_LOCATION_ID).orElseThrow();
    GhlAccess ghl =
        settings.get(Setting.GHL_PRIVATE_TOKEN).isPresent()
            ? new PrivateToken(secret(settings, Setting.GHL_PRIVATE_TOKEN))
            : new OAuthApp(
                settings.get(Setting.GHL_CLIENT_ID).orElseThrow(),
                secret(settings, Setting.GHL_CLIENT_SECRET),
                tokenStore(settings));
    Optional<OnOfficeAccess> onOffice =
        targets.contains(DemoTarget.ONOFFICE)
            ? Optional.of(
                new OnOfficeAccess(
                    settings.get(Setting.ONOFFICE_URL).orElse(OnOfficeClient.STABLE_URL),
                    secret(settings, Setting.ONOFFICE_TOKEN),
                    secret(settings, Setting.ONOFFICE_SECRET)))
            : Optional.empty();
    Optional<OptmyzrAccess> optmyzr =
        targets.contains(DemoTarget.OPTMYZR)
            ? Optional.of(
                new OptmyzrAccess(
                    settings.get(Setting.OPTMYZR_CONTRACT_URL).orElseThrow(),
                    secret(settings, Setting.OPTMYZR_API_KEY)))
            : Optional.empty();
    return new RealServices(
        location,
        settings.get(Setting.GHL_BASE_URL).orElse(GhlOAuth.DEFAULT_BASE_URL),
        ghl,
        onOffice,
        optmyzr);
  }

  /**
   * Every problem with the settings for these targets: missing values, unusable URLs or keys, and a
   * missing stored OAuth token. Reads local files only.
   *
   * @param settings the merged settings
   * @param targets the targets to sync to
   * @return the problems, empty when a run can start
   */
  static List<SettingProblem> problems(ServiceSettings settings, Set<DemoTarget> targets) {
    List<SettingProblem> problems = new ArrayList<>();
    require(settings, Setting.GHL_LOCATION_ID, problems);
    boolean pit = settings.get(Setting.GHL_PRIVATE_TOKEN).isPresent();
    boolean oauth =
        settings.get(Setting.GHL_CLIENT_ID).isPresent()
            || settings.get(Setting.GHL_CLIENT_SECRET).isPresent();
    if (pit && oauth) {
      problems.add(
          SettingProblem.invalid(
              "GHL_PRIVATE_TOKEN/GHL_CLIENT_ID",
              "both a private-integration token and an OAuth app are set; keep one of them"));
    } else if (oauth) {
      require(settings, Setting.GHL_CLIENT_ID, problems);
      require(settings, Setting.GHL_CLIENT_SECRET, problems);
      require(settings, Setting.GHLSYNC_TOKEN_KEY, problems);
    } else if (!pit) {
      problems.add(
          new SettingProblem(
              Setting.GHL_PRIVATE_TOKEN.name(),
              SettingProblem.Kind.MISSING,
              Setting.GHL_PRIVATE_TOKEN.meaning()
                  + " (or, for an OAuth app, GHL_CLIENT_ID + GHL_CLIENT_SECRET +"
                  + " GHLSYNC_TOKEN_KEY)"));
    }
    if (targets.contains(DemoTarget.ONOFFICE)) {
      require(settings, Setting.ONOFFICE_TOKEN, problems);
      require(settings, Setting.ONOFFICE_SECRET, problems);
    }
    if (targets.contains(DemoTarget.OPTMYZR)) {
      require(settings, Setting.OPTMYZR_CONTRACT_URL, problems);
      require(settings, Setting.OPTMYZR_API_KEY, problems);
    }
    for (Setting url :
        List.of(Setting.GHL_BASE_URL, Setting.ONOFFICE_URL, Setting.OPTMYZR_CONTRACT_URL)) {
      settings
          .get(url)
          .flatMap(RealServices::urlProblem)
          .ifPresent(why -> problems.add(SettingProblem.invalid(url.name(), why)));
    }
    if (oauth && !pit && problems.isEmpty()) {
      storedTokenProblem(settings).ifPresent(problems::add);
    }
    return List.copyOf(problems);
  }

  private static Optional<SettingProblem> storedTokenProblem(ServiceSettings settings) {
    String key = "GHLSYNC_TOKEN_KEY";
    try {
      TokenStore store = tokenStore(settings);
      String clientId = settings.get(Setting.GHL_CLIENT_ID).orElseThrow();
      String location = settings.get(Setting.GHL_LOCATION_ID).orElseThrow();
      key = "stored OAuth token";
      if (store.load(new TokenKey(clientId, location)).isEmpty()) {
        return Optional.of(
            new SettingProblem(
                key,
                SettingProblem.Kind.MISSING,
                "no token of client "
                    + clientId
                    + " for location "
                    + location
                    + " in "
                    + tokenDirectory(settings)
                    + "; run the OAuth example first (see"
                    + " examples/README.md)"));
      }
      return Optional.empty();
    } catch (RuntimeException e) {
      return Optional.of(SettingProblem.invalid(key, String.valueOf(e.getMessage())));
    }
  }

  private static TokenStore tokenStore(ServiceSettings settings) {
    EncryptionKey key = EncryptedTokens.key(settings.get(Setting.GHLSYNC_TOKEN_KEY).orElseThrow());
    return EncryptedTokens.open(tokenDirectory(settings), key);
  }

  private static Path tokenDirectory(ServiceSettings settings) {
    return settings
        .get(Setting.GHLSYNC_TOKEN_DIR)
        .map(Path::of)
        .orElseGet(EncryptedTokens::defaultDirectory);
  }

  private static Optional<String> urlProblem(String value) {
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return Optional.empty();
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    return Optional.of("'" + value + "' is not an absolute http(s) URL");
  }

  private static void require(ServiceSettings settings, Setting s, List<SettingProblem> out) {
    if (settings.get(s).isEmpty()) {
      out.add(SettingProblem.missing(s));
    }
  }

  private static Secret secret(ServiceSettings settings, Setting s) {
    return Secret.of(settings.get(s).orElseThrow(), s.name());
  }

  private static String describe(List<SettingProblem> problems, ServiceSettings settings) {
    String given =
        settings.realServiceSettingsGiven().stream()
            .map(s -> s.name() + " (from " + settings.source(s) + ")")
            .collect(Collectors.joining(", "));
    return "real-service mode cannot start; nothing was sent anywhere.\n"
        + problems.stream().map(p -> "  - " + p.line()).collect(Collectors.joining("\n"))
        + "\nSet them as environment variables or in a properties file passed with --config FILE"
        + " (see examples/README.md)."
        + (given.isEmpty() ? "" : "\nGiven: " + given + ".")
        + "\nTo run the embedded sandbox instead, pass --sandbox.";
  }
}
