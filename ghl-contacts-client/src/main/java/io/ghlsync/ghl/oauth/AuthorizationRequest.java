package io.ghlsync.ghl.oauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * One authorization attempt: the URL to send the user to and the {@code state} it carries. Keep the
 * request (e.g. in the user's session) until the redirect arrives, then pass it to {@link
 * GhlOAuth#exchangeCode}, which checks that the returned {@code state} matches (CSRF protection).
 *
 * @param url the authorization URL to open in the user's browser
 * @param state the random, single-use {@code state} value in the URL
 */
public record AuthorizationRequest(String url, String state) {

  /**
   * Validates the parts.
   *
   * @param url the authorization URL to open in the user's browser
   * @param state the random, single-use {@code state} value in the URL
   * @throws IllegalArgumentException if a part is blank
   */
  public AuthorizationRequest {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("url must not be blank");
    }
    if (state == null || state.isBlank()) {
      throw new IllegalArgumentException("state must not be blank");
    }
  }

  /**
   * Whether a {@code state} returned on the redirect is this request's (constant-time check).
   *
   * @param returnedState the {@code state} query parameter of the redirect
   * @return true if it matches
   */
  public boolean matches(String returnedState) {
    return returnedState != null
        && MessageDigest.isEqual(
            state.getBytes(StandardCharsets.UTF_8), returnedState.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    int query = url.indexOf('?');
    return "AuthorizationRequest[url=" + (query < 0 ? url : url.substring(0, query)) + "?...]";
  }
}
