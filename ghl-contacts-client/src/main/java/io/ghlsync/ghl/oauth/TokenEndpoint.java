package io.ghlsync.ghl.oauth;

import com.google.api.client.auth.oauth2.AuthorizationCodeTokenRequest;
import com.google.api.client.auth.oauth2.ClientParametersAuthentication;
import com.google.api.client.auth.oauth2.RefreshTokenRequest;
import com.google.api.client.auth.oauth2.TokenRequest;
import com.google.api.client.auth.oauth2.TokenResponseException;
import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpRequest;
import com.google.api.client.http.HttpResponse;
import com.google.api.client.http.HttpTransport;
import com.google.api.client.json.JsonFactory;
import io.ghlsync.core.ApiException;
import io.ghlsync.core.ClientConfig;
import io.ghlsync.core.HttpStack;
import io.ghlsync.core.NetworkException;
import io.ghlsync.core.RateLimitHeaders;
import io.ghlsync.core.Secret;
import io.ghlsync.core.token.TokenKey;
import io.ghlsync.ghl.oauth.internal.GhlTokenJson;
import io.ghlsync.ghl.oauth.internal.MoshiJsonFactory;
import io.ghlsync.ghl.oauth.internal.OkHttpTransport;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST {baseUrl}/oauth/token} through google-oauth-client: the authorization-code and
 * refresh-token grants, with {@code client_id}/{@code client_secret} in the form (as GHL expects)
 * and GHL's extra {@code user_type} field. Requests travel on an OkHttp stack built from the
 * client's configuration, but never log bodies: token bodies are secrets, and an error body may
 * echo the code or refresh token that was sent. google-http-client's own wire logging is switched
 * off too, because it would print the form. A token request is never repeated after an I/O error or
 * 5xx: a lost response may already have consumed the refresh token.
 */
final class TokenEndpoint {
  private static final JsonFactory JSON = MoshiJsonFactory.instance();

  private final ClientConfig config;
  private final HttpTransport transport;
  private final GenericUrl url;
  private final String clientId;
  private final Secret clientSecret;

  TokenEndpoint(ClientConfig config, String clientId, Secret clientSecret) {
    this.config = config;
    this.transport =
        new OkHttpTransport(
            HttpStack.builder(config.toBuilder().logBodies(false).build())
                .service("ghl-oauth")
                .operationNames(request -> "POST /oauth/token")
                .rateLimitHeaders(RateLimitHeaders.ghl())
                .build()
                .okHttp());
    this.url =
        new GenericUrl(
            config.baseUrl().newBuilder().addPathSegments("oauth/token").build().toString());
    this.clientId = clientId;
    this.clientSecret = clientSecret;
  }

  /** Exchanges an authorization code; failures map by status (the code is single-use). */
  GhlTokenResponse exchangeCode(String code, String redirectUri, UserType userType) {
    AuthorizationCodeTokenRequest request =
        new AuthorizationCodeTokenRequest(transport, JSON, url, code).setRedirectUri(redirectUri);
    request.set("user_type", userType.wireValue());
    return execute(request, "POST /oauth/token (authorization_code)", null, code);
  }

  /** Uses a refresh token (consuming it); a refusal becomes a {@code TokenRefreshException}. */
  GhlTokenResponse refresh(TokenKey key, Secret refreshToken, UserType userType) {
    RefreshTokenRequest request =
        new RefreshTokenRequest(transport, JSON, url, refreshToken.reveal());
    request.set("user_type", userType.wireValue());
    return execute(request, "POST /oauth/token (refresh_token)", key, refreshToken.reveal());
  }

  private GhlTokenResponse execute(
      TokenRequest request, String operation, @Nullable TokenKey key, String grantSecret) {
    request
        .setClientAuthentication(
            new ClientParametersAuthentication(clientId, clientSecret.reveal()))
        .setRequestInitializer(this::initialize)
        .setResponseClass(GhlTokenJson.class);
    List<String> secrets = List.of(grantSecret, clientSecret.reveal());
    HttpResponse response;
    try {
      response = request.executeUnparsed();
    } catch (TokenResponseException e) {
      throw TokenErrors.from(e, operation, key, secrets);
    } catch (IOException e) {
      throw new NetworkException(operation, e);
    }
    try {
      return toResponse(response.parseAs(GhlTokenJson.class), operation);
    } catch (IOException | IllegalArgumentException e) {
      // The parser's message may quote the body, which holds tokens: not chained on purpose.
      throw unreadable(operation, "it is not the expected JSON");
    } finally {
      disconnect(response);
    }
  }

  private static void disconnect(HttpResponse response) {
    try {
      response.disconnect();
    } catch (IOException e) {
      // Nothing left to read; closing is best effort.
    }
  }

  private void initialize(HttpRequest request) {
    request
        .setNumberOfRetries(0)
        .setLoggingEnabled(false)
        .setCurlLoggingEnabled(false)
        .setContentLoggingLimit(0);
    request.getHeaders().setUserAgent(config.userAgent());
  }

  private static GhlTokenResponse toResponse(GhlTokenJson json, String operation) {
    String access = json.getAccessToken();
    if (access == null || access.isBlank()) {
      throw unreadable(operation, "it has no access_token");
    }
    GhlTokenResponse.Fields f = new GhlTokenResponse.Fields(Secret.of(access, "access_token"));
    f.tokenType = json.getTokenType();
    f.expiresInSeconds = json.getExpiresInSeconds();
    String refresh = json.getRefreshToken();
    if (refresh != null && !refresh.isBlank()) {
      f.refreshToken = Secret.of(refresh, "refresh_token");
    }
    f.scope = json.getScope();
    f.userType = json.userType;
    f.locationId = json.locationId;
    f.companyId = json.companyId;
    f.approvedLocations = json.approvedLocations;
    f.userId = json.userId;
    f.planId = json.planId;
    f.isBulkInstallation = json.isBulkInstallation;
    f.installToFutureLocations = json.installToFutureLocations;
    f.approveAllLocations = json.approveAllLocations;
    return new GhlTokenResponse(f);
  }

  private static ApiException unreadable(String operation, String why) {
    return new ApiException(
        operation + " returned an unreadable token response: " + why,
        200,
        null,
        List.of(),
        null,
        false,
        null);
  }
}
