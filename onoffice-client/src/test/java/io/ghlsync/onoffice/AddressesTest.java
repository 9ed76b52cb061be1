package io.ghlsync.onoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghlsync.core.Page;
import io.ghlsync.onoffice.internal.Fixtures;
import io.ghlsync.onoffice.model.Address;
import io.ghlsync.onoffice.model.AddressChanges;
import io.ghlsync.onoffice.model.AddressQuery;
import io.ghlsync.onoffice.model.ContactType;
import io.ghlsync.onoffice.model.Filter;
import io.ghlsync.onoffice.model.FilterOperator;
import io.ghlsync.onoffice.model.NewAddress;
import io.ghlsync.onoffice.model.SortOrder;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AddressesTest {
  private static final String DEFAULT_DATA =
      "[\"Anrede\",\"Vorname\",\"Name\",\"Zusatz1\",\"Email\",\"Telefon1\",\"Status\",\"Aenderung\","
          + "\"email\",\"phone\",\"mobile\"]";

  private final MockOnOffice mock = new MockOnOffice();

  @AfterEach
  void close() {
    mock.close();
  }

  @Test
  void findsByEmailAcrossAllEntriesAndParsesContactData() {
    mock.enqueue(Fixtures.text("read-address.json"));

    List<Address> found = mock.client.addresses().findByEmail("max@example.de");

    assertThat(mock.takeBody())
        .isEqualTo(
            MockOnOffice.body(
                ActionType.READ,
                "",
                "address",
                "{\"data\":"
                    + DEFAULT_DATA
                    + ",\"filter\":{\"email\":[{\"op\":\"=\",\"val\":\"max@example.de\"}]},"
                    + "\"listlimit\":500,\"listoffset\":0}"));
    Address max = found.get(0);
    assertThat(max.id()).isEqualTo(10505);
    assertThat(max.firstName()).hasValue("Max");
    assertThat(max.status()).hasValue(1);
    assertThat(max.archived()).isFalse();
    assertThat(found.get(1).archived()).isTrue();
    assertThat(max.modifiedAt()).hasValue(LocalDateTime.of(2025, 1, 2, 10, 11, 12));
    assertThat(max.emails()).extracting("entryId").containsExactly(13027L, 13029L);
    assertThat(max.emails().get(0).comment()).isEqualTo("work");
    assertThat(max.phones())
        .extracting("type")
        .containsExactly(ContactType.PHONE, ContactType.MOBILE);
    assertThat(max.fields().strings("ArtDaten")).containsExactly("Kunde", "Interessent");
    assertThat(max.emails().get(0).toString()).doesNotContain("max@example.de");
  }

  @Test
  void findsByPhone() {
    mock.enqueue(MockOnOffice.ok("address", "", "0"));

    assertThat(mock.client.addresses().findByPhone(" 0241 12345 ")).isEmpty();

    assertThat(mock.takeBody())
        .contains("\"filter\":{\"phone\":[{\"op\":\"=\",\"val\":\"0241 12345\"}]}");
  }

  @Test
  void getsByIdWithRecordIds() {
    mock.enqueue(
        MockOnOffice.ok(
            "address",
            "{\"id\":10891,\"type\":\"address\",\"elements\":{\"Vorname\":\"Max\"}}",
            "1"));

    assertThat(mock.client.addresses().get(10891, List.of("Vorname")))
        .map(Address::id)
        .hasValue(10891L);

    assertThat(mock.takeBody())
        .isEqualTo(
            MockOnOffice.body(
                ActionType.READ,
                "",
                "address",
                "{\"data\":[\"Vorname\"],\"listlimit\":1,\"listoffset\":0,\"recordids\":[10891]}"));
  }

  @Test
  void createsWithCheckDuplicateAndReadsTheIdFromAnEmptyElementsArray() {
    mock.enqueue(Fixtures.text("create-address.json"));

    long id =
        mock.client
            .addresses()
            .create(
                NewAddress.builder()
                    .anrede("Herr")
                    .vorname("Max")
                    .name("Mustermann")
                    .email("m.mustermann@example.de")
                    .phone("0241 12345")
                    .defaultContact(ContactType.Channel.PHONE, "0241 12345")
                    .field("Plz", "52074")
                    .field("HerkunftKontakt", List.of("Newsletter"))
                    .checkDuplicate(true)
                    .build());

    assertThat(id).isEqualTo(3144);
    assertThat(mock.takeBody())
        .isEqualTo(
            MockOnOffice.body(
                ActionType.CREATE,
                "",
                "address",
                "{\"Anrede\":\"Herr\",\"HerkunftKontakt\":[\"Newsletter\"],\"Name\":\"Mustermann\","
                    + "\"Plz\":\"52074\",\"Vorname\":\"Max\",\"checkDuplicate\":true,"
                    + "\"default_phone\":\"0241 12345\",\"email\":\"m.mustermann@example.de\","
                    + "\"phone\":\"0241 12345\"}"));
  }

  @Test
  void modifiesFieldsAndContactEntries() {
    mock.enqueue(
        MockOnOffice.ok("address", "{\"id\":32,\"type\":\"address\",\"elements\":[]}", "null"));

    mock.client
        .addresses()
        .update(
            32,
            AddressChanges.builder()
                .name("Muster")
                .addContact(ContactType.EMAIL, "x@y.de", false)
                .modifyContact(ContactType.PHONE, "0049 641 1", "0049 244 2", true)
                .deleteContact(ContactType.FAX, "0241 9")
                .build());

    assertThat(mock.takeBody())
        .isEqualTo(
            MockOnOffice.body(
                ActionType.MODIFY,
                "32",
                "address",
                "{\"Name\":\"Muster\",\"email\":{\"action\":\"add\",\"newvalue\":\"x@y.de\"},"
                    + "\"fax\":{\"action\":\"delete\",\"oldvalue\":\"0241 9\"},"
                    + "\"phone\":{\"action\":\"modify\",\"oldvalue\":\"0049 641 1\","
                    + "\"newvalue\":\"0049 244 2\",\"default\":true}}"));
  }

  @Test
  void archivesBySettingStatusZero() {
    mock.enqueue(MockOnOffice.ok("address", "", "null"));

    mock.client.addresses().archive(77);

    assertThat(mock.takeBody())
        .isEqualTo(MockOnOffice.body(ActionType.MODIFY, "77", "address", "{\"Status\":0}"));
  }

  @Test
  void searchesOnePageWithFilterSortAndTotal() {
    mock.enqueue(Fixtures.text("read-address.json"));

    Page<Address> page =
        mock.client
            .addresses()
            .search(
                AddressQuery.builder()
                    .data("Vorname", "Name")
                    .filter(
                        Filter.where("Name", FilterOperator.LIKE, "Muster%")
                            .and("Status", FilterOperator.IN, List.of(0, 1)))
                    .sortby("Name", SortOrder.DESC)
                    .listlimit(2)
                    .listoffset(0)
                    .build());

    assertThat(page.items()).hasSize(2);
    assertThat(page.total()).hasValue(2);
    assertThat(page.hasMore()).isFalse();
    assertThat(mock.takeBody())
        .contains(
            "\"parameters\":{\"data\":[\"Vorname\",\"Name\"],\"filter\":{\"Name\":[{\"op\":\"like\","
                + "\"val\":\"Muster%\"}],\"Status\":[{\"op\":\"in\",\"val\":[0,1]}]},\"listlimit\":2,"
                + "\"listoffset\":0,\"sortby\":\"Name\",\"sortorder\":\"DESC\"}");
  }

  @Test
  void streamFetchesOnlyThePagesThatAreConsumed() {
    mock.enqueue(
        MockOnOffice.ok(
            "address",
            "{\"id\":100,\"type\":\"address\",\"elements\":{}},"
                + "{\"id\":101,\"type\":\"address\",\"elements\":{}}",
            "5"));

    AddressQuery query = AddressQuery.builder().data("Name").listlimit(2).build();

    assertThat(mock.client.addresses().searchAll(query).limit(2).map(Address::id).toList())
        .containsExactly(100L, 101L);
    assertThat(mock.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void streamReadsOffsetsZeroTwoFour() {
    for (int page = 0; page < 3; page++) {
      mock.enqueue(
          MockOnOffice.ok(
              "address",
              page < 2
                  ? "{\"id\":1,\"type\":\"address\",\"elements\":{}},{\"id\":2,\"type\":\"address\",\"elements\":{}}"
                  : "{\"id\":3,\"type\":\"address\",\"elements\":{}}",
              "5"));
    }

    assertThat(
            mock.client.addresses().searchAll(AddressQuery.builder().listlimit(2).build()).count())
        .isEqualTo(5);

    assertThat(mock.takeBody()).contains("\"listoffset\":0");
    assertThat(mock.takeBody()).contains("\"listoffset\":2");
    assertThat(mock.takeBody()).contains("\"listoffset\":4");
  }

  @Test
  void changedSinceFiltersOnAenderungAscending() {
    mock.enqueue(MockOnOffice.ok("address", "", "0"));

    assertThat(
            mock.client
                .addresses()
                .changedSince(LocalDateTime.of(2025, 1, 1, 0, 0), List.of("Name")))
        .isEmpty();

    assertThat(mock.takeBody())
        .contains(
            "\"parameters\":{\"data\":[\"Name\",\"Aenderung\"],\"filter\":{\"Aenderung\":[{\"op\":\">=\","
                + "\"val\":\"2025-01-01 00:00:00\"}]},\"listlimit\":500,\"listoffset\":0,"
                + "\"sortby\":\"Aenderung\",\"sortorder\":\"ASC\"}");
  }

  @Test
  void badInputFailsBeforeSendingAndNamesTheField() {
    assertThatThrownBy(() -> mock.client.addresses().findByEmail(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("email");
    assertThatThrownBy(() -> AddressQuery.builder().listlimit(501))
        .hasMessageContaining("listlimit");
    assertThatThrownBy(() -> AddressQuery.builder().listlimit(0)).hasMessageContaining("listlimit");
    assertThatThrownBy(() -> AddressQuery.builder().listoffset(-1))
        .hasMessageContaining("listoffset");
    assertThatThrownBy(() -> mock.client.addresses().archive(0)).hasMessageContaining("addressId");
    assertThatThrownBy(() -> mock.client.addresses().get(List.of(), List.of()))
        .hasMessageContaining("recordids");
    assertThat(mock.server.getRequestCount()).isZero();
  }
}
