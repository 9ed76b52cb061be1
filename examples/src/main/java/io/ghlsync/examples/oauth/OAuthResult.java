package io.ghlsync.examples.oauth;

import io.ghlsync.core.token.TokenKey;
import java.nio.file.Path;
import java.util.Set;

/**
 * What the OAuth flow achieved.
 *
 * @param key the key the tokens are stored under (client id and location id)
 * @param grantedScopes the scopes the token carries
 * @param tokenDir the folder holding the encrypted token file
 * @param contactId the contact read with the stored token
 * @param contactName that contact's name as GHL returned it
 */
record OAuthResult(
    TokenKey key, Set<String> grantedScopes, Path tokenDir, String contactId, String contactName) {

  /** Copies the scopes. */
  OAuthResult {
    grantedScopes = Set.copyOf(grantedScopes);
  }
}
