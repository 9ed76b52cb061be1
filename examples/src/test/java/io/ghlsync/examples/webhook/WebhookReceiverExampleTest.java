package io.ghlsync.examples.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.ghl.GhlClient;
import io.ghlsync.ghl.model.CreateContactRequest;
import io.ghlsync.testkit.ghl.FakeGhl;
import io.ghlsync.testkit.ghl.FakeGhlLocation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebhookReceiverExampleTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private WebhookReceiverExample.Outcome run(String... args) {
    return WebhookReceiverExample.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void fakeRunAcceptsEveryEventReportsTheDuplicateAndRejectsTheForgery() {
    WebhookReceiverExample.Outcome outcome = run("--fake");

    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(outcome.exitCode()).isZero();
    WebhookTally tally = outcome.tally().orElseThrow();
    // create contact, its update and tag update, task create and complete, note create
    assertThat(tally.accepted()).isEqualTo(6);
    assertThat(tally.duplicates()).isEqualTo(1);
    assertThat(tally.rejected()).isEqualTo(1);
    assertThat(tally.listenerFailures()).isZero();
    assertThat(out())
        .contains("200 accepted   ContactCreate", "200 accepted   TaskComplete")
        .contains("200 accepted   NoteCreate")
        .contains("200 duplicate  webhookId=")
        .contains("401 rejected   BAD_SIGNATURE")
        .contains("Webhooks: 6 accepted, 1 duplicate (reported, not processed again), 1 rejected.")
        .doesNotContain("ada@example.com");
  }

  @Test
  void realReceiverVerifiesDeliveriesSignedWithAConfiguredKey(@TempDir Path dir) throws Exception {
    try (FakeGhl ghl = FakeGhl.builder().start()) {
      Path pem = dir.resolve("ghl-key.pem");
      Files.writeString(pem, ghl.webhooks().publicKeyPem());
      WebhookReceiverExample.Outcome outcome =
          run("--port", "0", "--path", "hooks", "--public-key", pem.toString());
      try (WebhookReceiver receiver = outcome.serving().orElseThrow()) {
        ghl.webhooks().register(receiver.url());
        FakeGhlLocation location = ghl.location("ReceiverLocation0001");
        GhlClient.builder()
            .baseUrl(ghl.baseUrl())
            .privateIntegrationToken(location.privateToken("contacts.readonly", "contacts.write"))
            .locationId("ReceiverLocation0001")
            .build()
            .contacts()
            .create(CreateContactRequest.builder().firstName("Ada").build());

        assertThat(ghl.webhooks().awaitDeliveries(1, Duration.ofSeconds(10))).isTrue();
        assertThat(ghl.webhooks().deliveries().get(0).status()).isEqualTo(200);
        assertThat(receiver.url().getPath()).isEqualTo("/hooks");
        // The receiver answers first and prints afterwards.
        awaitOutput("200 accepted   ContactCreate  location=ReceiverLocation0001");
        assertThat(out()).contains("Listening for GHL webhooks at " + receiver.url());
      }
    }
  }

  @Test
  void realReceiverRefusesUnsignedRequestsUnlessAllowedAndOnlyTakesPosts() throws Exception {
    String body =
        "{\"type\":\"ContactDelete\",\"locationId\":\"loc\",\"id\":\"c1\",\"webhookId\":\"w1\","
            + "\"timestamp\":\""
            + Instant.now()
            + "\"}";
    try (WebhookReceiver strict = run("--port", "0").serving().orElseThrow();
        WebhookReceiver lenient = run("--port", "0", "--allow-unsigned").serving().orElseThrow()) {
      HttpClient http = HttpClient.newHttpClient();

      int unsigned = post(http, strict, body);
      int allowed = post(http, lenient, body);
      int get =
          http.send(
                  HttpRequest.newBuilder(strict.url()).GET().build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode();

      assertThat(unsigned).isEqualTo(401);
      assertThat(allowed).isEqualTo(200);
      assertThat(get).isEqualTo(405);
      awaitOutput("401 rejected");
      awaitOutput("200 accepted   ContactDelete");
    }
  }

  @Test
  void aPortInUseIsReportedAsASetupProblem() {
    try (WebhookReceiver first = run("--port", "0").serving().orElseThrow()) {
      WebhookReceiverExample.Outcome second = run("--port", String.valueOf(first.url().getPort()));

      assertThat(second.exitCode()).isEqualTo(2);
      assertThat(err.toString(StandardCharsets.UTF_8)).contains("choose another --port");
    }
  }

  @Test
  void helpAndBadUsage() {
    assertThat(run("--help").exitCode()).isZero();
    assertThat(run("--port", "x").exitCode()).isEqualTo(2);
    assertThat(run("--public-key", "/nonexistent/key.pem").exitCode()).isEqualTo(2);

    assertThat(out()).contains("Usage: WebhookReceiverExample");
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("--port must be a whole number")
        .contains("cannot read the public key file");
  }

  private void awaitOutput(String text) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!out().contains(text) && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(out()).contains(text);
  }

  private static int post(HttpClient http, WebhookReceiver receiver, String body) throws Exception {
    return http.send(
            HttpRequest.newBuilder(receiver.url())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }
}
