package io.ghlsync.testkit.onoffice;

import io.ghlsync.testkit.JsonText;
import io.ghlsync.testkit.onoffice.internal.Signature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Speaks raw HTTP/JSON to a {@link FakeOnOffice}, signing actions itself. */
final class RawOnOffice {
  static final String URN = "urn:onoffice-de-ns:smart:2.5:smartml:action:";

  private final FakeOnOffice fake;
  private final OkHttpClient http = new OkHttpClient();
  long timestamp;
  String token;
  String secret;

  RawOnOffice(FakeOnOffice fake, long timestamp) {
    this.fake = fake;
    this.timestamp = timestamp;
    this.token = fake.token();
    this.secret = fake.secret();
  }

  Map<String, Object> action(
      String type, String resourceType, String resourceId, Map<String, ?> parameters) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("actionid", URN + type);
    a.put("identifier", "");
    a.put("parameters", parameters);
    a.put("resourceid", resourceId);
    a.put("resourcetype", resourceType);
    a.put("timestamp", timestamp);
    a.put("hmac_version", 2);
    a.put("hmac", Signature.expected(secret, timestamp, token, resourceType, URN + type));
    return a;
  }

  Map<String, Object> send(Map<String, Object> action) {
    return send(List.of(action));
  }

  Map<String, Object> send(List<Map<String, Object>> actions) {
    return JsonText.parseObject(
        post(JsonText.write(Map.of("token", token, "request", Map.of("actions", actions)))));
  }

  String post(String body) {
    Request request =
        new Request.Builder()
            .url(fake.url())
            .post(RequestBody.create(body, MediaType.get("application/json")))
            .build();
    try (Response response = http.newCall(request).execute()) {
      return response.body().string();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> status(Map<String, Object> response) {
    return (Map<String, Object>) response.get("status");
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> result(Map<String, Object> response, int index) {
    Map<String, Object> r = (Map<String, Object>) response.get("response");
    return (Map<String, Object>) ((List<Object>) r.get("results")).get(index);
  }

  static int errorCode(Map<String, Object> response, int index) {
    Object code = ((Map<?, ?>) result(response, index).get("status")).get("errorcode");
    return ((Number) code).intValue();
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> records(Map<String, Object> response, int index) {
    Map<String, Object> data = (Map<String, Object>) result(response, index).get("data");
    return (List<Map<String, Object>>) data.get("records");
  }

  @SuppressWarnings("unchecked")
  static Object cntabsolute(Map<String, Object> response, int index) {
    Map<String, Object> data = (Map<String, Object>) result(response, index).get("data");
    return ((Map<String, Object>) data.get("meta")).get("cntabsolute");
  }
}
