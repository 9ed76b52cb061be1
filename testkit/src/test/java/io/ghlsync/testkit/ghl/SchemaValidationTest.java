package io.ghlsync.testkit.ghl;

import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.testkit.JsonText;
import io.ghlsync.testkit.ghl.internal.OpenApiRequests;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fake GHL refuses, with GHL's 422 body, what the OpenAPI schema refuses: the examples,
 * then a sweep of one-point-invalid bodies built from the schema itself for every operation.
 */
class SchemaValidationTest {
  private FakeGhl ghl;
  private GhlHttp http;

  @BeforeEach
  void start() {
    ghl = FakeGhl.builder().seed(1).rateLimit(100_000, java.time.Duration.ofSeconds(10)).start();
    http =
        new GhlHttp(
            ghl,
            ghl.location("loc-1")
                .privateToken("contacts.readonly", "contacts.write", "locations/tasks.readonly"));
  }

  @AfterEach
  void stop() {
    ghl.close();
  }

  private static String unprocessable(String... messages) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("statusCode", 422);
    body.put("message", List.of(messages));
    body.put("error", "Unprocessable Entity");
    return JsonText.write(body);
  }

  private void refused(GhlHttp.Reply reply, String... messages) {
    assertThat(reply.code()).isEqualTo(422);
    assertThat(reply.body()).isEqualTo(unprocessable(messages));
  }

  private static Map<String, Object> contact(String key, Object value) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("locationId", "loc-1");
    body.put("email", "ann@example.com");
    body.put(key, value);
    return body;
  }

  @Test
  void genderAsANumberIsRefusedOnCreateAndUpsert() {
    refused(http.post("/contacts/", contact("gender", 1)), "gender must be a string");
    refused(http.post("/contacts/upsert", contact("gender", 1)), "gender must be a string");
    assertThat(ghl.location("loc-1").contactCount()).isZero();
  }

  @Test
  void dndSettingsMessageAndCodeMustBeStrings() {
    Map<String, Object> email = new LinkedHashMap<>();
    email.put("status", "active");
    email.put("message", 5);
    email.put("code", 7);

    refused(
        http.post("/contacts/upsert", contact("dndSettings", Map.of("Email", email))),
        "dndSettings.Email.message must be a string",
        "dndSettings.Email.code must be a string");
    refused(
        http.put("/contacts/c1", Map.of("dndSettings", Map.of("SMS", Map.of("status", "off")))),
        "dndSettings.SMS.status must be one of the following values: active, inactive, permanent");
  }

  @Test
  void inboundDndSettingsIsValidatedAllTheWayDown() {
    refused(
        http.post("/contacts/", contact("inboundDndSettings", 5)),
        "inboundDndSettings must be an object");
    refused(
        http.post("/contacts/", contact("inboundDndSettings", Map.of("all", 12345))),
        "inboundDndSettings.all must be an object");
    refused(
        http.post("/contacts/", contact("inboundDndSettings", Map.of("all", Map.of()))),
        "inboundDndSettings.all.status should not be empty");
    refused(
        http.post(
            "/contacts/",
            contact("inboundDndSettings", Map.of("all", Map.of("status", "permanent")))),
        "inboundDndSettings.all.status must be one of the following values: active, inactive");
  }

  @Test
  void aValidInboundDndSettingStillCreatesTheContact() {
    GhlHttp.Reply created =
        http.post(
            "/contacts/", contact("inboundDndSettings", Map.of("all", Map.of("status", "active"))));

    assertThat(created.code()).isEqualTo(201);
  }

  @Test
  void startAfterMustBeANumberOnTheDeprecatedListEvenWithoutStartAfterId() {
    refused(
        http.get("/contacts/?locationId=loc-1&startAfter=ten"),
        "startAfter must be a number conforming to the specified constraints");
    refused(
        http.get("/contacts/?locationId=loc-1&startAfter=ten&startAfterId=abc"),
        "startAfter must be a number conforming to the specified constraints");
    assertThat(http.get("/contacts/?locationId=loc-1&startAfter=1603870249758").code())
        .isEqualTo(200);
  }

  @Test
  void aMissingRequiredQueryParameterIsRefused() {
    refused(http.get("/contacts/search/duplicate?email=a@b.co"), "locationId should not be empty");
  }

  // ---- the sweep: one wrong value at a time, for every property the request schemas declare ----

  @Test
  void everyOnePointInvalidBodyIsRefusedWithAMessageNamingTheProperty() throws IOException {
    Spec spec = Spec.load();
    List<String> missed = new ArrayList<>();
    int tried = 0;
    for (Spec.Op op : spec.operationsWithBodies()) {
      for (Spec.Mutation m : spec.mutations(op)) {
        GhlHttp.Reply reply = http.send(op.method(), op.samplePath(), m.body());
        tried++;
        if (reply.code() != 422
            || reply.messages().stream()
                .noneMatch(
                    s ->
                        s.startsWith(m.path() + " ")
                            || s.startsWith("each value in " + m.path()))) {
          missed.add(
              op.operationId() + " " + m.path() + " -> " + reply.code() + " " + reply.body());
        }
      }
    }
    assertThat(missed).isEmpty();
    assertThat(tried).isGreaterThan(150);
  }

  @Test
  void theSweepsBaseBodiesAreAccepted() throws IOException {
    Spec spec = Spec.load();
    assertThat(spec.operationsWithBodies()).hasSizeGreaterThanOrEqualTo(18);
    for (Spec.Op op : spec.operationsWithBodies()) {
      assertThat(OpenApiRequests.ghl().bodyProblems(op.operationId(), spec.validBody(op)))
          .as(op.operationId())
          .isEmpty();
    }
  }
}
