package io.ghlsync.core.internal;

import java.io.IOException;
import java.util.Map;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** Adds the User-Agent and the client's fixed headers (e.g. GHL's {@code Version}). */
public final class HeadersInterceptor implements Interceptor {
  private final String userAgent;
  private final Map<String, String> headers;

  /**
   * Creates the interceptor.
   *
   * @param userAgent User-Agent value
   * @param headers headers to add unless the request already has them
   */
  public HeadersInterceptor(String userAgent, Map<String, String> headers) {
    this.userAgent = userAgent;
    this.headers = Map.copyOf(headers);
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Request.Builder b = request.newBuilder().header("User-Agent", userAgent);
    headers.forEach(
        (name, value) -> {
          if (request.header(name) == null) {
            b.header(name, value);
          }
        });
    return chain.proceed(b.build());
  }
}
