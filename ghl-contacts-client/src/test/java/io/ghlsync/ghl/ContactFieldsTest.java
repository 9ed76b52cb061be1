package io.ghlsync.ghl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghlsync.ghl.model.ContactFields;
import io.ghlsync.ghl.model.CreateContactRequest;
import io.ghlsync.ghl.model.UpdateContactRequest;
import io.ghlsync.ghl.model.UpsertContactRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ContactFieldsTest {
  private final MockGhl ghl = new MockGhl();

  @AfterEach
  void close() {
    ghl.close();
  }

  @Test
  void nullMeansNotSetAndUndoesAnEarlierValue() {
    String phone = null;
    CreateContactRequest request =
        CreateContactRequest.builder()
            .email("ada@example.com")
            .phone(phone)
            .city("London")
            .city(null)
            .gender(null)
            .locationId(null)
            .build();

    assertThat(request.fields().email()).contains("ada@example.com");
    assertThat(request.fields().phone()).isEmpty();
    assertThat(request.fields().city()).isEmpty();
    assertThat(request.gender()).isEmpty();
    assertThat(request.toString()).isEqualTo("CreateContactRequest[fields=[email]]");
  }

  @Test
  void createSendsSharedFieldsExtrasAndItsOwnAtTheTopLevel() {
    ghl.enqueue(201, "{\"contact\":{\"id\":\"c9\"}}");
    ContactFields shared =
        ContactFields.builder()
            .firstName("Ada")
            .tags("vip")
            .extraField("visitorId", "v-1")
            .extraField("score", 7)
            .extraField("meta", Map.of("a", List.of(1, true)))
            .build();

    ghl.client()
        .contacts()
        .create(
            CreateContactRequest.builder()
                .fields(shared)
                .companyName("Analytical Engines")
                .dateOfBirth(LocalDate.of(1815, 12, 10))
                .build());

    MockGhl.assertJsonBody(
        ghl.take("POST", "/contacts/"),
        """
        {"locationId":"ve9EPM428h8vShlRW1KT","firstName":"Ada","tags":["vip"],
         "dateOfBirth":"1815-12-10","visitorId":"v-1","score":7,"meta":{"a":[1,true]},
         "companyName":"Analytical Engines"}
        """);
  }

  @Test
  void updateSendsFieldsExtrasAndExplicitNulls() {
    ghl.enqueue(200, "{\"succeeded\":true,\"contact\":{\"id\":\"c1\"}}");

    ghl.client()
        .contacts()
        .update(
            "c1",
            UpdateContactRequest.builder()
                .email("ada@example.com")
                .extraField("newApiField", false)
                .clearAssignedTo()
                .build());

    MockGhl.assertJsonBody(
        ghl.take("PUT", "/contacts/c1"),
        """
        {"email":"ada@example.com","newApiField":false,"assignedTo":null}
        """);
  }

  @Test
  void extraFieldRefusesKnownNamesAndBlankNamesAndNullRemovesIt() {
    assertThatThrownBy(() -> ContactFields.builder().extraField("email", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'email'")
        .hasMessageContaining("email(..)");
    assertThatThrownBy(() -> UpsertContactRequest.builder().extraField("companyName", "x"))
        .hasMessageContaining("companyName(..)");
    assertThatThrownBy(() -> ContactFields.builder().extraField(" ", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("extraField name");

    ContactFields fields = ContactFields.builder().extraField("a", 1).extraField("a", null).build();

    assertThat(fields.extraFields()).isEmpty();
  }

  @Test
  void toBuilderKeepsEverythingAndChangesOnlyWhatIsSet() {
    UpsertContactRequest upsert =
        UpsertContactRequest.builder()
            .locationId("loc-1")
            .email("ada@example.com")
            .gender("female")
            .createNewIfDuplicateAllowed(true)
            .extraField("x", "y")
            .build();

    UpsertContactRequest changed = upsert.toBuilder().phone("+441234567890").build();

    assertThat(upsert.toBuilder().build()).isEqualTo(upsert);
    assertThat(changed.fields().phone()).contains("+441234567890");
    assertThat(changed.fields().email()).contains("ada@example.com");
    assertThat(changed.fields().extraFields()).containsEntry("x", "y");
    assertThat(changed.createNewIfDuplicateAllowed()).contains(true);
    assertThat(upsert.withLocationId("loc-2").locationId()).contains("loc-2");
    assertThat(upsert.withLocationId("loc-2").gender()).contains("female");

    UpdateContactRequest update =
        UpdateContactRequest.builder().firstName("Ada").clearAssignedTo().build();
    assertThat(update.toBuilder().build()).isEqualTo(update);
    CreateContactRequest create = CreateContactRequest.builder().name("Ada").build();
    assertThat(create.toBuilder().build()).isEqualTo(create);
    assertThat(create.fields().toBuilder().build()).isEqualTo(create.fields());
  }

  @Test
  void aResponseWithoutAnIdIsRefusedWithAClearError() {
    ghl.enqueue(200, "{\"contact\":{\"firstName\":\"Ada\"}}");

    assertThatThrownBy(() -> ghl.client().contacts().get("c1"))
        .hasStackTraceContaining("GHL returned a contact without an id");
  }
}
