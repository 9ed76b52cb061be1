package io.ghlsync.optmyzr.internal;

import io.ghlsync.core.internal.RequestTag;
import java.util.List;
import java.util.Map;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Headers;
import retrofit2.http.QueryMap;
import retrofit2.http.Tag;
import retrofit2.http.Url;

/**
 * Optmyzr's User Data API v1 as documented (base URL {@code https://dataaccess.optmyzr.com}). The
 * {@code token} query parameter is added by {@link UserDataTokenInterceptor}, not here.
 */
public interface UserDataApi {

  /**
   * {@code GET /UserData/V1/GetAPIList}.
   *
   * @param options per-request options
   * @return the call
   */
  @GET("UserData/V1/GetAPIList")
  @Headers("Accept: application/json")
  Call<List<String>> apiList(@Tag RequestTag options);

  /**
   * {@code GET /UserData/V1/OptimizationSuggestions}.
   *
   * @param filters accountId, accountType, toolName, emailId
   * @param options per-request options
   * @return the call
   */
  @GET("UserData/V1/OptimizationSuggestions")
  @Headers("Accept: application/json")
  Call<SuggestionsWire> optimizationSuggestions(
      @QueryMap Map<String, String> filters, @Tag RequestTag options);

  /**
   * Optimization History at a configurable path (the documented copy does not show it).
   *
   * @param path the path relative to the base URL
   * @param filters accountId and any further parameters
   * @param options per-request options
   * @return the call
   */
  @GET
  @Headers("Accept: application/json")
  Call<ResponseBody> optimizationHistory(
      @Url String path, @QueryMap Map<String, String> filters, @Tag RequestTag options);
}
