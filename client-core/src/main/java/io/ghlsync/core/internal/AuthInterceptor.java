package io.ghlsync.core.internal;

import io.ghlsync.core.Secret;
import io.ghlsync.core.TokenProvider;
import java.io.IOException;
import java.util.Optional;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds {@code Authorization: Bearer <token>} and, on a 401, asks the provider once for a fresh
 * token and repeats the request with it.
 */
public final class AuthInterceptor implements Interceptor {
  private final TokenProvider tokens;

  /**
   * Creates the interceptor.
   *
   * @param tokens where tokens come from
   */
  public AuthInterceptor(TokenProvider tokens) {
    this.tokens = tokens;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Secret token = tokens.accessToken();
    Response response = chain.proceed(withToken(chain.request(), token));
    if (response.code() != 401) {
      return response;
    }
    Optional<Secret> fresh = tokens.refreshAfterRejection(token);
    if (fresh.isEmpty()) {
      return response;
    }
    response.close();
    return chain.proceed(withToken(chain.request(), fresh.get()));
  }

  private static Request withToken(Request request, Secret token) {
    return request.newBuilder().header("Authorization", "Bearer " + token.reveal()).build();
  }
}
