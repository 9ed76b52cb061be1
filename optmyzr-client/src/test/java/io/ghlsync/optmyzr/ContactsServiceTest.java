package io.ghlsync.optmyzr;

import static io.ghlsync.optmyzr.Clients.body;
import static io.ghlsync.optmyzr.Clients.contactJson;
import static io.ghlsync.optmyzr.Clients.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.optmyzr.model.Contact;
import io.ghlsync.optmyzr.model.ContactFields;
import io.ghlsync.optmyzr.model.ContactQuery;
import io.ghlsync.optmyzr.model.CursorPage;
import io.ghlsync.optmyzr.model.UpsertResult;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContactsServiceTest {
  private static final String UUID_PATTERN =
      "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  private final MockWebServer server = new MockWebServer();
  private ContactsService contacts;

  @BeforeEach
  void start() throws Exception {
    server.start();
    contacts = Clients.withApiKey(server).contacts();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void createPostsSnakeCaseBodyWithApiKeyAndGeneratedIdempotencyKey() throws Exception {
    server.enqueue(json(201, contactJson("ct_1")));

    Contact created =
        contacts.create(
            ContactFields.builder()
                .email(" ana@example.com ")
                .phone("+49 (151) 123-45678")
                .firstName("Ana")
                .leadScore(12)
                .tags(List.of("vip"))
                .customField("plan", "gold")
                .build());

    RecordedRequest r = server.takeRequest();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/v1/contacts");
    assertThat(r.getHeaders().get("X-API-Key")).isEqualTo(Clients.API_KEY);
    assertThat(r.getHeaders().get("Authorization")).isNull();
    assertThat(r.getHeaders().get("Idempotency-Key")).matches(UUID_PATTERN);
    assertThat(r.getHeaders().get("Accept")).isEqualTo("application/json");
    assertThat(r.getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(body(r))
        .isEqualTo(
            "{\"email\":\"ana@example.com\",\"phone\":\"+4915112345678\",\"first_name\":\"Ana\","
                + "\"lead_score\":12,\"tags\":[\"vip\"],\"custom_fields\":{\"plan\":\"gold\"}}");
    assertThat(created.id()).isEqualTo("ct_1");
    assertThat(created.fields().email()).contains("ana@example.com");
    assertThat(created.fields().lastName()).isEmpty();
    assertThat(created.fields().leadScore()).hasValue(12);
    assertThat(created.fields().customFields()).contains(Map.of("plan", "gold"));
    assertThat(created.createdAt()).contains(Instant.parse("2025-01-02T03:04:05Z"));
    assertThat(created.updatedAt()).contains(Instant.parse("2025-01-03T02:04:05.123Z"));
  }

  @Test
  void eachWriteGetsItsOwnKeyUnlessTheCallerPassesOne() throws Exception {
    server.enqueue(json(201, contactJson("ct_1")));
    server.enqueue(json(201, contactJson("ct_2")));
    server.enqueue(json(201, contactJson("ct_3")));
    ContactFields fields = ContactFields.builder().email("a@b.co").build();

    contacts.create(fields);
    contacts.create(fields);
    contacts.create(fields, IdempotencyKey.of("sync-step-7").options());

    String first = server.takeRequest().getHeaders().get("Idempotency-Key");
    String second = server.takeRequest().getHeaders().get("Idempotency-Key");
    assertThat(first).isNotEqualTo(second);
    assertThat(server.takeRequest().getHeaders().get("Idempotency-Key")).isEqualTo("sync-step-7");
  }

  @Test
  void upsertPutsByExternalIdAndTellsCreatedFromUpdated() throws Exception {
    server.enqueue(json(201, contactJson("ct_1")));
    server.enqueue(json(200, contactJson("ct_1")));
    ContactFields fields = ContactFields.builder().firstName("Ana").build();

    UpsertResult created = contacts.upsertByExternalId("ghl/1 x", fields);
    UpsertResult updated =
        contacts.upsertByExternalId("ghl-1", fields, IdempotencyKey.of("k-2").options());

    RecordedRequest r = server.takeRequest();
    assertThat(r.getMethod()).isEqualTo("PUT");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/v1/contacts/by-external-id/ghl%2F1%20x");
    assertThat(r.getHeaders().get("Idempotency-Key")).matches(UUID_PATTERN);
    assertThat(body(r)).isEqualTo("{\"first_name\":\"Ana\"}");
    assertThat(created.created()).isTrue();
    assertThat(updated.created()).isFalse();
    assertThat(server.takeRequest().getHeaders().get("Idempotency-Key")).isEqualTo("k-2");
  }

  @Test
  void updatePatchesOnlyTheFieldsSet() throws Exception {
    server.enqueue(json(200, contactJson("ct_1")));
    server.enqueue(json(200, contactJson("ct_1")));
    server.enqueue(json(200, contactJson("ct_1")));

    contacts.update("ct_1", ContactFields.builder().company("Acme").lifecycleStage("lead").build());
    contacts.setLeadScore("ct_1", 80);
    contacts.setTags("ct_1", List.of("a", "b"), IdempotencyKey.of("tags-1").options());

    RecordedRequest patch = server.takeRequest();
    assertThat(patch.getMethod()).isEqualTo("PATCH");
    assertThat(patch.getUrl().encodedPath()).isEqualTo("/v1/contacts/ct_1");
    assertThat(body(patch)).isEqualTo("{\"company\":\"Acme\",\"lifecycle_stage\":\"lead\"}");
    RecordedRequest score = server.takeRequest();
    assertThat(body(score)).isEqualTo("{\"lead_score\":80}");
    assertThat(score.getHeaders().get("Idempotency-Key")).matches(UUID_PATTERN);
    RecordedRequest tags = server.takeRequest();
    assertThat(body(tags)).isEqualTo("{\"tags\":[\"a\",\"b\"]}");
    assertThat(tags.getHeaders().get("Idempotency-Key")).isEqualTo("tags-1");
  }

  @Test
  void getReadsOneContactWithoutIdempotencyKey() throws Exception {
    server.enqueue(json(200, contactJson("ct_9")));

    Contact contact = contacts.get("ct_9");

    RecordedRequest r = server.takeRequest();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/v1/contacts/ct_9");
    assertThat(r.getHeaders().get("Idempotency-Key")).isNull();
    assertThat(contact.fields().tags()).contains(List.of("vip"));
    assertThat(contact.toString()).doesNotContain("ana@example.com", "+4915112345678", "Ana");
  }

  @Test
  void listSendsQueryParametersAndReadsTheCursor() throws Exception {
    server.enqueue(
        json(
            200,
            "{\"data\":[" + contactJson("ct_1") + "],\"has_more\":true,\"next_cursor\":\"c2\"}"));

    CursorPage<Contact> page =
        contacts.list(
            ContactQuery.builder()
                .limit(25)
                .cursor("c1")
                .updatedAfter(Instant.parse("2025-01-01T00:00:00Z"))
                .email("Ana@Example.com")
                .build());

    RecordedRequest r = server.takeRequest();
    assertThat(r.getUrl().encodedPath()).isEqualTo("/v1/contacts");
    assertThat(r.getUrl().queryParameter("limit")).isEqualTo("25");
    assertThat(r.getUrl().queryParameter("cursor")).isEqualTo("c1");
    assertThat(r.getUrl().queryParameter("updated_after")).isEqualTo("2025-01-01T00:00:00Z");
    assertThat(r.getUrl().queryParameter("email")).isEqualTo("Ana@Example.com");
    assertThat(page.items()).extracting(Contact::id).containsExactly("ct_1");
    assertThat(page.hasMore()).isTrue();
    assertThat(page.nextCursor()).contains("c2");
    assertThat(page.toPage().hasMore()).isTrue();
  }

  @Test
  void streamFetchesPagesLazilyUntilTheLastOne() throws Exception {
    server.enqueue(
        json(
            200,
            "{\"data\":["
                + contactJson("ct_1")
                + ","
                + contactJson("ct_2")
                + "],\"has_more\":true,\"next_cursor\":\"n2\"}"));
    server.enqueue(
        json(
            200,
            "{\"data\":[" + contactJson("ct_3") + "],\"has_more\":false,\"next_cursor\":null}"));

    Iterator<Contact> it = contacts.listAll(ContactQuery.builder().limit(2).build()).iterator();
    assertThat(it.next().id()).isEqualTo("ct_1");
    assertThat(it.next().id()).isEqualTo("ct_2");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(it.next().id()).isEqualTo("ct_3");
    assertThat(it.hasNext()).isFalse();

    assertThat(server.takeRequest().getUrl().queryParameter("cursor")).isNull();
    RecordedRequest second = server.takeRequest();
    assertThat(second.getUrl().queryParameter("cursor")).isEqualTo("n2");
    assertThat(second.getUrl().queryParameter("limit")).isEqualTo("2");
  }

  @Test
  void hasMoreWithoutCursorEndsTheStream() {
    server.enqueue(json(200, "{\"data\":[" + contactJson("ct_1") + "],\"has_more\":true}"));

    assertThat(contacts.listAll(ContactQuery.all()).map(Contact::id)).containsExactly("ct_1");
  }

  @Test
  void findByEmailAsksForOneMatch() throws Exception {
    server.enqueue(json(200, "{\"data\":[],\"has_more\":false}"));

    assertThat(contacts.findByEmail("x@example.com")).isEmpty();

    RecordedRequest r = server.takeRequest();
    assertThat(r.getUrl().queryParameter("limit")).isEqualTo("1");
    assertThat(r.getUrl().queryParameter("email")).isEqualTo("x@example.com");
  }
}
