package io.ghlsync.ghl.webhook;

import static io.ghlsync.ghl.webhook.WebhookFixtures.ED25519;
import static io.ghlsync.ghl.webhook.WebhookFixtures.documented;
import static io.ghlsync.ghl.webhook.WebhookFixtures.handlerBuilder;
import static io.ghlsync.ghl.webhook.WebhookFixtures.signedHeaders;
import static io.ghlsync.ghl.webhook.WebhookFixtures.stamped;
import static io.ghlsync.ghl.webhook.WebhookFixtures.utf8;
import static io.ghlsync.ghl.webhook.WebhookSignatureTest.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookReplayTest {
  private static final String NOTE = documented("NoteCreate");

  private static WebhookResult send(WebhookHandler handler, String json) {
    byte[] body = utf8(json);
    return handler.handle(signedHeaders(ED25519, body), body);
  }

  @Test
  void rejectsTimestampOlderThanTheReplayWindowPlusSkew() {
    WebhookHandler handler = handlerBuilder().build();

    WebhookResult result = send(handler, stamped(NOTE, "old", "2025-01-28T14:29:59Z"));

    assertRejected(result, RejectionReason.STALE_TIMESTAMP);
    assertThat(((WebhookResult.Rejected) result).message()).contains("older");
  }

  @Test
  void acceptsTimestampsWithinTheWindowAndTheSkewOnBothSides() {
    WebhookHandler handler = handlerBuilder().build();

    assertThat(send(handler, stamped(NOTE, "a", "2025-01-28T14:30:00Z")))
        .isInstanceOf(WebhookResult.Accepted.class);
    assertThat(send(handler, stamped(NOTE, "b", "2025-01-28T14:37:00Z")))
        .isInstanceOf(WebhookResult.Accepted.class);
  }

  @Test
  void rejectsTimestampFurtherInTheFutureThanTheSkew() {
    WebhookResult result =
        send(handlerBuilder().build(), stamped(NOTE, "future", "2025-01-28T14:37:01Z"));

    assertRejected(result, RejectionReason.STALE_TIMESTAMP);
    assertThat(((WebhookResult.Rejected) result).message()).contains("ahead");
  }

  @Test
  void honoursAConfiguredWindowAndSkew() {
    WebhookHandler strict =
        handlerBuilder().replayWindow(Duration.ofSeconds(30)).clockSkew(Duration.ZERO).build();

    assertRejected(
        send(strict, stamped(NOTE, "x", "2025-01-28T14:35:29Z")), RejectionReason.STALE_TIMESTAMP);
    assertThat(send(strict, stamped(NOTE, "y", "2025-01-28T14:35:30Z")))
        .isInstanceOf(WebhookResult.Accepted.class);
  }

  @Test
  void readsEpochMillisecondTimestamps() {
    String json =
        NOTE.replaceFirst(
            "\\{",
            "{\"timestamp\": "
                + Instant.parse("2025-01-28T14:35:00Z").toEpochMilli()
                + ",\"webhookId\": \"ms\",");

    assertThat(send(handlerBuilder().build(), json)).isInstanceOf(WebhookResult.Accepted.class);
  }

  @Test
  void rejectsUnreadableTimestamp() {
    assertRejected(
        send(handlerBuilder().build(), stamped(NOTE, "bad-ts", "yesterday")),
        RejectionReason.INVALID_TIMESTAMP);
  }

  @Test
  void rejectsMissingTimestampUnlessTheHostOptsOut() {
    String json = NOTE.replaceFirst("\\{", "{\"webhookId\": \"no-ts\",");

    assertRejected(send(handlerBuilder().build(), json), RejectionReason.MISSING_TIMESTAMP);
    assertThat(send(handlerBuilder().requireTimestamp(false).build(), json))
        .isInstanceOf(WebhookResult.Accepted.class);
  }

  @Test
  void reportsARedeliveredWebhookIdAsDuplicateWithoutCallingListenersAgain() {
    List<WebhookEvent> seen = new ArrayList<>();
    WebhookHandler handler = handlerBuilder().build().on(WebhookEvent.class, seen::add);
    String json = stamped(NOTE, "wh-dup");

    assertThat(send(handler, json)).isInstanceOf(WebhookResult.Accepted.class);
    WebhookResult again = send(handler, json);

    assertThat(again).isEqualTo(new WebhookResult.Duplicate("wh-dup"));
    assertThat(again.httpStatus()).isEqualTo(200);
    assertThat(seen).hasSize(1);
  }

  @Test
  void rejectsMissingWebhookIdUnlessTheHostOptsOutOfDeduplication() {
    String json = NOTE.replaceFirst("\\{", "{\"timestamp\": \"2025-01-28T14:35:00Z\",");
    WebhookHandler lenient = handlerBuilder().requireWebhookId(false).build();

    assertRejected(send(handlerBuilder().build(), json), RejectionReason.MISSING_WEBHOOK_ID);
    assertThat(send(lenient, json)).isInstanceOf(WebhookResult.Accepted.class);
    assertThat(send(lenient, json)).isInstanceOf(WebhookResult.Accepted.class);
  }

  @Test
  void usesThePluggedSeenStore() {
    InMemorySeenWebhookStore store = new InMemorySeenWebhookStore(10, Duration.ofHours(1));
    store.markSeen("seen-elsewhere", Instant.parse("2025-01-28T14:00:00Z"));
    WebhookHandler handler = handlerBuilder().seenStore(store).build();

    assertThat(send(handler, stamped(NOTE, "seen-elsewhere")))
        .isInstanceOf(WebhookResult.Duplicate.class);
    assertThat(send(handler, stamped(NOTE, "fresh"))).isInstanceOf(WebhookResult.Accepted.class);
    assertThat(store.size()).isEqualTo(2);
  }

  @Test
  void reportsAFailingSeenStoreAsARetryableRejection() {
    SeenWebhookStore broken =
        new SeenWebhookStore() {
          @Override
          public boolean markSeen(String webhookId, Instant receivedAt) {
            throw new IllegalStateException("database down");
          }

          @Override
          public void forget(String webhookId) {}
        };
    WebhookResult result =
        send(handlerBuilder().seenStore(broken).build(), stamped(NOTE, "wh-store"));

    assertRejected(result, RejectionReason.SEEN_STORE_FAILED);
    assertThat(result.httpStatus()).isEqualTo(429);
  }
}
