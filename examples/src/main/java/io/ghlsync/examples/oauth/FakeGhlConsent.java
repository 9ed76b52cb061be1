package io.ghlsync.examples.oauth;

import io.ghlsync.examples.cli.ExampleFailure;
import io.ghlsync.testkit.ghl.FakeGhl;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Plays the browser against the fake GHL: reads the client id, scopes, state and redirect URI from
 * the authorization URL, lets the fake issue a code as its consent screen would, and follows the
 * redirect to the listener exactly as a browser does (the state travels through unchanged).
 */
final class FakeGhlConsent implements ConsentStep {
  private final FakeGhl ghl;
  private final String locationId;
  private final PrintStream out;

  FakeGhlConsent(FakeGhl ghl, String locationId, PrintStream out) {
    this.ghl = ghl;
    this.locationId = locationId;
    this.out = out;
  }

  @Override
  public void open(String authorizationUrl) {
    Map<String, String> q = RedirectListener.query(URI.create(authorizationUrl).getRawQuery());
    String clientId = q.getOrDefault("client_id", "");
    String[] scopes = q.getOrDefault("scope", "").split(" ");
    String code = ghl.oauth().authorizeLocation(clientId, locationId, scopes);
    String redirect =
        q.getOrDefault("redirect_uri", "")
            + "?code="
            + URLEncoder.encode(code, StandardCharsets.UTF_8)
            + "&state="
            + URLEncoder.encode(q.getOrDefault("state", ""), StandardCharsets.UTF_8);
    out.println(
        "   [fake browser] the user chooses location "
            + locationId
            + " and approves; GHL redirects the browser to the listener with a code");
    try {
      int status =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(redirect)).GET().build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode();
      if (status != 200) {
        throw ExampleFailure.run("the redirect listener answered " + status, null);
      }
    } catch (IOException e) {
      throw ExampleFailure.run("the fake browser could not reach the listener: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ExampleFailure.run("interrupted while following the redirect", e);
    }
  }
}
