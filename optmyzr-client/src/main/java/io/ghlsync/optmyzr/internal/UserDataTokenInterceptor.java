package io.ghlsync.optmyzr.internal;

import io.ghlsync.core.CredentialProvider;
import io.ghlsync.core.Secret;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds the User Data API's {@code token} query parameter, read from the provider on every request
 * so that a rotated token is picked up without a restart. The logging interceptor and exception
 * messages never show it: core redaction masks query parameters named {@code token}, and exceptions
 * carry the operation name, never the URL.
 */
public final class UserDataTokenInterceptor implements Interceptor {
  /** The documented query parameter name. */
  public static final String PARAMETER = "token";

  private final CredentialProvider<Secret> token;

  /**
   * Creates the interceptor.
   *
   * @param token where the User Data API token comes from
   */
  public UserDataTokenInterceptor(CredentialProvider<Secret> token) {
    this.token = token;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Secret current = token.current();
    Request signed =
        request
            .newBuilder()
            .url(request.url().newBuilder().setQueryParameter(PARAMETER, current.reveal()).build())
            .build();
    return chain.proceed(signed);
  }
}
