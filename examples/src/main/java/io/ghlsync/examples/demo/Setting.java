package io.ghlsync.examples.demo;

/**
 * The settings of real-service mode. Each is read from the command line, a properties file given
 * with {@code --config} (same names as keys) or an environment variable of the same name, in that
 * order.
 */
enum Setting {
  /** The GHL location (sub-account) to sync. */
  GHL_LOCATION_ID("the GHL location (sub-account) id to sync", true),
  /** A private-integration token of that location. */
  GHL_PRIVATE_TOKEN("a GHL private-integration token with the contacts.readonly scope", true),
  /** The client id of a GHL Marketplace app (OAuth instead of a private token). */
  GHL_CLIENT_ID("the client id of your GHL Marketplace app", true),
  /** The client secret of that app. */
  GHL_CLIENT_SECRET("the client secret of your GHL Marketplace app", true),
  /** The base64 AES-256 key the OAuth example encrypted the stored tokens with. */
  GHLSYNC_TOKEN_KEY("the base64 AES-256 key the OAuth example encrypted the tokens with", false),
  /** Where the OAuth example stored the tokens (default {@code ~/.ghlsync/tokens}). */
  GHLSYNC_TOKEN_DIR("the folder the OAuth example stored the tokens in", false),
  /** The GHL API base URL (default {@code https://services.leadconnectorhq.com}). */
  GHL_BASE_URL("the GHL API base URL", false),
  /** The onOffice API token. */
  ONOFFICE_TOKEN("the onOffice enterprise API token", true),
  /** The onOffice API secret. */
  ONOFFICE_SECRET("the onOffice enterprise API secret", true),
  /** The onOffice API endpoint (default: the stable endpoint). */
  ONOFFICE_URL("the onOffice API endpoint URL", false),
  /** The base URL of the Optmyzr contacts contract endpoint; it has no default. */
  OPTMYZR_CONTRACT_URL("the base URL of the Optmyzr contacts contract endpoint you operate", true),
  /** The API key of that endpoint. */
  OPTMYZR_API_KEY("the API key of the Optmyzr contacts contract endpoint", true);

  private final String meaning;
  private final boolean credential;

  Setting(String meaning, boolean credential) {
    this.meaning = meaning;
    this.credential = credential;
  }

  /**
   * What the setting holds, for messages.
   *
   * @return a short description
   */
  public String meaning() {
    return meaning;
  }

  /**
   * Whether giving this setting asks for real-service mode (URLs and key material alone do not).
   *
   * @return true for credentials and ids
   */
  public boolean selectsRealServices() {
    return credential;
  }
}
