package io.ghlsync.testkit.ghl;

import io.ghlsync.testkit.JsonText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import okhttp3.FormBody;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/** Raw HTTP against a FakeGhl, as a client would talk to GHL. */
final class GhlHttp {
  static final MediaType JSON = MediaType.get("application/json");
  private static final OkHttpClient CLIENT =
      new OkHttpClient.Builder().retryOnConnectionFailure(false).build();

  private final FakeGhl ghl;
  private final String token;

  GhlHttp(FakeGhl ghl, String token) {
    this.ghl = ghl;
    this.token = token;
  }

  GhlHttp as(String otherToken) {
    return new GhlHttp(ghl, otherToken);
  }

  Reply get(String path) {
    return send("GET", path, null);
  }

  Reply post(String path, Object body) {
    return send("POST", path, body);
  }

  Reply put(String path, Object body) {
    return send("PUT", path, body);
  }

  Reply delete(String path) {
    return send("DELETE", path, null);
  }

  Reply delete(String path, Object body) {
    return send("DELETE", path, body);
  }

  Reply send(String method, String path, @Nullable Object body) {
    RequestBody requestBody =
        body == null
            ? (method.equals("POST") ? RequestBody.create(new byte[0], JSON) : null)
            : RequestBody.create(body instanceof String s ? s : JsonText.write(body), JSON);
    Request request =
        new Request.Builder()
            .url(ghl.baseUrl() + path)
            .header("Authorization", "Bearer " + token)
            .header("Version", "2021-07-28")
            .method(method, requestBody)
            .build();
    return execute(request);
  }

  Reply form(String path, Map<String, String> fields, @Nullable String bearer) {
    FormBody.Builder form = new FormBody.Builder();
    fields.forEach(form::add);
    Request.Builder request = new Request.Builder().url(ghl.baseUrl() + path).post(form.build());
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer).header("Version", "2021-07-28");
    }
    return execute(request.build());
  }

  static Reply execute(Request request) {
    try (Response response = CLIENT.newCall(request).execute()) {
      return new Reply(response.code(), response.headers(), response.body().string());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A response with helpers for the JSON body. */
  record Reply(int code, Headers headers, String body) {
    Map<String, Object> json() {
      return JsonText.parseObject(body);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> object(String key) {
      return (Map<String, Object>) json().get(key);
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> list(String key) {
      return (List<Map<String, Object>>) json().get(key);
    }

    @SuppressWarnings("unchecked")
    List<String> messages() {
      Object message = json().get("message");
      return message instanceof List<?> l ? (List<String>) l : List.of(String.valueOf(message));
    }
  }
}
