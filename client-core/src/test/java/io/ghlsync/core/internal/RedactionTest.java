package io.ghlsync.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class RedactionTest {

  @Test
  void ghlContactBodyShowsOnlyIdsDatesAndCounts() {
    String body =
        "{\"contacts\":[{\"id\":\"c1\",\"locationId\":\"loc9\",\"firstNameLowerCase\":\"jane\","
            + "\"lastNameLowerCase\":\"doe\",\"fullNameLowerCase\":\"jane doe\",\"city\":\"Rome\","
            + "\"postalCode\":\"00184\",\"companyName\":\"Acme\",\"dnd\":false,\"tags\":[\"vip\"],"
            + "\"dateAdded\":\"2026-01-02T03:04:05Z\",\"customFields\":[{\"id\":\"cf1\","
            + "\"value\":\"secret answer\"}],\"age\":42}],\"meta\":{\"total\":1,"
            + "\"startAfterId\":\"c1\"},\"traceId\":\"t-1\"}";

    String masked = Redaction.body(body);

    assertThat(masked)
        .contains(
            "\"id\":\"c1\"", "\"locationId\":\"loc9\"", "\"dateAdded\":\"2026-01-02T03:04:05Z\"")
        .contains("\"total\":1", "\"startAfterId\":\"c1\"", "\"traceId\":\"t-1\"", "\"id\":\"cf1\"")
        .contains("\"firstNameLowerCase\":\"[redacted]\"", "\"age\":[redacted]")
        .doesNotContain("jane", "doe", "Rome", "00184", "Acme", "vip", "secret answer", "42");
  }

  @Test
  void onOfficeEnvelopeMasksGermanFieldNamesTokenAndHmac() {
    String body =
        "{\"token\":\"pub-token\",\"request\":{\"actions\":[{\"actionid\":"
            + "\"urn:onoffice-de-ns:smart:2.5:smartml:action:create\",\"resourceid\":\"\","
            + "\"identifier\":\"\",\"resourcetype\":\"address\",\"timestamp\":1700000000,"
            + "\"hmac\":\"h-SECRET\",\"hmac_version\":2,\"parameters\":{\"data\":{\"Vorname\":"
            + "\"Jana\",\"Name\":\"Muster\",\"Strasse\":\"Hauptstr. 1\",\"Ort\":\"Berlin\","
            + "\"Email\":\"j@x.de\"}}}]}}";

    String masked = Redaction.body(body);

    assertThat(masked)
        .contains("\"resourcetype\":\"address\"", "\"timestamp\":1700000000", "\"Vorname\":")
        .doesNotContain("pub-token", "h-SECRET", "Jana", "Muster", "Hauptstr", "Berlin", "j@x.de");
  }

  @Test
  void formBodiesAndQueryParametersAreMaskedUnlessHarmless() {
    assertThat(
            Redaction.body(
                "grant_type=refresh_token&client_id=app1&client_secret=s3&refresh_token=r1&code=c9"))
        .isEqualTo(
            "grant_type=refresh_token&client_id=app1&client_secret=[redacted]"
                + "&refresh_token=[redacted]&code=[redacted]");
    HttpUrl url =
        HttpUrl.get("https://x.test/contacts/?locationId=l1&query=jane%40x.com&limit=20&email=a");
    assertThat(Redaction.url(url))
        .contains("locationId=l1", "limit=20")
        .doesNotContain("jane")
        .contains("query=%5Bredacted%5D", "email=%5Bredacted%5D");
  }

  @Test
  void unreadableOrPlainBodiesAreReducedToTheirLength() {
    assertThat(Redaction.body("{\"name\":\"Jane\"")).isEqualTo("(unreadable JSON, 14 chars)");
    assertThat(Redaction.body("Dear Jane Doe, hello")).isEqualTo("(20 chars, not JSON)");
    assertThat(Redaction.body("  ")).isEmpty();
    assertThat(Redaction.excerpt("{\"id\":\"abcdefghij\",\"name\":\"Jane\"}", 12))
        .isEqualTo("{\"id\":\"abcde...");
  }

  @Test
  void escapedQuotesAndNestingDoNotConfuseTheScanner() {
    String body =
        "[{\"note\":\"say \\\"hi\\\" Jane\",\"ids\":[\"a\",\"b\"],\"x\":{\"y\":[1,{\"z\":true}]}}]";

    assertThat(Redaction.body(body))
        .isEqualTo(
            "[{\"note\":\"[redacted]\",\"ids\":[\"a\",\"b\"],\"x\":{\"y\":[[redacted],{\"z\":[redacted]}]}}]");
  }

  @Test
  void headersWithCredentialsAreMasked() {
    assertThat(Redaction.header("Authorization", "Bearer x")).isEqualTo(Redaction.MASK);
    assertThat(Redaction.header("X-Api-Key", "k")).isEqualTo(Redaction.MASK);
    assertThat(Redaction.header("Content-Type", "application/json")).isEqualTo("application/json");
  }
}
