package io.ghlsync.testkit.ghl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeedingTest {

  @Test
  void seededContactsAreTheSameForTheSameSeedAndDifferForAnother() {
    try (FakeGhl a = FakeGhl.builder().seed(11).start();
        FakeGhl b = FakeGhl.builder().seed(11).start();
        FakeGhl c = FakeGhl.builder().seed(12).start()) {
      String idA = a.location("l").seedContacts(100).seededContactId(42);
      String idB = b.location("l").seedContacts(100).seededContactId(42);
      String idC = c.location("l").seedContacts(100).seededContactId(42);

      Map<String, Object> contactA = a.location("l").contact(idA).orElseThrow();
      Map<String, Object> contactB = b.location("l").contact(idB).orElseThrow();
      assertThat(idA).isEqualTo(idB).isNotEqualTo(idC).hasSize(20);
      assertThat(contactA).isEqualTo(contactB).containsKeys("firstName", "lastName", "email");
      assertThat(contactA.get("email").toString()).contains("42@example.");
      assertThat(contactA.get("dateAdded")).isEqualTo("2023-12-31T23:02:00.000Z");
      assertThat(a.location("l").tasks(idA)).isEqualTo(b.location("l").tasks(idB));
    }
  }

  @Test
  void aMillionSeededContactsAreServedWithoutBuildingThemUpFront() {
    try (FakeGhl ghl = FakeGhl.builder().seed(1).start()) {
      FakeGhlLocation location = ghl.location("huge").seedContacts(1_000_000);
      GhlHttp http = new GhlHttp(ghl, location.privateToken("contacts.readonly", "contacts.write"));
      String last = location.seededContactId(999_999);

      assertThat(location.contactCount()).isEqualTo(1_000_000);
      assertThat(http.get("/contacts/" + last).object("contact")).containsEntry("id", last);
      assertThat(http.get("/contacts/" + location.seededContactId(2) + "/tasks").list("tasks"))
          .hasSize(2);
      assertThat(http.get("/contacts/" + location.seededContactId(3) + "/notes").list("notes"))
          .hasSize(1);
      GhlHttp.Reply page =
          http.post(
              "/contacts/search",
              Map.of(
                  "locationId",
                  "huge",
                  "pageLimit",
                  100,
                  "sort",
                  List.of(Map.of("field", "dateAdded", "direction", "desc"))));
      assertThat(page.list("contacts")).hasSize(100);
      assertThat(page.list("contacts").get(0)).containsEntry("id", last);
      assertThat(page.json()).containsEntry("total", 1_000_000.0);
      String email = (String) location.contact(last).orElseThrow().get("email");
      assertThat(
              http.get("/contacts/search/duplicate?locationId=huge&email=" + email)
                  .object("contact"))
          .containsEntry("id", last);
    }
  }

  @Test
  void writingASeededContactMaterialisesItAndKeepsItsTasks() {
    try (FakeGhl ghl = FakeGhl.builder().seed(1).start()) {
      FakeGhlLocation location = ghl.location("l").seedContacts(50);
      GhlHttp http = new GhlHttp(ghl, location.privateToken("contacts.readonly", "contacts.write"));
      String id = location.seededContactId(5);
      String phone = (String) location.contact(id).orElseThrow().get("phone");
      List<Map<String, Object>> tasks = location.tasks(id);
      assertThat(tasks).hasSize(2);

      http.put("/contacts/" + id, Map.of("firstName", "Changed", "phone", "+15559999999"));
      http.put(
          "/contacts/" + id + "/tasks/" + tasks.get(0).get("id") + "/completed",
          Map.of("completed", true));
      http.delete("/contacts/" + location.seededContactId(6));

      assertThat(location.contact(id).orElseThrow()).containsEntry("firstName", "Changed");
      assertThat(location.tasks(id)).hasSize(2);
      assertThat(location.tasks(id).get(0)).containsEntry("completed", true);
      assertThat(location.contactCount()).isEqualTo(49);
      assertThat(
              http.get(
                      "/contacts/search/duplicate?locationId=l&number=" + phone.replace("+", "%2B"))
                  .body())
          .isEqualTo("{\"contact\":null}");
      GhlHttp.Reply all =
          http.post("/contacts/search", Map.of("locationId", "l", "pageLimit", 100));
      assertThat(all.list("contacts")).hasSize(49);
      assertThat(all.list("contacts").get(5)).containsEntry("firstName", "Changed");
    }
  }

  @Test
  void seedingTwiceOrWithBadFieldsFailsWithTheReason() {
    try (FakeGhl ghl = FakeGhl.start()) {
      FakeGhlLocation location = ghl.location("l").seedContacts(1);
      assertThatThrownBy(() -> location.seedContacts(1)).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> location.seededContactId(1))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> location.createContact(Map.of("shoeSize", 44)))
          .hasMessageContaining("property shoeSize should not exist");
      assertThatThrownBy(() -> location.duplicateMatchOrder("name"))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> location.addAppointment("missing", Map.of()))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> ghl.location(" ")).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> ghl.location("other").seededContactId(0))
          .isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void seedsExactlyTheAskedNumberOfTasksAndNotesPerContact() {
    try (FakeGhl ghl = FakeGhl.start()) {
      FakeGhlLocation location = ghl.location("l").seedContacts(30, 2, 3);
      for (int i = 0; i < 30; i++) {
        String id = location.seededContactId(i);
        assertThat(location.tasks(id)).hasSize(2);
        assertThat(location.notes(id)).hasSize(3);
        assertThat(location.tasks(id)).extracting(t -> t.get("id")).doesNotHaveDuplicates();
      }
      FakeGhlLocation none = ghl.location("none").seedContacts(5, 0, 0);
      assertThat(none.tasks(none.seededContactId(4))).isEmpty();
      assertThat(none.notes(none.seededContactId(4))).isEmpty();
      assertThatThrownBy(() -> ghl.location("bad").seedContacts(5, -1, 0))
          .hasMessageContaining("tasksPerContact must be within 0 and 100");
      assertThatThrownBy(() -> ghl.location("bad").seedContacts(5, 0, 101))
          .hasMessageContaining("notesPerContact must be within 0 and 100");
    }
  }
}
