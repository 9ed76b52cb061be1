package io.ghlsync.ghl;

import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.core.Page;
import io.ghlsync.ghl.model.BusinessUpdateResult;
import io.ghlsync.ghl.model.Contact;
import io.ghlsync.ghl.model.ContactList;
import io.ghlsync.ghl.model.CreateContactRequest;
import io.ghlsync.ghl.model.CustomFieldInput;
import io.ghlsync.ghl.model.DndSetting;
import io.ghlsync.ghl.model.DndSettings;
import io.ghlsync.ghl.model.Filter;
import io.ghlsync.ghl.model.FilterGroup;
import io.ghlsync.ghl.model.InboundDndSettings;
import io.ghlsync.ghl.model.ListByBusinessRequest;
import io.ghlsync.ghl.model.ListContactsRequest;
import io.ghlsync.ghl.model.Range;
import io.ghlsync.ghl.model.SearchContactsRequest;
import io.ghlsync.ghl.model.Sort;
import io.ghlsync.ghl.model.UpdateContactRequest;
import io.ghlsync.ghl.model.UpsertContactRequest;
import io.ghlsync.ghl.model.UpsertResult;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ContactsServiceTest {
  private final MockGhl ghl = new MockGhl();
  private final GhlClient client = ghl.client();

  @AfterEach
  void close() {
    ghl.close();
  }

  @Test
  void getReadsTheContactFromTheSpecExample() throws Exception {
    ghl.enqueueFixture(200, "contact-get.json");

    Contact c = client.contacts().get("seD4PfOuKoVMLkEZqohJ");

    RecordedRequest r = ghl.take("GET", "/contacts/seD4PfOuKoVMLkEZqohJ");
    assertThat(r.getBodySize()).isZero();
    assertThat(c.id()).contains("seD4PfOuKoVMLkEZqohJ");
    assertThat(c.email()).contains("rubika@deos.com");
    assertThat(c.phone()).contains("+18832327657");
    assertThat(c.tags()).containsExactly("nisi sint commodo amet", "consequat");
    assertThat(c.dndSettings().flatMap(DndSettings::email).map(DndSetting::status))
        .contains("active");
    assertThat(c.customFields()).hasSize(1);
    assertThat(c.customFields().get(0).asString()).contains("name");
    assertThat(c.attributionSource().flatMap(a -> a.url())).contains("Trigger Link");
    assertThat(c.dateAddedInstant()).contains(Instant.parse("2021-07-02T05:18:26.704Z"));
    assertThat(c.dateOfBirthDate()).isEmpty();
    assertThat(c.isDnd()).isTrue();
  }

  @Test
  void getAsyncCompletesWithTheContact() throws Exception {
    ghl.enqueueFixture(200, "contact-get.json");

    Contact c = client.contacts().getAsync("seD4PfOuKoVMLkEZqohJ").get();

    ghl.take("GET", "/contacts/seD4PfOuKoVMLkEZqohJ");
    assertThat(c.lastName()).contains("Deo");
  }

  @Test
  void createSendsOnlyTheFieldsSetAndTheClientLocation() {
    ghl.enqueueFixture(201, "contact-create.json");

    Contact c =
        client
            .contacts()
            .create(
                CreateContactRequest.builder()
                    .firstName("Rosan")
                    .email("rosan@deos.com")
                    .gender("male")
                    .companyName("DGS VolMAX")
                    .dnd(false)
                    .dndSettings(DndSettings.builder().sms(DndSetting.of("active", "stop")).build())
                    .inboundDndSettings(InboundDndSettings.all("inactive"))
                    .tags("a", "b")
                    .customFields(
                        CustomFieldInput.byId("f1", 100), CustomFieldInput.byKey("k", "x"))
                    .dateOfBirth(LocalDate.of(1990, 9, 25))
                    .build());

    RecordedRequest r = ghl.take("POST", "/contacts/");
    MockGhl.assertJsonBody(
        r,
        """
        {"locationId":"ve9EPM428h8vShlRW1KT","firstName":"Rosan","email":"rosan@deos.com",
         "gender":"male","companyName":"DGS VolMAX","dnd":false,
         "dndSettings":{"SMS":{"status":"active","message":"stop"}},
         "inboundDndSettings":{"all":{"status":"inactive"}},"tags":["a","b"],
         "customFields":[{"id":"f1","field_value":100},{"key":"k","field_value":"x"}],
         "dateOfBirth":"1990-09-25"}
        """);
    assertThat(c.id()).contains("seD4PfOuKoVMLkEZqohJ");
    assertThat(c.birthMonth()).contains(8);
    assertThat(c.deleted()).contains(false);
  }

  @Test
  void updateSendsExplicitNullOnlyForClearedFields() {
    ghl.enqueueFixture(200, "contact-update.json");

    Contact c =
        client
            .contacts()
            .update(
                "seD4PfOuKoVMLkEZqohJ",
                UpdateContactRequest.builder()
                    .phone("+1 888-888-8888")
                    .clearAssignedTo()
                    .email("x@y.z")
                    .clearEmail()
                    .tags(List.of())
                    .build());

    RecordedRequest r = ghl.take("PUT", "/contacts/seD4PfOuKoVMLkEZqohJ");
    assertThat(MockGhl.body(r)).contains("\"assignedTo\":null").contains("\"email\":null");
    MockGhl.assertJsonBody(
        r, "{\"phone\":\"+1 888-888-8888\",\"tags\":[],\"assignedTo\":null,\"email\":null}");
    assertThat(c.firstName()).contains("rubika");
  }

  @Test
  void deleteReportsGhlsMisspeltSuccessFlag() {
    ghl.enqueueFixture(200, "contact-delete.json");

    assertThat(client.contacts().delete("seD4PfOuKoVMLkEZqohJ")).isTrue();

    RecordedRequest r = ghl.take("DELETE", "/contacts/seD4PfOuKoVMLkEZqohJ");
    assertThat(r.getBodySize()).isZero();
  }

  @Test
  void upsertReportsWhetherTheContactWasCreated() {
    ghl.enqueueFixture(200, "contact-upsert.json");

    UpsertResult result =
        client
            .contacts()
            .upsert(
                UpsertContactRequest.builder()
                    .locationId("otherLoc")
                    .email("rosan@deos.com")
                    .createNewIfDuplicateAllowed(false)
                    .build());

    RecordedRequest r = ghl.take("POST", "/contacts/upsert");
    MockGhl.assertJsonBody(
        r,
        "{\"locationId\":\"otherLoc\",\"email\":\"rosan@deos.com\","
            + "\"createNewIfDuplicateAllowed\":false}");
    assertThat(result.created()).isTrue();
    assertThat(result.contact().map(Contact::id)).contains("seD4PfOuKoVMLkEZqohJ");
  }

  @Test
  void searchSendsTypedFiltersAndReturnsAPage() {
    ghl.enqueueFixture(200, "contacts-search.json");

    Page<Contact> page =
        client
            .contacts()
            .search(
                SearchContactsRequest.builder()
                    .pageLimit(50)
                    .page(2)
                    .query("rubika")
                    .filters(
                        Filter.eq("tags", List.of("vip", "lead")),
                        Filter.notEq("type", "customer"),
                        FilterGroup.or(
                            Filter.contains("email", "deos"),
                            Filter.notContains("city", "x"),
                            FilterGroup.and(Filter.exists("phone"), Filter.notExists("dnd"))),
                        Filter.range("dateAdded", Range.gte("2024-01-01").andLt("2024-02-01")))
                    .sort(Sort.desc("dateAdded"), Sort.asc("firstName"))
                    .build());

    RecordedRequest r = ghl.take("POST", "/contacts/search");
    MockGhl.assertJsonBody(
        r,
        """
        {"locationId":"ve9EPM428h8vShlRW1KT","pageLimit":50,"page":2,"query":"rubika",
         "filters":[
           {"field":"tags","operator":"eq","value":["vip","lead"]},
           {"field":"type","operator":"not_eq","value":"customer"},
           {"group":"OR","filters":[
             {"field":"email","operator":"contains","value":"deos"},
             {"field":"city","operator":"not_contains","value":"x"},
             {"group":"AND","filters":[
               {"field":"phone","operator":"exists"},
               {"field":"dnd","operator":"not_exists"}]}]},
           {"field":"dateAdded","operator":"range","value":{"gte":"2024-01-01","lt":"2024-02-01"}}],
         "sort":[{"field":"dateAdded","direction":"desc"},{"field":"firstName","direction":"asc"}]}
        """);
    assertThat(page.items()).hasSize(1);
    assertThat(page.total()).hasValue(1);
    assertThat(page.hasMore()).isFalse();
    assertThat(page.items().get(0).searchAfter()).hasSize(2);
  }

  @Test
  void findDuplicateEncodesEmailAndPhoneInTheQuery() {
    ghl.enqueueFixture(200, "duplicate.json");

    Optional<Contact> found =
        client.contacts().findDuplicate("loc2", "test+abc@gmail.com", "+1423164516");

    ghl.take(
        "GET",
        "/contacts/search/duplicate?locationId=loc2&email=test%2Babc%40gmail.com"
            + "&number=%2B1423164516");
    assertThat(found.map(Contact::id)).contains("seD4PfOuKoVMLkEZqohJ");
  }

  @Test
  void findDuplicateIsEmptyWhenGhlAnswersNullContact() {
    ghl.enqueue(200, "{\"contact\":null}");

    assertThat(client.contacts().findDuplicate("loc2", null, "+49 1512")).isEmpty();

    RecordedRequest r =
        ghl.take("GET", "/contacts/search/duplicate?locationId=loc2&number=%2B49%201512");
    assertThat(r.getUrl().queryParameter("number")).isEqualTo("+49 1512");
  }

  @Test
  void listByBusinessSendsPagingInTheQuery() {
    ghl.enqueueFixture(200, "contacts-by-business.json");

    Page<Contact> page =
        client
            .contacts()
            .listByBusiness(
                "641c094001436dbc2081e642",
                ListByBusinessRequest.builder().limit(10).skip(20).query("john").build());

    ghl.take(
        "GET",
        "/contacts/business/641c094001436dbc2081e642"
            + "?locationId=ve9EPM428h8vShlRW1KT&limit=10&skip=20&query=john");
    assertThat(page.items()).hasSize(1);
    assertThat(page.total()).hasValue(10);
    assertThat(page.hasMore()).isFalse();
    Contact c = page.items().get(0);
    assertThat(c.attributions()).hasSize(1);
    assertThat(c.followers()).containsExactly("641c094001436dbc2081e642");
  }

  @Test
  void setBusinessSendsTheBusinessId() {
    ghl.enqueueFixture(200, "business-update.json");

    BusinessUpdateResult result =
        client.contacts().setBusiness("loc2", List.of("c1", "c2"), "63b7ec34ea409a9a8bd2a4ff");

    RecordedRequest r = ghl.take("POST", "/contacts/bulk/business");
    MockGhl.assertJsonBody(
        r,
        "{\"locationId\":\"loc2\",\"ids\":[\"c1\",\"c2\"],\"businessId\":\"63b7ec34ea409a9a8bd2a4ff\"}");
    assertThat(result.success()).isTrue();
    assertThat(result.ids()).containsExactly("pOC0uJ97VYOKH2m3fkMD");
  }

  @Test
  void setBusinessWithNullSendsAnExplicitNullToUnlink() {
    ghl.enqueueFixture(200, "business-update.json");

    client.contacts().setBusiness("loc2", List.of("c1"), null);

    RecordedRequest r = ghl.take("POST", "/contacts/bulk/business");
    assertThat(MockGhl.body(r)).contains("\"businessId\":null");
    MockGhl.assertJsonBody(r, "{\"locationId\":\"loc2\",\"ids\":[\"c1\"],\"businessId\":null}");
  }

  @Test
  @SuppressWarnings("deprecation")
  void deprecatedListSendsCursorsAndReadsMeta() {
    ghl.enqueueFixture(200, "contacts-list.json");

    ContactList list =
        client
            .contacts()
            .list(
                ListContactsRequest.builder()
                    .startAfterId("yd0jdjOavGk2o6Nh5Ndb")
                    .startAfter(1631087949919L)
                    .query("x")
                    .limit(100)
                    .build());

    ghl.take(
        "GET",
        "/contacts/?locationId=ve9EPM428h8vShlRW1KT&startAfterId=yd0jdjOavGk2o6Nh5Ndb"
            + "&startAfter=1631087949919&query=x&limit=100");
    assertThat(list.contacts()).hasSize(1);
    assertThat(list.count()).contains(10L);
    assertThat(list.meta().flatMap(m -> m.startAfter())).contains(1631087949919L);
    assertThat(list.meta().flatMap(m -> m.prevPage())).contains(1);
  }
}
