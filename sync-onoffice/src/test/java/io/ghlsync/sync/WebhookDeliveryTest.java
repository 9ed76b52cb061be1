package io.ghlsync.sync;

import static io.ghlsync.sync.Sandbox.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.ghlsync.ghl.model.CreateNoteRequest;
import io.ghlsync.ghl.model.UpdateContactRequest;
import io.ghlsync.ghl.webhook.SeenWebhookStore;
import io.ghlsync.ghl.webhook.WebhookEvent;
import io.ghlsync.ghl.webhook.WebhookHandler;
import io.ghlsync.ghl.webhook.WebhookKeys;
import io.ghlsync.ghl.webhook.WebhookResult;
import io.ghlsync.testkit.onoffice.ReceivedAction;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookDeliveryTest {
  /** Lets every delivery through, so that the engine's own duplicate detection is exercised. */
  private static final SeenWebhookStore NO_DEDUPE =
      new SeenWebhookStore() {
        @Override
        public boolean markSeen(String webhookId, Instant receivedAt) {
          return true;
        }

        @Override
        public void forget(String webhookId) {}
      };

  @Test
  void duplicateAndOutOfOrderWebhooksChangeNothingExtra() throws Exception {
    try (Sandbox s = new Sandbox(30);
        SyncEngine engine = s.onOfficeEngine().build()) {
      engine.backfill(LOCATION);
      engine.runPending();
      List<SubmitResult> submitted = Collections.synchronizedList(new ArrayList<>());
      WebhookHandler handler =
          WebhookHandler.builder()
              .keys(WebhookKeys.none().withEd25519(s.ghl.webhooks().publicKey()))
              .seenStore(NO_DEDUPE)
              .build();
      handler.on(WebhookEvent.class, e -> submitted.add(engine.submit(e)));
      HttpServer receiver =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      receiver.createContext(
          "/hook",
          ex -> {
            byte[] body = ex.getRequestBody().readAllBytes();
            WebhookResult r = handler.handle(ex.getRequestHeaders(), body);
            ex.sendResponseHeaders(r.httpStatus(), -1);
            ex.close();
          });
      receiver.start();
      try {
        s.ghl
            .webhooks()
            .register(URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook"))
            .duplicateEach(true)
            .hold();
        List<String> ids = s.contactIds(30);
        String renamed = ids.get(3);
        String annotated = ids.get(4);
        String withTask = ids.get(1);
        Map<String, Object> task = s.location.tasks(withTask).get(0);
        s.ghlClient
            .contacts()
            .update(renamed, UpdateContactRequest.builder().firstName("One").build());
        s.ghlClient
            .contacts()
            .update(renamed, UpdateContactRequest.builder().firstName("Two").build());
        s.ghlClient
            .notes()
            .create(annotated, CreateNoteRequest.builder().body("Fresh note.").build());
        s.ghlClient
            .tasks()
            .complete(
                withTask,
                String.valueOf(task.get("id")),
                !Boolean.TRUE.equals(task.get("completed")));
        int actionsBefore = s.onOffice.receivedActions().size();

        s.ghl.webhooks().releaseReversed();
        assertThat(s.ghl.webhooks().awaitDeliveries(8, Duration.ofSeconds(20))).isTrue();
        Thread.sleep(200);
        engine.runPending();

        List<ReceivedAction> writes =
            s
                .onOffice
                .receivedActions()
                .subList(actionsBefore, s.onOffice.receivedActions().size())
                .stream()
                .filter(a -> !a.action().equals("read"))
                .toList();
        assertThat(submitted).hasSizeGreaterThanOrEqualTo(8);
        long queued =
            submitted.stream().filter(r -> r.status() == SubmitResult.Status.QUEUED).count();
        long duplicates =
            submitted.stream().filter(r -> r.status() == SubmitResult.Status.DUPLICATE).count();
        assertThat(duplicates).isEqualTo(queued);
        assertThat(writes)
            .extracting(a -> a.action() + " " + a.resourceType())
            .containsExactlyInAnyOrder(
                "modify address", "create agentslog", "modify address", "modify task");
        Map<String, Object> renamedAddress =
            s.onOffice.addresses().stream()
                .filter(
                    a ->
                        OnOfficeEndToEndTest.emails(a)
                            .contains(
                                String.valueOf(
                                    s.location.contact(renamed).orElseThrow().get("email"))))
                .findFirst()
                .orElseThrow();
        assertThat(renamedAddress).containsEntry("Vorname", "Two");
        assertThat(engine.queueStats().isIdle()).isTrue();
      } finally {
        receiver.stop(0);
      }
    }
  }
}
