package io.ghlsync.ghl.oauth;

import io.ghlsync.testkit.FakeDispatcher;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * Plays GHL's OAuth endpoints with rotation semantics: every refresh issues a new pair and consumes
 * the old refresh token (using it again gives 400 invalid_grant); codes are single-use; only the
 * newest access token of a resource is accepted by the protected endpoints.
 */
final class FakeGhlOAuthServer extends Dispatcher {
  static final String CLIENT_ID = "app-client-id";
  static final String CLIENT_SECRET = "CLIENT-SECRET-xyz";

  final AtomicInteger tokenCalls = new AtomicInteger();
  final AtomicInteger locationTokenCalls = new AtomicInteger();
  final List<Map<String, String>> tokenForms = new CopyOnWriteArrayList<>();
  final Set<String> validCodes = ConcurrentHashMap.newKeySet();
  volatile String scope = "contacts.readonly contacts.write";
  volatile int tokenDelayMillis;
  volatile MockResponse nextTokenFailure;

  private final Map<String, String> validRefresh = new ConcurrentHashMap<>();
  private final Map<String, String> validAccess = new ConcurrentHashMap<>();
  private final AtomicInteger issued = new AtomicInteger();

  /** Registers a pair as issued earlier for a resource. */
  void issued(String resource, String access, String refresh) {
    validAccess.put(resource, access);
    validRefresh.put(resource, refresh);
  }

  /** Invalidates the current access token of a resource (server-side revocation / expiry). */
  void expireAccess(String resource) {
    validAccess.put(resource, "none");
  }

  String currentRefresh(String resource) {
    return validRefresh.get(resource);
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
    String path = request.getUrl().encodedPath();
    if (path.equals("/oauth/token")) {
      return token(form(request));
    }
    if (path.equals("/oauth/locationToken")) {
      return locationToken(request, form(request));
    }
    if (path.equals("/oauth/installedLocations")) {
      if (!authorized(request, request.getUrl().queryParameter("companyId"))) {
        return json(401, "{\"statusCode\":401,\"message\":\"Invalid JWT\"}");
      }
      return json(
          200,
          "{\"locations\":[{\"_id\":\"loc-1\",\"name\":\"Shop\",\"address\":\"1 Main St\","
              + "\"isInstalled\":true,\"versionId\":\"v1\",\"installedAt\":\"2024-01-15T10:30:00.000Z\"},"
              + "{\"name\":\"no id\"}],\"count\":1231,\"installToFutureLocations\":true}");
    }
    if (path.startsWith("/contacts/") && request.getMethod().equals("GET")) {
      if (!authorized(request, "loc-1")) {
        return json(401, "{\"statusCode\":401,\"message\":\"Invalid JWT\"}");
      }
      return json(200, "{\"contact\":{\"id\":\"c1\",\"locationId\":\"loc-1\"}}");
    }
    return json(404, "{\"message\":\"not found\"}");
  }

  private synchronized MockResponse token(Map<String, String> form) throws InterruptedException {
    tokenCalls.incrementAndGet();
    tokenForms.add(form);
    if (tokenDelayMillis > 0) {
      Thread.sleep(tokenDelayMillis);
    }
    if (!CLIENT_ID.equals(form.get("client_id"))
        || !CLIENT_SECRET.equals(form.get("client_secret"))) {
      return json(401, "{\"error\":\"invalid_client\"}");
    }
    MockResponse failure = nextTokenFailure;
    if (failure != null) {
      nextTokenFailure = null;
      return failure;
    }
    String resource;
    if ("authorization_code".equals(form.get("grant_type"))) {
      if (!validCodes.remove(form.get("code"))) {
        return json(
            400,
            "{\"error\":\"invalid_grant\",\"error_description\":\"code "
                + form.get("code")
                + " is invalid\"}");
      }
      resource = "Company".equals(form.get("user_type")) ? "company-1" : "loc-1";
    } else if ("refresh_token".equals(form.get("grant_type"))) {
      resource = resourceOf(form.get("refresh_token"));
      if (resource == null) {
        return json(
            400,
            "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid grant: refresh token "
                + form.get("refresh_token")
                + " is invalid\"}");
      }
    } else {
      return json(400, "{\"error\":\"unsupported_grant_type\"}");
    }
    int n = issued.incrementAndGet();
    String access = "AT-" + resource + "-" + n;
    String refresh = "RT-" + resource + "-" + n;
    issued(resource, access, refresh);
    boolean company = resource.startsWith("company");
    return json(
        200,
        "{\"access_token\":\""
            + access
            + "\",\"token_type\":\"Bearer\",\"expires_in\":86399,\"refresh_token\":\""
            + refresh
            + "\",\"scope\":\""
            + scope
            + "\",\"userType\":\""
            + (company ? "Company" : "Location")
            + "\","
            + (company ? "" : "\"locationId\":\"loc-1\",")
            + "\"companyId\":\"company-1\",\"approvedLocations\":[\"loc-1\",\"loc-2\"],"
            + "\"userId\":\"user-1\",\"planId\":\"plan-1\",\"isBulkInstallation\":true,"
            + "\"installToFutureLocations\":false,\"approveAllLocations\":true,\"extra\":{\"x\":1}}");
  }

  private MockResponse locationToken(RecordedRequest request, Map<String, String> form) {
    locationTokenCalls.incrementAndGet();
    if (!authorized(request, form.get("companyId"))) {
      return json(401, "{\"statusCode\":401,\"message\":\"Invalid JWT\"}");
    }
    String access = "LAT-" + form.get("locationId") + "-" + issued.incrementAndGet();
    validAccess.put(form.get("locationId"), access);
    return json(
        200,
        "{\"access_token\":\""
            + access
            + "\",\"token_type\":\"Bearer\",\"expires_in\":86399,\"scope\":\"contacts.readonly\","
            + "\"locationId\":\""
            + form.get("locationId")
            + "\",\"userId\":\"user-1\",\"appId\":\"app-1\",\"versionId\":\"ver-1\"}");
  }

  private boolean authorized(RecordedRequest request, String resource) {
    String auth = request.getHeaders().get("Authorization");
    return resource != null
        && auth != null
        && auth.equals("Bearer " + validAccess.get(resource))
        && "2021-07-28".equals(request.getHeaders().get("Version"));
  }

  private String resourceOf(String refresh) {
    for (Map.Entry<String, String> e : validRefresh.entrySet()) {
      if (e.getValue().equals(refresh)) {
        return e.getKey();
      }
    }
    return null;
  }

  static Map<String, String> form(RecordedRequest request) {
    Map<String, String> out = new LinkedHashMap<>();
    String body = FakeDispatcher.bodyText(request);
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        out.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json; charset=utf-8")
        .body(body)
        .build();
  }
}
