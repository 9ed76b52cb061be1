package io.ghlsync.examples.oauth;

import io.ghlsync.core.Secret;
import io.ghlsync.core.token.EncryptionKey;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Everything the OAuth flow needs.
 *
 * @param clientId the Marketplace app's client id
 * @param clientSecret its client secret
 * @param redirectUri the redirect URI registered for the app (port 0: any free port)
 * @param scopes the scopes to request
 * @param baseUrl the GHL API base URL (token endpoint and API)
 * @param authorizationUrl another authorization page than GHL's marketplace, if any
 * @param tokenDir where the encrypted tokens are stored
 * @param key the key they are encrypted with
 * @param contactId the contact to read, or empty for the first one found
 * @param timeout how long to wait for the redirect
 */
record OAuthSettings(
    String clientId,
    Secret clientSecret,
    URI redirectUri,
    List<String> scopes,
    String baseUrl,
    Optional<String> authorizationUrl,
    Path tokenDir,
    EncryptionKey key,
    Optional<String> contactId,
    Duration timeout) {

  /** The redirect URI used unless told otherwise; register it for your app. */
  static final String DEFAULT_REDIRECT_URI = "http://127.0.0.1:8765/oauth/callback";

  /** Copies the scopes. */
  OAuthSettings {
    scopes = List.copyOf(scopes);
  }
}
