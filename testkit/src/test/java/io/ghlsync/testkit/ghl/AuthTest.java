package io.ghlsync.testkit.ghl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghlsync.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuthTest {
  private final TestClock clock = TestClock.at(Instant.parse("2025-01-01T00:00:00Z"));
  private FakeGhl ghl;
  private GhlHttp http;

  @BeforeEach
  void start() {
    ghl = FakeGhl.builder().clock(clock).accessTokenLifetime(Duration.ofHours(1)).start();
    ghl.oauth().registerClient("app-1234", "s3cret");
    http = new GhlHttp(ghl, "none");
  }

  @AfterEach
  void stop() {
    ghl.close();
  }

  private GhlHttp.Reply token(Map<String, String> form) {
    return http.form("/oauth/token", form, null);
  }

  @Test
  void unknownTokenAnswers401InTheUnauthorizedShape() {
    GhlHttp.Reply reply = http.get("/contacts/abc");

    assertThat(reply.code()).isEqualTo(401);
    assertThat(reply.json())
        .containsEntry("statusCode", 401.0)
        .containsEntry("message", "Invalid token: access token is invalid")
        .containsEntry("error", "Unauthorized");
  }

  @Test
  void missingScopeAnswers403AndOtherLocationsAreForbidden() {
    FakeGhlLocation one = ghl.location("loc-1");
    FakeGhlLocation two = ghl.location("loc-2");
    String theirs = two.createContact(Map.of("firstName", "Z"));
    GhlHttp readOnly = http.as(one.privateToken("contacts.readonly"));

    GhlHttp.Reply write = readOnly.post("/contacts/", Map.of("locationId", "loc-1"));
    assertThat(write.code()).isEqualTo(403);
    assertThat(write.json())
        .containsEntry("message", "The token is not authorized for this scope.")
        .containsEntry("error", "Forbidden");
    assertThat(readOnly.get("/contacts/" + theirs).json())
        .containsEntry("message", "The token does not have access to this location.");
    GhlHttp writer = http.as(one.privateToken("contacts.write"));
    assertThat(writer.post("/contacts/", Map.of("locationId", "loc-2")).code()).isEqualTo(403);
    assertThat(writer.post("/contacts/bulk/business", Map.of()).code()).isEqualTo(422);
  }

  @Test
  void authorizationCodeIsExchangedOnceAndAccessTokensExpireByTheClock() {
    ghl.location("loc-1").createContact(Map.of("firstName", "A"));
    String code = ghl.oauth().authorizeLocation("app-1234", "loc-1", "contacts.readonly");
    Map<String, String> exchange =
        Map.of(
            "client_id", "app-1234",
            "client_secret", "s3cret",
            "grant_type", "authorization_code",
            "code", code,
            "user_type", "Location");

    GhlHttp.Reply issued = token(exchange);
    assertThat(issued.code()).isEqualTo(200);
    assertThat(issued.json())
        .containsEntry("token_type", "Bearer")
        .containsEntry("expires_in", 3600.0)
        .containsEntry("scope", "contacts.readonly")
        .containsEntry("userType", "Location")
        .containsEntry("locationId", "loc-1")
        .containsKeys("refresh_token", "userId", "companyId");
    assertThat(token(exchange).json()).containsEntry("error", "invalid_grant");

    GhlHttp bearer = http.as((String) issued.json().get("access_token"));
    assertThat(bearer.get("/contacts/?locationId=loc-1").code()).isEqualTo(200);
    clock.advance(Duration.ofHours(1));
    GhlHttp.Reply expired = bearer.get("/contacts/?locationId=loc-1");
    assertThat(expired.code()).isEqualTo(401);
    assertThat(expired.json()).containsEntry("message", "Invalid JWT");
  }

  @Test
  void refreshTokensRotateAndAReusedOneAnswersInvalidGrant() {
    String code = ghl.oauth().authorizeLocation("app-1234", "loc-1", "contacts.readonly");
    String first =
        (String)
            token(
                    Map.of(
                        "client_id",
                        "app-1234",
                        "client_secret",
                        "s3cret",
                        "grant_type",
                        "authorization_code",
                        "code",
                        code))
                .json()
                .get("refresh_token");
    Map<String, String> refresh =
        Map.of(
            "client_id",
            "app-1234",
            "client_secret",
            "s3cret",
            "grant_type",
            "refresh_token",
            "refresh_token",
            first);

    GhlHttp.Reply rotated = token(refresh);
    assertThat(rotated.code()).isEqualTo(200);
    assertThat(rotated.json().get("refresh_token")).isNotEqualTo(first);
    GhlHttp.Reply reused = token(refresh);
    assertThat(reused.code()).isEqualTo(400);
    assertThat(reused.json()).containsEntry("error", "invalid_grant");
    assertThat(
            token(
                    Map.of(
                        "client_id",
                        "app-1234",
                        "client_secret",
                        "wrong",
                        "grant_type",
                        "refresh_token",
                        "refresh_token",
                        first))
                .code())
        .isEqualTo(401);
    assertThat(
            token(
                    Map.of(
                        "client_id",
                        "app-1234",
                        "client_secret",
                        "s3cret",
                        "grant_type",
                        "client_credentials"))
                .json())
        .containsEntry("error", "unsupported_grant_type");
    assertThat(token(Map.of("grant_type", "refresh_token")).messages())
        .contains("client_id should not be empty", "client_secret should not be empty");
  }

  @Test
  void agencyTokenGetsLocationTokensForApprovedLocationsOnly() {
    ghl.location("loc-1").createContact(Map.of("firstName", "A"));
    String code =
        ghl.oauth()
            .authorizeCompany(
                "app-1234", "comp-1", List.of("loc-1"), "oauth.write", "contacts.readonly");
    Map<String, Object> agency =
        token(
                Map.of(
                    "client_id",
                    "app-1234",
                    "client_secret",
                    "s3cret",
                    "grant_type",
                    "authorization_code",
                    "code",
                    code,
                    "user_type",
                    "Company"))
            .json();
    assertThat(agency)
        .containsEntry("userType", "Company")
        .containsEntry("approvedLocations", List.of("loc-1"));
    String agencyToken = (String) agency.get("access_token");

    GhlHttp.Reply location =
        http.form(
            "/oauth/locationToken",
            Map.of("companyId", "comp-1", "locationId", "loc-1"),
            agencyToken);
    assertThat(location.code()).isEqualTo(200);
    assertThat(location.json())
        .containsEntry("locationId", "loc-1")
        .doesNotContainKey("refresh_token");
    GhlHttp locationHttp = http.as((String) location.json().get("access_token"));
    assertThat(locationHttp.get("/contacts/?locationId=loc-1").list("contacts")).hasSize(1);

    assertThat(
            http.form(
                    "/oauth/locationToken",
                    Map.of("companyId", "comp-1", "locationId", "loc-9"),
                    agencyToken)
                .code())
        .isEqualTo(400);
    assertThat(http.as(agencyToken).get("/contacts/?locationId=loc-1").code()).isEqualTo(403);
    assertThat(
            http.form(
                    "/oauth/locationToken",
                    Map.of("companyId", "comp-1", "locationId", "loc-1"),
                    (String) location.json().get("access_token"))
                .code())
        .isEqualTo(401);
  }

  @Test
  void revokedTokensAnswer401AndUnregisteredClientsCannotAuthorize() {
    String code = ghl.oauth().authorizeLocation("app-1234", "loc-1", "contacts.readonly");
    String access =
        (String)
            token(
                    Map.of(
                        "client_id",
                        "app-1234",
                        "client_secret",
                        "s3cret",
                        "grant_type",
                        "authorization_code",
                        "code",
                        code))
                .json()
                .get("access_token");
    ghl.oauth().revoke(access);

    assertThat(http.as(access).get("/contacts/?locationId=loc-1").code()).isEqualTo(401);
    assertThatThrownBy(() -> ghl.oauth().authorizeLocation("ghost", "loc-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("registerClient");
  }
}
