package io.ghlsync.onoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.ghlsync.core.NotFoundException;
import io.ghlsync.core.RetryConfig;
import io.ghlsync.onoffice.model.Activity;
import io.ghlsync.onoffice.model.Address;
import io.ghlsync.onoffice.model.AddressChanges;
import io.ghlsync.onoffice.model.AddressQuery;
import io.ghlsync.onoffice.model.ContactType;
import io.ghlsync.onoffice.model.Filter;
import io.ghlsync.onoffice.model.FilterOperator;
import io.ghlsync.onoffice.model.NewActivity;
import io.ghlsync.onoffice.model.NewAddress;
import io.ghlsync.onoffice.model.NewTask;
import io.ghlsync.onoffice.model.RelationType;
import io.ghlsync.onoffice.model.SortOrder;
import io.ghlsync.onoffice.model.Task;
import io.ghlsync.onoffice.model.TaskChanges;
import io.ghlsync.onoffice.model.TaskPriority;
import io.ghlsync.onoffice.model.TaskStatus;
import io.ghlsync.testkit.TestClock;
import io.ghlsync.testkit.onoffice.FakeOnOffice;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeOnOfficeRoundTripTest {
  private final TestClock clock = TestClock.at(Instant.parse("2025-03-01T10:00:00Z"));
  private final FakeOnOffice fake = FakeOnOffice.builder().clock(clock).start();
  private final OnOfficeClient client = client(fake);

  private OnOfficeClient client(FakeOnOffice server) {
    return OnOfficeClient.builder()
        .baseUrl(server.url())
        .token(server.token())
        .secret(server.secret())
        .clock(clock)
        .config(c -> c.retry(new RetryConfig(3, Duration.ofMillis(5), Duration.ofMillis(20), 0)))
        .build();
  }

  @AfterEach
  void close() {
    fake.close();
  }

  @Test
  void createsFindsModifiesAndArchivesAnAddress() {
    long id =
        client
            .addresses()
            .create(
                NewAddress.builder()
                    .vorname("Max")
                    .name("Mustermann")
                    .email("max@example.de")
                    .contact(ContactType.EMAIL_BUSINESS, "max@work.example")
                    .mobile("0170 1")
                    .checkDuplicate(true)
                    .build());

    Address found = client.addresses().findByEmail("max@work.example").get(0);
    assertThat(found.id()).isEqualTo(id);
    assertThat(found.mainEmail()).hasValue("max@example.de");
    assertThat(found.emails())
        .extracting("value")
        .containsExactly("max@example.de", "max@work.example");
    assertThat(client.addresses().findByPhone("0170 1"))
        .extracting(Address::id)
        .containsExactly(id);

    client
        .addresses()
        .update(
            id,
            AddressChanges.builder()
                .field("Ort", "Aachen")
                .modifyContact(ContactType.EMAIL, "max@example.de", "max@new.example", true)
                .addContact(ContactType.PHONE, "0241 5", false)
                .build());
    client.addresses().archive(id);

    Address after =
        client.addresses().get(id, List.of("Ort", "Status", "email", "phone")).orElseThrow();
    assertThat(after.fields().string("Ort")).hasValue("Aachen");
    assertThat(after.archived()).isTrue();
    assertThat(after.emails()).extracting("value").contains("max@new.example");
    assertThat(after.phones()).extracting("value").containsExactly("0241 5");
    assertThat(fake.store().address(id)).get().extracting(m -> m.get("Status")).isEqualTo(0L);
  }

  @Test
  void checkDuplicateUpdatesTheExistingAddress() {
    long first = fake.store().seedAddress(Map.of("Name", "Alt", "email", "dup@example.de"));

    long second =
        client
            .addresses()
            .create(
                NewAddress.builder()
                    .name("Neu")
                    .email("dup@example.de")
                    .checkDuplicate(true)
                    .build());

    assertThat(second).isEqualTo(first);
    assertThat(client.addresses().findByEmail("dup@example.de"))
        .singleElement()
        .extracting(a -> a.lastName().orElseThrow())
        .isEqualTo("Neu");
  }

  @Test
  void streamsAllAddressesPageByPageAndReadsChangesSince() {
    fake.store().seedAddresses(7);
    clock.advance(Duration.ofHours(2));
    long changed = fake.store().seedAddress(Map.of("Name", "Later"));

    List<Address> all =
        client
            .addresses()
            .searchAll(
                AddressQuery.builder()
                    .data("Name")
                    .listlimit(3)
                    .sortby("Name", SortOrder.ASC)
                    .build())
            .toList();

    assertThat(all).hasSize(8);
    assertThat(fake.journal().count("read-address")).isEqualTo(3);
    assertThat(
            client.addresses().changedSince(LocalDateTime.of(2025, 3, 1, 12, 0), List.of("Name")))
        .extracting(Address::id)
        .containsExactly(changed);
    assertThat(
            client
                .addresses()
                .search(
                    AddressQuery.builder()
                        .filter(Filter.where("Name", FilterOperator.LIKE, "%mann"))
                        .build())
                .total())
        .hasValue(7);
  }

  @Test
  void createsReadsAndModifiesTasksOfAnAddress() {
    long address = fake.store().seedAddress(Map.of("Name", "Kunde"));

    long task =
        client
            .tasks()
            .create(
                NewTask.builder()
                    .betreff("Call back")
                    .prio(TaskPriority.HIGH)
                    .relatedAddressId(address)
                    .build());
    client
        .tasks()
        .update(task, TaskChanges.builder().status(TaskStatus.COMPLETED).erledigt(true).build());

    Task read = client.tasks().get(task).orElseThrow();
    assertThat(read.subject()).hasValue("Call back");
    assertThat(read.priority()).hasValue(TaskPriority.HIGH);
    assertThat(read.status()).hasValue(TaskStatus.COMPLETED);
    assertThat(read.done()).isTrue();
    assertThat(client.tasks().forAddress(address))
        .singleElement()
        .extracting(Task::relatedAddressIds)
        .isEqualTo(List.of(address));
    assertThat(client.relations().childIds(RelationType.TASK_ADDRESS, List.of(task)))
        .containsEntry(task, List.of(address));
    assertThat(catchThrowableOfType(NotFoundException.class, () -> client.tasks().get(99999)))
        .isNotNull();
  }

  @Test
  void appendsNotesAndReadsHistoryNewestFirst() {
    long address = fake.store().seedAddress(Map.of("Name", "Kunde"));
    client
        .activities()
        .create(
            NewActivity.builder()
                .addressids(List.of(address))
                .actionkind("Email")
                .note("first")
                .datetime(LocalDateTime.of(2025, 1, 1, 9, 0))
                .build());
    client.activities().appendNote(address, "Notiz", "second");

    List<Activity> history = client.activities().history(address).toList();

    assertThat(history).extracting(a -> a.note().orElseThrow()).containsExactly("second", "first");
    assertThat(history.get(0).addressIds()).containsExactly(address);
    assertThat(
            client
                .relations()
                .parentIds(RelationType.AGENTSLOG_ADDRESS, List.of(address))
                .get(address))
        .hasSize(2);
  }

  @Test
  void createsAndDeletesRelations() {
    long main = fake.store().seedAddress(Map.of("Name", "Firma"));
    long contact = fake.store().seedAddress(Map.of("Name", "Person"));

    client
        .relations()
        .create(RelationType.ADDRESS_CONTACT_ADDRESS, List.of(main), List.of(contact));
    assertThat(client.relations().childIds(RelationType.ADDRESS_CONTACT_ADDRESS, List.of(main)))
        .containsEntry(main, List.of(contact));
    client.relations().delete(RelationType.ADDRESS_CONTACT_ADDRESS, main, contact);

    assertThat(client.relations().childIds(RelationType.ADDRESS_CONTACT_ADDRESS, List.of(main)))
        .isEmpty();
  }
}
