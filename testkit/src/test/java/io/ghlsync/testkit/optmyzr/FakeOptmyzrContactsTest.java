package io.ghlsync.testkit.optmyzr;

import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeOptmyzrContactsTest {
  private final TestClock clock = TestClock.at(Instant.parse("2025-03-01T10:00:00Z"));
  private final FakeOptmyzr fake = FakeOptmyzr.builder().clock(clock).start();
  private final RawHttp http = RawHttp.withApiKey(fake);

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void createsAndReadsAContactWithServerFields() {
    RawHttp.Reply created =
        http.write(
            "POST", "/v1/contacts", "{\"email\":\"ana@example.com\",\"lead_score\":7}", "k1");

    assertThat(created.code()).isEqualTo(201);
    assertThat(created.header("X-Request-Id")).startsWith("req_");
    Map<String, Object> json = created.json();
    assertThat(json.get("id")).asString().startsWith("ct_");
    assertThat(json).containsEntry("email", "ana@example.com").containsEntry("tags", List.of());
    assertThat(json).containsEntry("created_at", "2025-03-01T10:00:00Z");
    assertThat(((Number) json.get("lead_score")).intValue()).isEqualTo(7);

    RawHttp.Reply read = http.get("/v1/contacts/" + json.get("id"));
    assertThat(read.code()).isEqualTo(200);
    assertThat(read.json().get("email")).isEqualTo("ana@example.com");
  }

  @Test
  void upsertCreatesWith201ThenUpdatesWith200() {
    RawHttp.Reply first =
        http.write("PUT", "/v1/contacts/by-external-id/ghl-1", "{\"first_name\":\"Ana\"}", "u1");
    clock.advance(Duration.ofMinutes(1));
    RawHttp.Reply second =
        http.write("PUT", "/v1/contacts/by-external-id/ghl-1", "{\"last_name\":\"Lima\"}", "u2");

    assertThat(first.code()).isEqualTo(201);
    assertThat(second.code()).isEqualTo(200);
    assertThat(second.json())
        .containsEntry("id", first.json().get("id"))
        .containsEntry("external_id", "ghl-1")
        .containsEntry("first_name", "Ana")
        .containsEntry("last_name", "Lima")
        .containsEntry("updated_at", "2025-03-01T10:01:00Z");
    assertThat(fake.contacts()).hasSize(1);
  }

  @Test
  void patchChangesOnlyGivenFieldsAndNullClears() {
    String id =
        fake.seedContact(Map.of("email", "a@b.co", "company", "Acme", "tags", List.of("x")));

    RawHttp.Reply patched =
        http.write("PATCH", "/v1/contacts/" + id, "{\"company\":null,\"tags\":[\"vip\"]}", "p1");

    assertThat(patched.code()).isEqualTo(200);
    assertThat(patched.json())
        .containsEntry("email", "a@b.co")
        .containsEntry("company", null)
        .containsEntry("tags", List.of("vip"));
  }

  @Test
  void externalIdIsUniqueAcrossContacts() {
    fake.seedContact(Map.of("external_id", "ghl-9"));
    String other = fake.seedContact(Map.of("email", "b@b.co"));

    RawHttp.Reply clash =
        http.write("PATCH", "/v1/contacts/" + other, "{\"external_id\":\"ghl-9\"}", "c1");
    RawHttp.Reply mismatch =
        http.write("PUT", "/v1/contacts/by-external-id/a", "{\"external_id\":\"b\"}", "c2");

    assertThat(clash.code()).isEqualTo(409);
    assertThat(clash.error()).containsEntry("code", "external_id_taken");
    assertThat(mismatch.code()).isEqualTo(422);
    assertThat(mismatch.error()).containsEntry("param", "external_id");
  }

  @Test
  void rejectsInvalidFieldsNamingTheParam() {
    assertThat(http.write("POST", "/v1/contacts", "{\"email\":\"nope\"}", "v1").error())
        .containsEntry("param", "email")
        .containsEntry("type", "invalid_request_error");
    assertThat(http.write("POST", "/v1/contacts", "{\"phone\":\"0151 123\"}", "v2").code())
        .isEqualTo(422);
    assertThat(http.write("POST", "/v1/contacts", "{\"lead_score\":1.5}", "v3").error())
        .containsEntry("param", "lead_score");
    assertThat(http.write("POST", "/v1/contacts", "{\"tags\":[\"\"]}", "v4").code()).isEqualTo(422);
    assertThat(http.write("POST", "/v1/contacts", "{\"custom_fields\":3}", "v5").code())
        .isEqualTo(422);
    RawHttp.Reply unknown = http.write("POST", "/v1/contacts", "{\"firstName\":\"A\"}", "v6");
    assertThat(unknown.code()).isEqualTo(400);
    assertThat(unknown.error()).containsEntry("code", "unknown_parameter");
    assertThat(http.write("POST", "/v1/contacts", "[1]", "v7").error())
        .containsEntry("code", "invalid_json");
    assertThat(http.get("/v1/contacts/ct_missing").code()).isEqualTo(404);
    assertThat(fake.contacts()).isEmpty();
  }

  @Test
  void listsWithCursorPagesUpdatedAfterAndEmail() {
    for (int i = 0; i < 5; i++) {
      fake.seedContact(Map.of("email", "c" + i + "@example.com"));
      clock.advance(Duration.ofMinutes(1));
    }

    RawHttp.Reply page1 = http.get("/v1/contacts?limit=2");
    assertThat(page1.json()).containsEntry("has_more", true);
    String cursor = (String) page1.json().get("next_cursor");
    RawHttp.Reply page2 = http.get("/v1/contacts?limit=2&cursor=" + cursor);
    RawHttp.Reply page3 =
        http.get("/v1/contacts?limit=2&cursor=" + page2.json().get("next_cursor"));
    assertThat(emails(page1)).containsExactly("c0@example.com", "c1@example.com");
    assertThat(emails(page2)).containsExactly("c2@example.com", "c3@example.com");
    assertThat(emails(page3)).containsExactly("c4@example.com");
    assertThat(page3.json()).containsEntry("has_more", false).containsEntry("next_cursor", null);

    assertThat(emails(http.get("/v1/contacts?updated_after=2025-03-01T10:02:00Z")))
        .containsExactly("c3@example.com", "c4@example.com");
    assertThat(emails(http.get("/v1/contacts?email=C1@EXAMPLE.COM")))
        .containsExactly("c1@example.com");
    assertThat(http.get("/v1/contacts?limit=101").error()).containsEntry("param", "limit");
    assertThat(http.get("/v1/contacts?limit=x").code()).isEqualTo(400);
    assertThat(http.get("/v1/contacts?cursor=bogus").error()).containsEntry("param", "cursor");
    assertThat(http.get("/v1/contacts?updated_after=yesterday").code()).isEqualTo(422);
  }

  @Test
  void unknownContractRouteIs404() {
    RawHttp.Reply reply = http.send("DELETE", "/v1/contacts/ct_1", null, Headers.of());

    assertThat(reply.code()).isEqualTo(404);
    assertThat(reply.error()).containsEntry("code", "unknown_route");
    assertThat(fake.journal().count("unknown")).isEqualTo(1);
  }

  @SuppressWarnings("unchecked")
  private static List<Object> emails(RawHttp.Reply reply) {
    return ((List<Map<String, Object>>) reply.json().get("data"))
        .stream().map(c -> c.get("email")).toList();
  }
}
