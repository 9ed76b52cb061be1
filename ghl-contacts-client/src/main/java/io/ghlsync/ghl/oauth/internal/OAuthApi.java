package io.ghlsync.ghl.oauth.internal;

import io.ghlsync.core.internal.RequestTag;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.http.Field;
import retrofit2.http.FormUrlEncoded;
import retrofit2.http.GET;
import retrofit2.http.Headers;
import retrofit2.http.POST;
import retrofit2.http.QueryMap;
import retrofit2.http.Tag;

/** Retrofit view of the agency OAuth endpoints ({@code oauth.json}). */
public interface OAuthApi {

  /**
   * {@code POST /oauth/locationToken} (form: companyId, locationId).
   *
   * @param companyId the agency id
   * @param locationId the location id
   * @param options per-request options
   * @return the call
   */
  @FormUrlEncoded
  @Headers("Version: 2021-07-28")
  @POST("oauth/locationToken")
  Call<LocationTokenJson> locationToken(
      @Field("companyId") String companyId,
      @Field("locationId") String locationId,
      @Tag RequestTag options);

  /**
   * {@code GET /oauth/installedLocations}.
   *
   * @param query the query parameters
   * @param options per-request options
   * @return the call
   */
  @Headers("Version: 2021-07-28")
  @GET("oauth/installedLocations")
  Call<InstalledLocationsJson> installedLocations(
      @QueryMap Map<String, String> query, @Tag RequestTag options);

  /**
   * {@code GetLocationAccessTokenSuccessfulResponseDto}.
   *
   * @param access_token the location access token
   * @param token_type normally {@code Bearer}
   * @param expires_in lifetime in seconds
   * @param scope space-separated scopes
   * @param locationId the location
   * @param planId the plan, for paid apps
   * @param userId the installing user
   * @param appId the app
   * @param versionId the app version
   */
  record LocationTokenJson(
      @Nullable String access_token,
      @Nullable String token_type,
      @Nullable Double expires_in,
      @Nullable String scope,
      @Nullable String locationId,
      @Nullable String planId,
      @Nullable String userId,
      @Nullable String appId,
      @Nullable String versionId) {
    @Override
    public String toString() {
      return "LocationTokenJson[access_token=redacted, locationId=" + locationId + "]";
    }
  }

  /**
   * {@code GetInstalledLocationsSuccessfulResponseDto}.
   *
   * @param locations the page of locations
   * @param count total count under the company
   * @param installToFutureLocations whether future locations get the app automatically
   */
  record InstalledLocationsJson(
      @Nullable List<InstalledLocationJson> locations,
      @Nullable Double count,
      @Nullable Boolean installToFutureLocations) {}

  /**
   * {@code InstalledLocationSchema}.
   *
   * @param _id the location id
   * @param name the location name
   * @param address the location address
   * @param isInstalled whether the app is installed there
   * @param versionId the installed app version
   * @param installedAt when it was installed (ISO-8601)
   */
  record InstalledLocationJson(
      @Nullable String _id,
      @Nullable String name,
      @Nullable String address,
      @Nullable Boolean isInstalled,
      @Nullable String versionId,
      @Nullable String installedAt) {}
}
