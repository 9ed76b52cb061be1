package io.ghlsync.testkit.ghl.internal;

import io.ghlsync.testkit.FakeDispatcher;
import io.ghlsync.testkit.FakeResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /oauth/token} (authorization-code exchange and single-use rotating refresh tokens)
 * and {@code POST /oauth/locationToken} (a location token from an agency token), both
 * form-urlencoded. Token-endpoint errors use the OAuth 2.0 shape ({@code error}, {@code
 * error_description}): 401 {@code invalid_client}, 400 {@code invalid_grant} / {@code
 * unsupported_grant_type}; missing fields are a 422 like every other GHL DTO.
 */
public final class OAuthEndpoints {
  private final GhlWorld world;

  /**
   * Creates the endpoints.
   *
   * @param world the fake's state
   */
  public OAuthEndpoints(GhlWorld world) {
    this.world = world;
  }

  /**
   * Handles {@code POST /oauth/token}.
   *
   * @param request the request
   * @return the response
   */
  public FakeResponse token(RecordedRequest request) {
    HttpUrl form = form(request);
    List<String> missing = new ArrayList<>();
    for (String field : List.of("client_id", "client_secret", "grant_type")) {
      if (blank(form.queryParameter(field))) {
        missing.add(field + " should not be empty");
      }
    }
    if (!missing.isEmpty()) {
      return GhlErrors.unprocessable(missing);
    }
    String clientId = value(form, "client_id");
    if (!world.tokens().clientValid(clientId, value(form, "client_secret"))) {
      return oauthError(401, "invalid_client", "Client authentication failed");
    }
    String grantType = value(form, "grant_type");
    Optional<Grant> grant;
    if (grantType.equals("authorization_code")) {
      grant = world.tokens().redeemCode(value(form, "code"), clientId);
      if (grant.isEmpty()) {
        return oauthError(400, "invalid_grant", "Invalid grant: authorization code is invalid");
      }
    } else if (grantType.equals("refresh_token")) {
      grant = world.tokens().consumeRefreshToken(value(form, "refresh_token"), clientId);
      if (grant.isEmpty()) {
        return oauthError(
            400, "invalid_grant", "Invalid grant: refresh token is invalid or was already used");
      }
    } else {
      return oauthError(
          400, "unsupported_grant_type", "grant_type " + grantType + " is not supported");
    }
    TokenRegistry.IssuedTokens issued = world.tokens().issue(grant.get(), true);
    Map<String, Object> body = tokenBody(issued);
    body.put("refresh_token", issued.refreshToken());
    Grant g = issued.grant();
    body.put("userType", g.kind() == Grant.Kind.COMPANY ? "Company" : "Location");
    body.put("companyId", g.companyId());
    if (g.kind() == Grant.Kind.COMPANY) {
      body.put("approvedLocations", world.tokens().approvedLocations(g.resourceId()));
    } else {
      body.put("locationId", g.resourceId());
    }
    body.put("userId", g.userId());
    body.put("planId", "fake-plan");
    body.put("isBulkInstallation", false);
    return Call.json(200, body);
  }

  /**
   * Handles {@code POST /oauth/locationToken} for an authenticated agency token.
   *
   * @param request the request
   * @param grant the agency token's grant
   * @return the response
   */
  public FakeResponse locationToken(RecordedRequest request, Grant grant) {
    if (grant.kind() != Grant.Kind.COMPANY) {
      return GhlErrors.unauthorized("This route requires an Agency access token");
    }
    HttpUrl form = form(request);
    List<String> missing = new ArrayList<>();
    for (String field : List.of("companyId", "locationId")) {
      if (blank(form.queryParameter(field))) {
        missing.add(field + " should not be empty");
      }
    }
    if (!missing.isEmpty()) {
      return GhlErrors.unprocessable(missing);
    }
    String companyId = value(form, "companyId");
    String locationId = value(form, "locationId");
    if (!companyId.equals(grant.resourceId())) {
      return GhlErrors.forbidden("The token does not have access to this company.");
    }
    if (!world.tokens().companyHasLocation(companyId, locationId)) {
      return GhlErrors.badRequest("Location not found or the app is not installed on it");
    }
    Grant template =
        new Grant(
            Grant.Kind.LOCATION,
            locationId,
            companyId,
            grant.scopes(),
            null,
            grant.clientId(),
            grant.userId());
    TokenRegistry.IssuedTokens issued = world.tokens().issue(template, false);
    Map<String, Object> body = tokenBody(issued);
    body.put("locationId", locationId);
    body.put("planId", "fake-plan");
    body.put("userId", grant.userId());
    String appId = appId(grant.clientId());
    body.put("appId", appId);
    body.put("versionId", appId);
    return Call.json(200, body);
  }

  private Map<String, Object> tokenBody(TokenRegistry.IssuedTokens issued) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("access_token", issued.accessToken());
    body.put("token_type", "Bearer");
    body.put("expires_in", world.tokens().accessTokenLifetime().toSeconds());
    body.put("scope", String.join(" ", new TreeSet<>(issued.grant().scopes())));
    return body;
  }

  private static FakeResponse oauthError(int code, String error, String description) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", error);
    body.put("error_description", description);
    return Call.json(code, body);
  }

  private static HttpUrl form(RecordedRequest request) {
    return HttpUrl.get("http://form.invalid/?" + FakeDispatcher.bodyText(request));
  }

  private static String value(HttpUrl form, String name) {
    String value = form.queryParameter(name);
    return value == null ? "" : value;
  }

  /** GHL client ids are {@code <appId>-<suffix>}; the app id is the part before the dash. */
  private static String appId(String clientId) {
    int dash = clientId.indexOf('-');
    return dash < 0 ? clientId : clientId.substring(0, dash);
  }

  private static boolean blank(@Nullable String value) {
    return value == null || value.isBlank();
  }
}
