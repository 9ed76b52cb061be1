package io.ghlsync.ghl.oauth;

/**
 * Where users are sent to choose a location and grant the app's scopes. Both serve {@code
 * /v2/oauth/chooselocation} (the {@code /v2/} path since 2026-05-27).
 */
public enum AuthorizationHost {
  /** {@code https://marketplace.gohighlevel.com}, the standard HighLevel host. */
  GOHIGHLEVEL("https://marketplace.gohighlevel.com"),
  /** {@code https://marketplace.leadconnectorhq.com}, the white-label host. */
  LEADCONNECTOR("https://marketplace.leadconnectorhq.com");

  private final String origin;

  AuthorizationHost(String origin) {
    this.origin = origin;
  }

  /**
   * The full authorization endpoint URL on this host.
   *
   * @return the URL of {@code /v2/oauth/chooselocation} on this host
   */
  public String authorizationUrl() {
    return origin + "/v2/oauth/chooselocation";
  }
}
