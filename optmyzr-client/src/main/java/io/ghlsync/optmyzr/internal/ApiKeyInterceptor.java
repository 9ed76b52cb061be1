package io.ghlsync.optmyzr.internal;

import io.ghlsync.core.CredentialProvider;
import io.ghlsync.core.Secret;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds {@code X-API-Key} from a provider read on every request. On a 401 it reads the provider
 * again and, if the key has rotated in the meantime, repeats the request once with the new key.
 */
public final class ApiKeyInterceptor implements Interceptor {
  /** The contract's API key header. */
  public static final String HEADER = "X-API-Key";

  private final CredentialProvider<Secret> keys;

  /**
   * Creates the interceptor.
   *
   * @param keys where the API key comes from
   */
  public ApiKeyInterceptor(CredentialProvider<Secret> keys) {
    this.keys = keys;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Secret key = keys.current();
    Response response = chain.proceed(withKey(chain.request(), key));
    if (response.code() != 401) {
      return response;
    }
    Secret fresh = keys.current();
    if (fresh.equals(key)) {
      return response;
    }
    response.close();
    return chain.proceed(withKey(chain.request(), fresh));
  }

  private static Request withKey(Request request, Secret key) {
    return request.newBuilder().header(HEADER, key.reveal()).build();
  }
}
