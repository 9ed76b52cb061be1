package io.ghlsync.testkit.ghl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghlsync.testkit.JsonText;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookTest {
  private final MockWebServer receiver = new MockWebServer();
  private FakeGhl ghl;
  private FakeGhlLocation location;
  private GhlHttp http;

  @BeforeEach
  void start() throws Exception {
    receiver.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return new MockResponse.Builder().code(200).build();
          }
        });
    receiver.start(InetAddress.getLoopbackAddress(), 0);
    ghl = FakeGhl.builder().seed(5).start();
    ghl.webhooks().register(URI.create(receiver.url("/hooks").toString()));
    location = ghl.location("loc-1");
    http = new GhlHttp(ghl, location.privateToken("contacts.readonly", "contacts.write"));
  }

  @AfterEach
  void stop() {
    ghl.close();
    receiver.close();
  }

  private List<WebhookDelivery> await(int count) {
    assertThat(ghl.webhooks().awaitDeliveries(count, Duration.ofSeconds(10))).isTrue();
    return ghl.webhooks().deliveries();
  }

  @Test
  void contactCreateIsDeliveredSignedWithEd25519OverTheExactBody() throws Exception {
    String id =
        (String)
            http.post("/contacts/", Map.of("locationId", "loc-1", "email", "w@example.com"))
                .object("contact")
                .get("id");

    RecordedRequest request = receiver.takeRequest();
    byte[] body = request.getBody().toByteArray();
    String signature = request.getHeaders().get("X-GHL-Signature");
    assertThat(verify(ghl.webhooks().publicKey(), body, signature)).isTrue();
    assertThat(verify(fromPem(ghl.webhooks().publicKeyPem()), body, signature)).isTrue();
    Map<String, Object> payload = JsonText.parseObject(new String(body, StandardCharsets.UTF_8));
    assertThat(payload)
        .containsEntry("type", "ContactCreate")
        .containsEntry("locationId", "loc-1")
        .containsEntry("id", id)
        .containsEntry("email", "w@example.com")
        .containsKeys("timestamp", "webhookId", "tags", "customFields", "attachments");
    assertThat(await(1).get(0).status()).isEqualTo(200);
    assertThat(ghl.webhooks().sign(body)).isEqualTo(signature);
  }

  @Test
  void taskNoteTagDndAndDeleteChangesPublishTheirEvents() {
    String id = location.createContact(Map.of("firstName", "Ev"));
    String task =
        (String)
            http.post(
                    "/contacts/" + id + "/tasks",
                    Map.of("title", "T", "dueDate", "2025-01-02T00:00:00Z", "completed", false))
                .object("task")
                .get("id");
    http.put("/contacts/" + id + "/tasks/" + task + "/completed", Map.of("completed", true));
    http.post("/contacts/" + id + "/notes", Map.of("body", "n"));
    http.post("/contacts/" + id + "/tags", Map.of("tags", List.of("x")));
    http.put("/contacts/" + id, Map.of("dnd", true));
    http.delete("/contacts/" + id);

    List<String> types = await(7).stream().map(WebhookDelivery::type).toList();
    assertThat(types)
        .containsExactly(
            "TaskCreate",
            "TaskComplete",
            "NoteCreate",
            "ContactTagUpdate",
            "ContactUpdate",
            "ContactDndUpdate",
            "ContactDelete");
    Map<String, Object> complete = JsonText.parseObject(ghl.webhooks().deliveries().get(1).body());
    assertThat(complete).containsEntry("contactId", id).doesNotContainKey("completed");
  }

  @Test
  void duplicatesKeepTheWebhookIdAndHeldEventsCanArriveReversed() {
    ghl.webhooks().duplicateEach(true);
    location.createContact(Map.of("firstName", "Du"));
    String id = location.createContact(Map.of("firstName", "Dup"));
    http.put("/contacts/" + id, Map.of("city", "Kiel"));
    List<WebhookDelivery> twice = await(2);
    assertThat(twice.get(0).webhookId()).isEqualTo(twice.get(1).webhookId());
    assertThat(twice.get(0).body()).isEqualTo(twice.get(1).body());

    ghl.webhooks().duplicateEach(false).hold();
    http.put("/contacts/" + id, Map.of("city", "A"));
    http.put("/contacts/" + id, Map.of("city", "B"));
    assertThat(ghl.webhooks().deliveries()).hasSize(2);
    ghl.webhooks().releaseReversed();
    List<WebhookDelivery> all = await(4);
    assertThat(JsonText.parseObject(all.get(2).body())).containsEntry("city", "B");
    assertThat(JsonText.parseObject(all.get(3).body())).containsEntry("city", "A");

    ghl.webhooks().redeliver(all.get(3).webhookId());
    assertThat(await(5).get(4).body()).isEqualTo(all.get(3).body());
    assertThatThrownBy(() -> ghl.webhooks().redeliver("nope"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void heldEventsCanBeReleasedInOrderOrShuffledAndAppointmentsPublish() {
    String id = location.createContact(Map.of("firstName", "Ap"));
    ghl.webhooks().hold();
    location.addAppointment(id, Map.of("title", "Visit"));
    ghl.webhooks().releaseInOrder();
    Map<String, Object> appointment = JsonText.parseObject(await(1).get(0).body());
    assertThat(appointment).containsEntry("type", "AppointmentCreate");
    assertThat(appointment.get("appointment"))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
        .containsEntry("title", "Visit")
        .containsEntry("contactId", id);

    ghl.webhooks().hold();
    http.post("/contacts/" + id + "/notes", Map.of("body", "1"));
    ghl.webhooks().releaseShuffled(3);
    assertThat(await(2).get(1).type()).isEqualTo("NoteCreate");
    ghl.webhooks().unregister(URI.create(receiver.url("/hooks").toString()));
    http.post("/contacts/" + id + "/notes", Map.of("body", "2"));
    assertThat(ghl.webhooks().deliveries()).hasSize(2);
  }

  private static boolean verify(PublicKey key, byte[] body, String signature) throws Exception {
    Signature verifier = Signature.getInstance("Ed25519");
    verifier.initVerify(key);
    verifier.update(body);
    return verifier.verify(Base64.getDecoder().decode(signature));
  }

  private static PublicKey fromPem(String pem) throws Exception {
    String base64 =
        pem.replace("-----BEGIN PUBLIC KEY-----", "")
            .replace("-----END PUBLIC KEY-----", "")
            .replaceAll("\\s", "");
    return KeyFactory.getInstance("Ed25519")
        .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
  }
}
