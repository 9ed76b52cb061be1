package io.ghlsync.ghl.webhook;

import static io.ghlsync.ghl.webhook.WebhookFixtures.ED25519;
import static io.ghlsync.ghl.webhook.WebhookFixtures.documented;
import static io.ghlsync.ghl.webhook.WebhookFixtures.handlerBuilder;
import static io.ghlsync.ghl.webhook.WebhookFixtures.signedHeaders;
import static io.ghlsync.ghl.webhook.WebhookFixtures.stamped;
import static io.ghlsync.ghl.webhook.WebhookFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookObserverTest {
  private static final String NOTE = documented("NoteCreate");

  @Test
  void everyVerdictIsObservedOnceAndAsReturned() {
    List<WebhookResult> seen = new ArrayList<>();
    WebhookHandler handler = handlerBuilder().observer(seen::add).build();
    byte[] body = utf8(stamped(NOTE, "w1"));

    WebhookResult accepted = handler.handle(signedHeaders(ED25519, body), body);
    WebhookResult duplicate = handler.handle(signedHeaders(ED25519, body), body);
    WebhookResult unsigned = handler.handle(Map.of(), body);
    WebhookResult unreadable =
        handler.handle(
            WebhookHeaders.of(Map.of()),
            new InputStream() {
              @Override
              public int read() throws IOException {
                throw new IOException("reset");
              }
            });

    assertThat(seen).containsExactly(accepted, duplicate, unsigned, unreadable);
    assertThat(accepted).isInstanceOf(WebhookResult.Accepted.class);
    assertThat(duplicate).isInstanceOf(WebhookResult.Duplicate.class);
    assertThat(((WebhookResult.Rejected) unsigned).reason())
        .isEqualTo(RejectionReason.MISSING_SIGNATURE);
    assertThat(((WebhookResult.Rejected) unreadable).reason())
        .isEqualTo(RejectionReason.UNREADABLE_BODY);
  }

  @Test
  void anObserverThatThrowsDoesNotChangeTheVerdict() {
    WebhookHandler handler =
        handlerBuilder()
            .observer(
                result -> {
                  throw new IllegalStateException("observer bug");
                })
            .build();
    byte[] body = utf8(stamped(NOTE, "w2"));

    assertThat(handler.handle(signedHeaders(ED25519, body), body))
        .isInstanceOf(WebhookResult.Accepted.class);
  }
}
