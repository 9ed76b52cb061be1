package io.ghlsync.testkit.ghl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContactOperationsTest {
  private FakeGhl ghl;
  private FakeGhlLocation location;
  private GhlHttp http;

  @BeforeEach
  void start() {
    ghl = FakeGhl.builder().seed(1).start();
    location = ghl.location("loc-1");
    http = new GhlHttp(ghl, location.privateToken("contacts.readonly", "contacts.write"));
  }

  @AfterEach
  void stop() {
    ghl.close();
  }

  @Test
  void createReturns201WithCreateContactSchemaAndGetReadsItBack() {
    GhlHttp.Reply created =
        http.post(
            "/contacts/",
            Map.of(
                "locationId", "loc-1",
                "firstName", "Ann",
                "lastName", "Lee",
                "email", "Ann@Example.com",
                "phone", "(555) 123-4567",
                "tags", List.of("Buyer", " vip ")));

    assertThat(created.code()).isEqualTo(201);
    Map<String, Object> contact = created.object("contact");
    assertThat(contact.get("id").toString()).hasSize(20);
    assertThat(contact)
        .containsEntry("deleted", false)
        .containsEntry("emailLowerCase", "ann@example.com")
        .containsEntry("phone", "+15551234567")
        .containsEntry("tags", List.of("buyer", "vip"))
        .containsEntry("fullNameLowerCase", "ann lee");

    GhlHttp.Reply read = http.get("/contacts/" + contact.get("id"));
    assertThat(read.code()).isEqualTo(200);
    assertThat(read.object("contact")).containsEntry("email", "Ann@Example.com");
  }

  @Test
  void updateAnswersSuccededAndRejectsPropertiesOutsideTheUpdateDto() {
    String id = location.createContact(Map.of("firstName", "Bo", "email", "bo@example.com"));

    GhlHttp.Reply updated = http.put("/contacts/" + id, Map.of("city", "Berlin"));
    assertThat(updated.code()).isEqualTo(200);
    assertThat(updated.json()).containsEntry("succeded", true);
    assertThat(updated.object("contact")).containsEntry("city", "Berlin");

    GhlHttp.Reply rejected =
        http.put("/contacts/" + id, Map.of("gender", "female", "companyName", "X"));
    assertThat(rejected.code()).isEqualTo(422);
    assertThat(rejected.json()).containsEntry("error", "Unprocessable Entity");
    assertThat(rejected.messages())
        .containsExactlyInAnyOrder(
            "property gender should not exist", "property companyName should not exist");
  }

  @Test
  void deleteAnswersSuccededAndTheContactIsGone() {
    String id = location.createContact(Map.of("firstName", "Cy"));

    assertThat(http.delete("/contacts/" + id).json()).containsEntry("succeded", true);
    GhlHttp.Reply gone = http.get("/contacts/" + id);
    assertThat(gone.code()).isEqualTo(404);
    assertThat(gone.json()).containsEntry("message", "Contact not found");
    assertThat(location.contactCount()).isZero();
  }

  @Test
  void createWithAnotherContactsEmailFailsWhenDuplicatesAreNotAllowed() {
    String existing = location.createContact(Map.of("email", "dup@example.com"));

    GhlHttp.Reply reply =
        http.post("/contacts/", Map.of("locationId", "loc-1", "email", "DUP@example.com"));

    assertThat(reply.code()).isEqualTo(400);
    assertThat(reply.json())
        .containsEntry("message", "This location does not allow duplicated contacts.");
    assertThat(reply.object("meta"))
        .containsEntry("contactId", existing)
        .containsEntry("matchingField", "email");
    location.allowDuplicates(true);
    assertThat(
            http.post("/contacts/", Map.of("locationId", "loc-1", "email", "dup@example.com"))
                .code())
        .isEqualTo(201);
  }

  @Test
  void upsertCreatesThenUpdatesWith200AndIgnoresGenderOnExistingContacts() {
    Map<String, Object> body =
        Map.of("locationId", "loc-1", "email", "up@example.com", "firstName", "Una");
    GhlHttp.Reply first = http.post("/contacts/upsert", body);
    assertThat(first.code()).isEqualTo(200);
    assertThat(first.json()).containsEntry("new", true).containsKey("traceId");

    GhlHttp.Reply second =
        http.post(
            "/contacts/upsert",
            Map.of(
                "locationId",
                "loc-1",
                "email",
                "up@example.com",
                "gender",
                "female",
                "tags",
                List.of("a")));
    assertThat(second.code()).isEqualTo(200);
    assertThat(second.json()).containsEntry("new", false);
    assertThat(second.object("contact"))
        .containsEntry("id", first.object("contact").get("id"))
        .containsEntry("firstName", "Una")
        .containsEntry("tags", List.of("a"))
        .doesNotContainKey("gender");
  }

  @Test
  void upsertMatchingEmailSilentlyDropsAPhoneOwnedByAnotherContact() {
    String byEmail = location.createContact(Map.of("email", "e@example.com"));
    String byPhone = location.createContact(Map.of("phone", "+15550000001"));

    GhlHttp.Reply reply =
        http.post(
            "/contacts/upsert",
            Map.of("locationId", "loc-1", "email", "e@example.com", "phone", "+15550000001"));

    assertThat(reply.object("contact")).containsEntry("id", byEmail).doesNotContainKey("phone");
    location.duplicateMatchOrder("phone", "email");
    GhlHttp.Reply phoneFirst =
        http.post(
            "/contacts/upsert",
            Map.of("locationId", "loc-1", "email", "e@example.com", "phone", "+15550000001"));
    assertThat(phoneFirst.object("contact"))
        .containsEntry("id", byPhone)
        .doesNotContainKey("email");
  }

  @Test
  void upsertWithAnAdditionalEmailPromotesItAndDropsTheOldPrimary() {
    String id =
        location.createContact(
            Map.of("email", "old@example.com", "additionalEmails", List.of("new@example.com")));

    GhlHttp.Reply reply =
        http.post("/contacts/upsert", Map.of("locationId", "loc-1", "email", "new@example.com"));

    assertThat(reply.object("contact"))
        .containsEntry("id", id)
        .containsEntry("email", "new@example.com")
        .containsEntry("additionalEmails", List.of());
  }

  @Test
  void upsertCreatesANewContactWhenDuplicatesAreAllowedAndRequested() {
    location.allowDuplicates(true);
    location.createContact(Map.of("email", "same@example.com"));

    GhlHttp.Reply reply =
        http.post(
            "/contacts/upsert",
            Map.of(
                "locationId", "loc-1",
                "email", "same@example.com",
                "createNewIfDuplicateAllowed", true));

    assertThat(reply.json()).containsEntry("new", true);
    assertThat(location.contactCount()).isEqualTo(2);
  }

  @Test
  void duplicateLookupFindsByEmailOrNumberAndAnswersNullOtherwise() {
    String id = location.createContact(Map.of("email", "x@example.com", "phone", "+4915112345"));

    assertThat(
            http.get("/contacts/search/duplicate?locationId=loc-1&email=X%40example.com")
                .object("contact"))
        .containsEntry("id", id);
    assertThat(
            http.get("/contacts/search/duplicate?locationId=loc-1&number=%2B4915112345")
                .object("contact"))
        .containsEntry("id", id);
    GhlHttp.Reply none = http.get("/contacts/search/duplicate?locationId=loc-1&email=no%40x.io");
    assertThat(none.body()).isEqualTo("{\"contact\":null}");
    assertThat(http.get("/contacts/search/duplicate").code()).isEqualTo(422);
  }

  @Test
  void missingVersionHeaderAndUnknownRoutesAreRejected() {
    okhttp3.Request noVersion =
        new okhttp3.Request.Builder()
            .url(ghl.baseUrl() + "/contacts/abc")
            .header("Authorization", "Bearer x")
            .build();
    assertThat(GhlHttp.execute(noVersion).code()).isEqualTo(400);

    GhlHttp.Reply unknown = http.get("/nothing/here");
    assertThat(unknown.code()).isEqualTo(404);
    assertThat(unknown.json()).containsEntry("message", "Cannot GET /nothing/here");
  }

  @Test
  void createValidatesTypesAndRequiredLocation() {
    GhlHttp.Reply reply =
        http.post(
            "/contacts/",
            Map.of(
                "email",
                "not-an-email",
                "dnd",
                "yes",
                "tags",
                "x",
                "additionalEmails",
                List.of("a@b.co")));

    assertThat(reply.code()).isEqualTo(422);
    assertThat(reply.messages())
        .contains(
            "locationId should not be empty",
            "email must be an email",
            "dnd must be a boolean value",
            "tags must be an array",
            "property additionalEmails should not exist");
  }

  @Test
  void malformedJsonBodyAnswers400WithAStringMessage() {
    GhlHttp.Reply reply = http.post("/contacts/", "{not json");

    assertThat(reply.code()).isEqualTo(400);
    assertThat(reply.json().get("message")).isInstanceOf(String.class);
  }

  @Test
  void updateAppliesCustomFieldsDndAndDateOfBirthAndNullClears() {
    String id = location.createContact(Map.of("firstName", "Di", "city", "Bonn"));
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("customFields", List.of(Map.of("id", "cf1", "field_value", "gold")));
    body.put("dndSettings", Map.of("Email", Map.of("status", "active")));
    body.put("dateOfBirth", "09/25/1990");
    body.put("city", null);

    Map<String, Object> contact = http.put("/contacts/" + id, body).object("contact");

    assertThat(contact)
        .containsEntry("customFields", List.of(Map.of("id", "cf1", "value", "gold")))
        .containsEntry("dateOfBirth", "1990-09-25T00:00:00.000Z")
        .doesNotContainKey("city");
    assertThat(contact.get("dndSettings")).isEqualTo(Map.of("Email", Map.of("status", "active")));
  }
}
