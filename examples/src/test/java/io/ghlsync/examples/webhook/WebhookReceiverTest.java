package io.ghlsync.examples.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghlsync.ghl.webhook.WebhookEvent;
import io.ghlsync.ghl.webhook.WebhookHandler;
import io.ghlsync.ghl.webhook.WebhookResult;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class WebhookReceiverTest {
  private static final InetSocketAddress LOOPBACK =
      new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

  private static String body(String webhookId) {
    return "{\"type\":\"NoteDelete\",\"locationId\":\"loc\",\"id\":\"n1\",\"contactId\":\"c1\","
        + "\"webhookId\":\""
        + webhookId
        + "\",\"timestamp\":\""
        + Instant.now()
        + "\"}";
  }

  private static int post(WebhookReceiver receiver, String body) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(receiver.url())
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  @Test
  void aFailingListenerIsAnswered429SoThatGhlDeliversAgain() throws Exception {
    WebhookHandler handler = WebhookHandler.builder().allowUnsignedEvents(true).build();
    handler.on(
        WebhookEvent.class,
        e -> {
          throw new IllegalStateException("queue down");
        });
    List<WebhookResult> seen = new CopyOnWriteArrayList<>();
    WebhookTally tally = new WebhookTally();
    try (WebhookReceiver receiver =
        WebhookReceiver.start(
            LOOPBACK,
            "/hook",
            handler,
            r -> {
              seen.add(r);
              tally.accept(r);
            })) {
      int status = post(receiver, body("w1"));

      assertThat(status).isEqualTo(429);
      assertThat(tally.await(1, Duration.ofSeconds(5))).isTrue();
      assertThat(tally.listenerFailures()).isEqualTo(1);
      assertThat(tally.describe()).contains("1 failed in a listener");
      assertThat(EventPrinter.describe(seen.get(0)))
          .startsWith("429 listener failed  NoteDelete")
          .contains("GHL will deliver it again");
    }
  }

  @Test
  void anObserverThatThrowsDoesNotChangeTheAnswer() throws Exception {
    WebhookHandler handler = WebhookHandler.builder().allowUnsignedEvents(true).build();
    try (WebhookReceiver receiver =
        WebhookReceiver.start(
            LOOPBACK,
            "/hook",
            handler,
            r -> {
              throw new IllegalStateException("printer broken");
            })) {
      assertThat(post(receiver, body("w2"))).isEqualTo(200);
      assertThat(post(receiver, body("w2"))).isEqualTo(200);
    }
  }

  @Test
  void aTallyWaitGivesUpAfterItsTimeout() throws Exception {
    WebhookTally tally = new WebhookTally();

    assertThat(tally.await(1, Duration.ofMillis(20))).isFalse();
    assertThat(tally.describe())
        .isEqualTo("0 accepted, 0 duplicates (reported, not processed again), 0 rejected");
  }

  @Test
  void thePathMustBeAbsolute() {
    assertThatThrownBy(
            () ->
                WebhookReceiver.start(LOOPBACK, "hook", WebhookHandler.builder().build(), r -> {}))
        .hasMessageContaining("path must start with '/'");
  }
}
