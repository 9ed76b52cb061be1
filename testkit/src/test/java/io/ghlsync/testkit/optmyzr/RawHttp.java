package io.ghlsync.testkit.optmyzr;

import io.ghlsync.testkit.JsonText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/** A plain OkHttp client for talking to the fake without the project's clients. */
final class RawHttp {
  private static final MediaType JSON = MediaType.get("application/json");

  private final OkHttpClient http =
      new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
  private final String baseUrl;
  private final Headers auth;

  RawHttp(String baseUrl, Headers auth) {
    this.baseUrl = baseUrl;
    this.auth = auth;
  }

  static RawHttp withApiKey(FakeOptmyzr fake) {
    return new RawHttp(fake.baseUrl(), Headers.of("X-API-Key", fake.apiKey()));
  }

  RawHttp as(Headers otherAuth) {
    return new RawHttp(baseUrl, otherAuth);
  }

  Reply get(String pathAndQuery) {
    return send("GET", pathAndQuery, null, Headers.of());
  }

  Reply send(String method, String pathAndQuery, @Nullable String body, Headers extra) {
    Request.Builder b =
        new Request.Builder()
            .url(baseUrl + pathAndQuery)
            .headers(auth.newBuilder().addAll(extra).build())
            .method(method, body == null ? null : RequestBody.create(body, JSON));
    try (Response r = http.newCall(b.build()).execute()) {
      return new Reply(r.code(), r.headers(), r.body().string());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Reply write(String method, String path, String body, String idempotencyKey) {
    return send(method, path, body, Headers.of("Idempotency-Key", idempotencyKey));
  }

  record Reply(int code, Headers headers, String body) {
    Map<String, Object> json() {
      return JsonText.parseObject(body);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> error() {
      return (Map<String, Object>) json().get("error");
    }

    String header(String name) {
      String value = headers.get(name);
      return value == null ? "" : value;
    }
  }
}
