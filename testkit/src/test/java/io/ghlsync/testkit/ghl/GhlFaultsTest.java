package io.ghlsync.testkit.ghl;

import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.testkit.Fault;
import io.ghlsync.testkit.RequestMatcher;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GhlFaultsTest {
  private FakeGhl ghl;
  private FakeGhlLocation location;
  private GhlHttp http;

  @BeforeEach
  void start() {
    ghl = FakeGhl.builder().seed(6).start();
    location = ghl.location("loc-1");
    http = new GhlHttp(ghl, location.privateToken("contacts.readonly", "contacts.write"));
  }

  @AfterEach
  void stop() {
    ghl.close();
  }

  @Test
  void createAnswering422StillCreatesTheContact() {
    ghl.faults().script(RequestMatcher.operation("create-contact"), Fault.appliedThenStatus(422));

    GhlHttp.Reply reply =
        http.post("/contacts/", Map.of("locationId", "loc-1", "email", "q@example.com"));

    assertThat(reply.code()).isEqualTo(422);
    assertThat(reply.json()).containsEntry("error", "Unprocessable Entity");
    assertThat(reply.messages()).containsExactly("Unprocessable Entity");
    assertThat(location.contactCount()).isEqualTo(1);
    GhlHttp.Reply retry =
        http.post("/contacts/", Map.of("locationId", "loc-1", "email", "q@example.com"));
    assertThat(retry.code()).isEqualTo(400);
  }

  @Test
  void errorFaultsUseGhlShapesAndGatewayErrorsAreHtml() {
    ghl.faults()
        .script(
            RequestMatcher.operation("get-contacts"),
            Fault.tooManyRequests(),
            Fault.status(500),
            Fault.status(502),
            Fault.expiredToken());

    assertThat(http.get("/contacts/?locationId=loc-1").json()).containsEntry("statusCode", 429.0);
    assertThat(http.get("/contacts/?locationId=loc-1").json())
        .containsEntry("message", "Internal server error");
    GhlHttp.Reply gateway = http.get("/contacts/?locationId=loc-1");
    assertThat(gateway.code()).isEqualTo(502);
    assertThat(gateway.headers().get("Content-Type")).isEqualTo("text/html");
    assertThat(http.get("/contacts/?locationId=loc-1").json())
        .containsEntry("message", "Invalid JWT");
    assertThat(http.get("/contacts/?locationId=loc-1").code()).isEqualTo(200);
    assertThat(ghl.journal().count("get-contacts")).isEqualTo(5);
    assertThat(ghl.journal().entries().get(0).fault()).contains("Status[code=429]");
  }

  @Test
  void journalNamesOperationsByTheirSpecOperationId() {
    String id = location.createContact(Map.of("firstName", "J"));
    http.get("/contacts/" + id);
    http.get("/contacts/" + id + "/notes");
    http.post("/contacts/search", Map.of("locationId", "loc-1", "pageLimit", 5));
    http.get("/unknown");

    assertThat(ghl.journal().counts())
        .containsEntry("get-contact", 1L)
        .containsEntry("get-all-notes", 1L)
        .containsEntry("search-contacts-advanced", 1L)
        .containsEntry("unknown", 1L);
  }
}
