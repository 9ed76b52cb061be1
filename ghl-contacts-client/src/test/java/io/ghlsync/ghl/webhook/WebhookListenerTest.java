package io.ghlsync.ghl.webhook;

import static io.ghlsync.ghl.webhook.WebhookFixtures.ED25519;
import static io.ghlsync.ghl.webhook.WebhookFixtures.documented;
import static io.ghlsync.ghl.webhook.WebhookFixtures.handlerBuilder;
import static io.ghlsync.ghl.webhook.WebhookFixtures.signedHeaders;
import static io.ghlsync.ghl.webhook.WebhookFixtures.stamped;
import static io.ghlsync.ghl.webhook.WebhookFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.ghl.webhook.WebhookEvent.ContactEvent;
import io.ghlsync.ghl.webhook.WebhookEvent.ContactUpdate;
import io.ghlsync.ghl.webhook.WebhookEvent.NoteCreate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WebhookListenerTest {

  private static WebhookResult send(WebhookHandler handler, String json) {
    byte[] body = utf8(json);
    return handler.handle(signedHeaders(ED25519, body), body);
  }

  @Test
  void callsOnlyListenersWhoseTypeMatchesInRegistrationOrder() {
    List<String> calls = new ArrayList<>();
    WebhookHandler handler =
        handlerBuilder()
            .build()
            .on(ContactUpdate.class, e -> calls.add("update:" + e.contact().id()))
            .on(NoteCreate.class, e -> calls.add("note"))
            .on(ContactEvent.class, e -> calls.add("contact-group"))
            .on(WebhookEvent.class, e -> calls.add("any:" + e.type()));

    send(handler, stamped(documented("ContactUpdate"), "l1"));

    assertThat(calls)
        .containsExactly("update:nmFmQEsNgz6AVpgLVUJ0", "contact-group", "any:ContactUpdate");
  }

  @Test
  void rejectedRequestsNeverReachListeners() {
    AtomicInteger calls = new AtomicInteger();
    WebhookHandler handler =
        handlerBuilder().build().on(WebhookEvent.class, e -> calls.incrementAndGet());
    byte[] body = utf8(stamped(documented("ContactUpdate"), "l2"));

    handler.handle(Map.of(), body);

    assertThat(calls).hasValue(0);
  }

  @Test
  void aFailingListenerYieldsListenerFailedRunsTheOthersAndReleasesTheWebhookId() {
    List<String> calls = new ArrayList<>();
    IllegalStateException boom = new IllegalStateException("target CRM down");
    AtomicInteger attempts = new AtomicInteger();
    WebhookHandler handler =
        handlerBuilder()
            .build()
            .on(
                ContactUpdate.class,
                e -> {
                  if (attempts.incrementAndGet() == 1) {
                    throw boom;
                  }
                  calls.add("first");
                })
            .on(ContactUpdate.class, e -> calls.add("second"));
    String json = stamped(documented("ContactUpdate"), "l3");

    WebhookResult first = send(handler, json);

    assertThat(first).isInstanceOf(WebhookResult.ListenerFailed.class);
    assertThat(((WebhookResult.ListenerFailed) first).failures()).containsExactly(boom);
    assertThat(((WebhookResult.ListenerFailed) first).event()).isInstanceOf(ContactUpdate.class);
    assertThat(first.httpStatus()).isEqualTo(429);
    assertThat(first.retryAfterSeconds()).hasValue(60);
    assertThat(calls).containsExactly("second");

    WebhookResult redelivery = send(handler, json);

    assertThat(redelivery).isInstanceOf(WebhookResult.Accepted.class);
    assertThat(calls).containsExactly("second", "first", "second");
    assertThat(send(handler, json)).isInstanceOf(WebhookResult.Duplicate.class);
  }

  @Test
  void aStoreThatCannotForgetIsAttachedToTheListenerFailure() {
    IllegalStateException forgetFailure = new IllegalStateException("db down");
    SeenWebhookStore store =
        new SeenWebhookStore() {
          @Override
          public boolean markSeen(String webhookId, Instant receivedAt) {
            return true;
          }

          @Override
          public void forget(String webhookId) {
            throw forgetFailure;
          }
        };
    WebhookHandler handler =
        handlerBuilder()
            .seenStore(store)
            .build()
            .on(
                WebhookEvent.class,
                e -> {
                  throw new IllegalArgumentException("listener bug");
                });

    WebhookResult result = send(handler, stamped(documented("NoteCreate"), "l4"));

    RuntimeException failure = ((WebhookResult.ListenerFailed) result).failures().get(0);
    assertThat(failure.getSuppressed()).containsExactly(forgetFailure);
  }
}
