package io.ghlsync.optmyzr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghlsync.optmyzr.model.ContactFields;
import io.ghlsync.optmyzr.model.ContactQuery;
import io.ghlsync.optmyzr.model.NoteInput;
import io.ghlsync.optmyzr.model.NoteQuery;
import io.ghlsync.optmyzr.model.SuggestionFilter;
import io.ghlsync.optmyzr.model.TaskInput;
import io.ghlsync.optmyzr.model.TaskPatch;
import io.ghlsync.optmyzr.model.TaskQuery;
import io.ghlsync.optmyzr.model.TaskStatus;
import java.util.Arrays;
import java.util.List;
import mockwebserver3.MockWebServer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InputValidationTest {
  private final MockWebServer server = new MockWebServer();
  private OptmyzrClient client;

  @BeforeEach
  void start() throws Exception {
    server.start();
    client = Clients.withApiKey(server);
  }

  @AfterEach
  void stop() {
    assertThat(server.getRequestCount()).as("nothing may be sent").isZero();
    server.close();
  }

  @Test
  void blankIdsAreRefusedNamingTheField() {
    ContactFields some = ContactFields.builder().company("Acme").build();
    refused(() -> client.contacts().get(" "), "contactId");
    refused(() -> client.contacts().update("", some), "contactId");
    refused(() -> client.contacts().upsertByExternalId(" ", some), "externalId");
    refused(() -> client.contacts().setLeadScore("", 3), "contactId");
    refused(() -> client.contacts().setTags(" ", List.of()), "contactId");
    refused(() -> client.tasks().complete(""), "taskId");
    refused(() -> client.tasks().update(" ", TaskPatch.builder().title("t").build()), "taskId");
    refused(() -> client.notes().create(" ", NoteInput.builder("b").build()), "contactId");
    refused(() -> client.notes().list("", NoteQuery.firstPage()), "contactId");
    refused(() -> client.notes().listAll(""), "contactId");
    refused(() -> TaskInput.builder("", "title"), "contactId");
    refused(() -> TaskInput.builder("ct_1", " "), "title");
    refused(() -> TaskQuery.builder(" "), "contactId");
    refused(() -> NoteInput.builder(" "), "body");
  }

  @Test
  void invalidEmailsAreRefusedWithoutEchoingThem() {
    for (String bad : Arrays.asList("jo", "jo@", "@host.org", "jo@host", "j o@host.de")) {
      assertThatThrownBy(() -> client.contacts().create(ContactFields.builder().email(bad).build()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("email is not a valid e-mail address")
          .hasMessageNotContaining(bad);
    }
    refused(() -> ContactQuery.builder().email("nope"), "email");
    refused(() -> SuggestionFilter.builder().emailId("nope"), "emailId");
  }

  @Test
  void phonesMustBeE164AfterNormalising() {
    for (String bad :
        List.of("0151 1234567", "+12", "+0151234567", "49 151 1234 5678 9999", "+49 abc")) {
      assertThatThrownBy(() -> client.contacts().create(ContactFields.builder().phone(bad).build()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("phone must be an E.164 number")
          .hasMessageNotContaining(bad);
    }
  }

  @Test
  void limitsOutsideOneToHundredAreRefused() {
    refused(() -> ContactQuery.builder().limit(0), "limit");
    refused(() -> ContactQuery.builder().limit(101), "limit");
    refused(() -> TaskQuery.builder("ct_1").limit(-1), "limit");
    refused(() -> NoteQuery.firstPage(1000), "limit");
  }

  @Test
  void emptyOrContradictoryWritesAreRefused() {
    refused(() -> client.contacts().update("ct_1", ContactFields.builder().build()), "changes");
    refused(
        () ->
            client
                .contacts()
                .upsertByExternalId("ghl-1", ContactFields.builder().externalId("ghl-2").build()),
        "fields.externalId");
    refused(() -> TaskPatch.builder().build(), "TaskPatch");
    refused(() -> TaskPatch.builder().status(TaskStatus.UNKNOWN), "status");
    refused(() -> TaskQuery.builder("ct_1").status(TaskStatus.UNKNOWN), "status");
    refused(() -> client.contacts().setTags("ct_1", List.of("ok", " ")), "tags[1]");
    refused(
        () -> client.contacts().create(ContactFields.builder().customField(" ", "x").build()),
        "customFields key");
    refused(() -> IdempotencyKey.of(" "), "idempotencyKey");
    refused(() -> IdempotencyKey.of("has space"), "idempotencyKey");
    refused(() -> IdempotencyKey.of("x".repeat(256)), "idempotencyKey");
    refused(() -> IdempotencyKey.derive(), "parts");
    refused(() -> IdempotencyKey.derive("a", ""), "parts[1]");
  }

  private static void refused(ThrowingCallable call, String field) {
    assertThatThrownBy(call)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(field);
  }
}
