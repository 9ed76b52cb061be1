package io.ghlsync.ghl.oauth;

import com.squareup.moshi.Moshi;
import io.ghlsync.core.ApiCalls;
import io.ghlsync.core.ApiException;
import io.ghlsync.core.ClientConfig;
import io.ghlsync.core.ErrorMapper;
import io.ghlsync.core.HttpStack;
import io.ghlsync.core.RateLimitHeaders;
import io.ghlsync.core.Scopes;
import io.ghlsync.core.Secret;
import io.ghlsync.core.TokenProvider;
import io.ghlsync.core.internal.RequestTag;
import io.ghlsync.ghl.oauth.internal.OAuthApi;
import io.ghlsync.ghl.oauth.internal.OAuthApi.InstalledLocationJson;
import io.ghlsync.ghl.oauth.internal.OAuthApi.InstalledLocationsJson;
import io.ghlsync.ghl.oauth.internal.OAuthApi.LocationTokenJson;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * The agency-side OAuth endpoints, called with an agency ({@code Company}) token: location tokens
 * ({@code POST /oauth/locationToken}, scope {@code oauth.write}) and installed locations ({@code
 * GET /oauth/installedLocations}, scope {@code oauth.readonly}). A call the agency token's scopes
 * do not allow fails before it is sent.
 *
 * <p>Example: {@code OAuthService.create(config, agencyTokens).locationToken(companyId,
 * locationId)}
 */
public final class OAuthService implements AutoCloseable {
  private final OAuthApi api;
  private final ApiCalls calls;
  private final TokenProvider agencyTokens;
  private final HttpStack stack;

  private OAuthService(OAuthApi api, ApiCalls calls, TokenProvider agencyTokens, HttpStack stack) {
    this.api = api;
    this.calls = calls;
    this.agencyTokens = agencyTokens;
    this.stack = stack;
  }

  /**
   * Releases the connections and threads of this service's HTTP stack (a service from {@code
   * GhlClient.oauth()} is closed with its client).
   */
  @Override
  public void close() {
    stack.close();
  }

  /**
   * Creates the service on its own HTTP stack (retries, rate limits, redacting logs).
   *
   * @param config transport configuration; its base URL is the GHL API
   * @param agencyTokens the agency token (e.g. a {@code RefreshingTokenProvider} for the company)
   * @return the service
   */
  public static OAuthService create(ClientConfig config, TokenProvider agencyTokens) {
    HttpStack stack =
        HttpStack.builder(config)
            .service("ghl")
            .bearerTokens(agencyTokens)
            .rateLimitHeaders(RateLimitHeaders.ghl())
            .build();
    OAuthApi api =
        new Retrofit.Builder()
            .baseUrl(config.baseUrl())
            .client(stack.okHttp())
            .addConverterFactory(
                ApiCalls.readable(MoshiConverterFactory.create(new Moshi.Builder().build())))
            .build()
            .create(OAuthApi.class);
    return new OAuthService(
        api, new ApiCalls(ErrorMapper.byStatus(), RateLimitHeaders.ghl()), agencyTokens, stack);
  }

  /**
   * Gets a location (sub-account) token from the agency token. It has no refresh token: to renew
   * it, ask again.
   *
   * @param companyId the agency's company id
   * @param locationId a location the agency approved for the app
   * @return the location token
   * @throws IllegalArgumentException if an id is blank
   * @throws io.ghlsync.core.PermissionException if the agency token lacks {@code oauth.write}
   */
  public GhlTokenResponse locationToken(String companyId, String locationId) {
    nonBlank(companyId, "companyId");
    nonBlank(locationId, "locationId");
    String operation = "POST /oauth/locationToken";
    Scopes.require(agencyTokens.grantedScopes(), "oauth.write", operation);
    RequestTag options = RequestTag.of(operation).withRateLimitKey(companyId).withRetrySafe(true);
    LocationTokenJson json =
        calls.execute(api.locationToken(companyId, locationId, options), operation);
    String access = json.access_token();
    if (access == null || access.isBlank()) {
      throw new ApiException(
          operation + " returned no access_token", 200, null, List.of(), null, false, null);
    }
    GhlTokenResponse.Fields f = new GhlTokenResponse.Fields(Secret.of(access, "access_token"));
    f.tokenType = json.token_type();
    Double expiresIn = json.expires_in();
    f.expiresInSeconds = expiresIn == null ? null : expiresIn.longValue();
    f.scope = json.scope();
    f.userType = UserType.LOCATION.wireValue();
    String returnedLocation = json.locationId();
    f.locationId = returnedLocation == null ? locationId : returnedLocation;
    f.companyId = companyId;
    f.userId = json.userId();
    f.planId = json.planId();
    f.appId = json.appId();
    f.versionId = json.versionId();
    return new GhlTokenResponse(f);
  }

  /**
   * Lists an agency's locations and whether the app is installed on them.
   *
   * @param query the query (company id and app id are required)
   * @return one page of locations
   * @throws io.ghlsync.core.PermissionException if the agency token lacks {@code oauth.readonly}
   */
  public InstalledLocations installedLocations(InstalledLocationsQuery query) {
    String operation = "GET /oauth/installedLocations";
    Scopes.require(agencyTokens.grantedScopes(), "oauth.readonly", operation);
    RequestTag options = RequestTag.of(operation).withRateLimitKey(query.companyId());
    InstalledLocationsJson json =
        calls.execute(api.installedLocations(query.parameters(), options), operation);
    List<InstalledLocation> locations = new ArrayList<>();
    List<InstalledLocationJson> page = json.locations();
    for (InstalledLocationJson l : page == null ? List.<InstalledLocationJson>of() : page) {
      String id = l._id();
      if (id != null) {
        String name = l.name();
        String address = l.address();
        locations.add(
            new InstalledLocation(
                id,
                name == null ? "" : name,
                address == null ? "" : address,
                Boolean.TRUE.equals(l.isInstalled()),
                l.versionId(),
                instant(l.installedAt())));
      }
    }
    Double total = json.count();
    long count = total == null ? locations.size() : total.longValue();
    return new InstalledLocations(
        locations, count, Boolean.TRUE.equals(json.installToFutureLocations()));
  }

  @Override
  public String toString() {
    return "OAuthService[" + agencyTokens + "]";
  }

  private static @Nullable Instant instant(@Nullable String value) {
    if (value == null) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static void nonBlank(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
  }
}
