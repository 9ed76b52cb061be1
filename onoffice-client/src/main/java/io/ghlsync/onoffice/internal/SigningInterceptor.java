package io.ghlsync.onoffice.internal;

import io.ghlsync.core.CredentialProvider;
import io.ghlsync.onoffice.OnOfficeCredentials;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Builds the signed body of every attempt from the request's {@link PendingActions} tag: current
 * credentials (so rotation applies immediately) and a fresh timestamp and HMAC, also on retries. It
 * runs inside the retry interceptor, so each retry passes through it again.
 */
public final class SigningInterceptor implements Interceptor {
  /** The body's media type. */
  public static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final CredentialProvider<OnOfficeCredentials> credentials;
  private final TimeSource time;

  /**
   * Creates the interceptor.
   *
   * @param credentials where the token and secret come from, per attempt
   * @param time the timestamp source
   */
  public SigningInterceptor(CredentialProvider<OnOfficeCredentials> credentials, TimeSource time) {
    this.credentials = credentials;
    this.time = time;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    PendingActions pending = request.tag(PendingActions.class);
    if (pending == null) {
      return chain.proceed(request);
    }
    OnOfficeCredentials current = credentials.current();
    RequestBody body =
        RequestBody.create(
            EnvelopeWriter.write(
                pending.actions(),
                current.token().reveal(),
                current.secret().reveal(),
                time.nowSeconds()),
            JSON);
    return chain.proceed(request.newBuilder().post(body).build());
  }
}
