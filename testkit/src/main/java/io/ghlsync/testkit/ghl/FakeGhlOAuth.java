package io.ghlsync.testkit.ghl;

import io.ghlsync.testkit.ghl.internal.Grant;
import io.ghlsync.testkit.ghl.internal.TokenRegistry;
import java.util.List;
import java.util.Set;

/**
 * The test's side of GHL OAuth: registers marketplace clients and plays the consent screen by
 * issuing authorization codes, which the code under test then exchanges at {@code POST
 * /oauth/token}. Access tokens expire by the fake's clock; refresh tokens are single-use and rotate
 * on every refresh (a reused one answers 400 {@code invalid_grant}).
 */
public final class FakeGhlOAuth {
  private final TokenRegistry tokens;

  FakeGhlOAuth(TokenRegistry tokens) {
    this.tokens = tokens;
  }

  /**
   * Registers a marketplace app's client credentials.
   *
   * @param clientId the client id, e.g. {@code 65f1b2c3d4e5-lqmw8xyz}
   * @param clientSecret the client secret
   * @return this surface
   */
  public FakeGhlOAuth registerClient(String clientId, String clientSecret) {
    if (clientId.isBlank() || clientSecret.isBlank()) {
      throw new IllegalArgumentException("clientId and clientSecret must not be blank");
    }
    tokens.registerClient(clientId, clientSecret);
    return this;
  }

  /**
   * Installs the app on a location and returns the authorization code the redirect would carry. The
   * code is single-use and valid for ten minutes.
   *
   * @param clientId a registered client
   * @param locationId the location
   * @param scopes the scopes the user approved
   * @return the authorization code
   */
  public String authorizeLocation(String clientId, String locationId, String... scopes) {
    return tokens.issueCode(
        new Grant(
            Grant.Kind.LOCATION,
            locationId,
            "company-of-" + locationId,
            Set.of(scopes),
            null,
            clientId,
            "user-" + locationId),
        List.of());
  }

  /**
   * Installs the app on an agency (company) and returns the authorization code. The company token
   * can then get location tokens at {@code POST /oauth/locationToken} for the approved locations
   * (it needs the {@code oauth.write} scope for that).
   *
   * @param clientId a registered client
   * @param companyId the company
   * @param locationIds the locations the install covers
   * @param scopes the scopes the user approved
   * @return the authorization code
   */
  public String authorizeCompany(
      String clientId, String companyId, List<String> locationIds, String... scopes) {
    return tokens.issueCode(
        new Grant(
            Grant.Kind.COMPANY,
            companyId,
            companyId,
            Set.of(scopes),
            null,
            clientId,
            "user-" + companyId),
        locationIds);
  }

  /**
   * Revokes an access token; later requests with it answer 401.
   *
   * @param accessToken the token
   */
  public void revoke(String accessToken) {
    tokens.revoke(accessToken);
  }
}
