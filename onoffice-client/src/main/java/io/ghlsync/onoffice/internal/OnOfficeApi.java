package io.ghlsync.onoffice.internal;

import io.ghlsync.core.internal.RequestTag;
import okhttp3.HttpUrl;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.POST;
import retrofit2.http.Tag;
import retrofit2.http.Url;

/** The one onOffice endpoint: every operation is a POST of an action envelope. */
public interface OnOfficeApi {

  /**
   * Posts an envelope; the body is replaced by {@link SigningInterceptor} on every attempt.
   *
   * @param endpoint the full API URL, e.g. {@code https://api.onoffice.de/api/stable/api.php}
   * @param unsigned a placeholder body
   * @param actions the actions to sign and send
   * @param options operation name and retry safety
   * @return the call
   */
  @POST
  Call<ResponseBody> send(
      @Url HttpUrl endpoint,
      @Body RequestBody unsigned,
      @Tag PendingActions actions,
      @Tag RequestTag options);
}
