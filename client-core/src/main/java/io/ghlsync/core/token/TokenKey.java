package io.ghlsync.core.token;

/**
 * Identifies one stored credential: the OAuth client (app) and the resource it acts for, e.g. a GHL
 * location or company id. Neither part is secret.
 *
 * <p>Example: {@code new TokenKey("my-app-client-id", "ve9EPM428h8vShlRW1KT")}
 *
 * @param clientId the OAuth client id of the app
 * @param resourceId the resource the token acts for (location id, company id, account id...)
 */
public record TokenKey(String clientId, String resourceId) {

  /**
   * Validates both parts.
   *
   * @param clientId the OAuth client id of the app
   * @param resourceId the resource the token acts for (location id, company id, account id...)
   * @throws IllegalArgumentException if a part is null or blank
   */
  public TokenKey {
    if (clientId == null || clientId.isBlank()) {
      throw new IllegalArgumentException("clientId must not be blank");
    }
    if (resourceId == null || resourceId.isBlank()) {
      throw new IllegalArgumentException("resourceId must not be blank");
    }
  }
}
