package io.ghlsync.examples.webhook;

import io.ghlsync.examples.cli.ExampleFailure;
import io.ghlsync.ghl.GhlClient;
import io.ghlsync.ghl.model.Contact;
import io.ghlsync.ghl.model.CreateContactRequest;
import io.ghlsync.ghl.model.CreateNoteRequest;
import io.ghlsync.ghl.model.CreateTaskRequest;
import io.ghlsync.ghl.model.Task;
import io.ghlsync.ghl.model.UpdateContactRequest;
import io.ghlsync.ghl.webhook.WebhookHandler;
import io.ghlsync.ghl.webhook.WebhookKeys;
import io.ghlsync.testkit.ghl.FakeGhl;
import io.ghlsync.testkit.ghl.FakeGhlLocation;
import io.ghlsync.testkit.ghl.WebhookDelivery;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/**
 * The receiver example's {@code --fake} run: an embedded fake GHL signs and sends the events of a
 * few API changes to the receiver, delivers one of them a second time, and a forged copy (body
 * changed, signature kept) is posted as well.
 */
final class FakeGhlDeliveries {
  private static final String LOCATION = "WebhookDemoLocation1";
  private static final Duration WAIT = Duration.ofSeconds(20);

  private FakeGhlDeliveries() {}

  /**
   * Runs the scenario.
   *
   * @param options the command line (path)
   * @param out where to print
   * @return the verdicts
   */
  static WebhookTally run(ReceiverOptions options, PrintStream out) {
    try (FakeGhl ghl = FakeGhl.builder().start()) {
      FakeGhlLocation location = ghl.location(LOCATION);
      GhlClient client =
          GhlClient.builder()
              .baseUrl(ghl.baseUrl())
              .privateIntegrationToken(location.privateToken("contacts.readonly", "contacts.write"))
              .locationId(LOCATION)
              .build();
      WebhookHandler handler =
          WebhookHandler.builder()
              .keys(WebhookKeys.none().withEd25519(ghl.webhooks().publicKey()))
              .build();
      WebhookTally tally = new WebhookTally();
      EventPrinter printer = new EventPrinter(out);
      InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
      try (WebhookReceiver receiver =
          WebhookReceiver.start(
              loopback,
              options.path(),
              handler,
              r -> {
                printer.accept(r);
                tally.accept(r);
              })) {
        ghl.webhooks().register(receiver.url());
        out.println(
            "Receiver listening at "
                + receiver.url()
                + "; the fake GHL at "
                + ghl.baseUrl()
                + " sends it signed events (X-GHL-Signature, Ed25519).");
        out.println(
            "Changes made through the GHL API (create a contact, tag it, add and complete"
                + " a task, add a note); the receiver prints what arrives:");
        Contact contact =
            client
                .contacts()
                .create(
                    CreateContactRequest.builder()
                        .firstName("Ada")
                        .lastName("Lovelace")
                        .email("ada@example.com")
                        .build());
        String contactId = contact.id();
        client
            .contacts()
            .update(contactId, UpdateContactRequest.builder().tags(List.of("vip")).build());
        Task task =
            client
                .tasks()
                .create(
                    contactId,
                    CreateTaskRequest.builder()
                        .title("Call back about the offer")
                        .dueDate(Instant.now().plus(Duration.ofDays(1)))
                        .build());
        client.tasks().complete(contactId, task.id(), true);
        client
            .notes()
            .create(contactId, CreateNoteRequest.builder().body("Prefers e-mail.").build());
        WebhookDelivery first = firstDelivery(ghl, tally);
        ghl.webhooks().redeliver(first.webhookId());
        await(tally, t -> t.duplicates() >= 1, "the repeated delivery");
        out.println("A forged copy of the first event (body changed, signature kept):");
        int status = postForged(receiver, first);
        await(tally, t -> t.rejected() >= 1, "the forged delivery");
        if (status != 401) {
          throw ExampleFailure.run(
              "the forged delivery was answered " + status + " instead of 401", null);
        }
      }
      out.println();
      out.println("Webhooks: " + tally.describe() + ".");
      return tally;
    }
  }

  private static WebhookDelivery firstDelivery(FakeGhl ghl, WebhookTally tally) {
    await(tally, t -> t.total() >= 1, "the first delivery");
    return ghl.webhooks().deliveries().get(0);
  }

  private static void await(WebhookTally tally, Predicate<WebhookTally> condition, String what) {
    try {
      if (!tally.awaitUntil(condition, WAIT)) {
        throw ExampleFailure.run(what + " did not arrive within " + WAIT, null);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ExampleFailure.run("interrupted while waiting for " + what, e);
    }
  }

  private static int postForged(WebhookReceiver receiver, WebhookDelivery original) {
    String body = original.body();
    String forged = body.contains("Ada") ? body.replaceFirst("Ada", "Eve") : body + " ";
    HttpRequest request =
        HttpRequest.newBuilder(receiver.url())
            .header("Content-Type", "application/json")
            .header("X-GHL-Signature", original.signature())
            .POST(HttpRequest.BodyPublishers.ofString(forged))
            .build();
    try {
      return HttpClient.newHttpClient()
          .send(request, HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      throw ExampleFailure.run("could not post to the receiver: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ExampleFailure.run("interrupted while posting to the receiver", e);
    }
  }
}
