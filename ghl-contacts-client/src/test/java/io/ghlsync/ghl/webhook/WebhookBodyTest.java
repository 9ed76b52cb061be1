package io.ghlsync.ghl.webhook;

import static io.ghlsync.ghl.webhook.WebhookFixtures.ED25519;
import static io.ghlsync.ghl.webhook.WebhookFixtures.documented;
import static io.ghlsync.ghl.webhook.WebhookFixtures.handlerBuilder;
import static io.ghlsync.ghl.webhook.WebhookFixtures.signedHeaders;
import static io.ghlsync.ghl.webhook.WebhookFixtures.stamped;
import static io.ghlsync.ghl.webhook.WebhookFixtures.utf8;
import static io.ghlsync.ghl.webhook.WebhookSignatureTest.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookBodyTest {

  private static WebhookResult send(WebhookHandler handler, byte[] body) {
    return handler.handle(signedHeaders(ED25519, body), body);
  }

  private static WebhookResult send(byte[] body) {
    return send(handlerBuilder().build(), body);
  }

  @Test
  void rejectsBodyLargerThanTheConfiguredLimitBeforeCheckingItsSignature() {
    byte[] body = utf8(stamped(documented("NoteCreate"), "big"));
    WebhookHandler small = handlerBuilder().maxBodyBytes(body.length - 1).build();

    WebhookResult result = small.handle(Map.of(), body);

    assertRejected(result, RejectionReason.BODY_TOO_LARGE);
    assertThat(result.httpStatus()).isEqualTo(413);
    assertThat(send(handlerBuilder().maxBodyBytes(body.length).build(), body))
        .isInstanceOf(WebhookResult.Accepted.class);
  }

  @Test
  void stopsReadingAnOversizeStreamAtTheLimit() {
    byte[] huge = new byte[10_000];
    Arrays.fill(huge, (byte) ' ');
    ByteArrayInputStream stream = new ByteArrayInputStream(huge);
    WebhookHandler handler = handlerBuilder().maxBodyBytes(100).build();

    WebhookResult result = handler.handle(name -> List.of(), stream);

    assertRejected(result, RejectionReason.BODY_TOO_LARGE);
    assertThat(stream.available()).isEqualTo(10_000 - 101);
    assertThat(handler.maxBodyBytes()).isEqualTo(100);
  }

  @Test
  void readsASignedBodyFromAStream() {
    byte[] body = utf8(stamped(documented("NoteCreate"), "stream"));

    WebhookResult result =
        handlerBuilder()
            .build()
            .handle(
                WebhookHeaders.of(signedHeaders(ED25519, body)), new ByteArrayInputStream(body));

    assertThat(result).isInstanceOf(WebhookResult.Accepted.class);
  }

  @Test
  void reportsAStreamThatFailsAsUnreadable() {
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("connection reset");
          }
        };

    assertRejected(
        handlerBuilder().build().handle(name -> List.of(), failing),
        RejectionReason.UNREADABLE_BODY);
  }

  @Test
  void rejectsMalformedJsonNamingOnlyTheLocation() {
    WebhookResult result = send(utf8("{\"type\": \"NoteCreate\", \"body\": \"secret text"));

    assertRejected(result, RejectionReason.MALFORMED_JSON);
    assertThat(((WebhookResult.Rejected) result).message()).doesNotContain("secret text");
  }

  @Test
  void rejectsBodiesThatAreNotOneJsonObject() {
    for (String body :
        new String[] {"", "[1,2]", "\"text\"", "{\"type\":\"NoteCreate\"} trailing", "{'a':1}"}) {
      assertRejected(send(utf8(body)), RejectionReason.MALFORMED_JSON);
    }
  }

  @Test
  void rejectsInvalidUtf8() {
    byte[] body = {'{', '"', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};

    WebhookResult result = send(body);

    assertRejected(result, RejectionReason.MALFORMED_JSON);
    assertThat(((WebhookResult.Rejected) result).message()).contains("UTF-8");
  }

  @Test
  void rejectsDuplicateMemberNamesSoNoTwoReadersCanDisagree() {
    String json = stamped("{\"type\":\"NoteCreate\",\"type\":\"ContactDelete\"}", "dup-key");

    WebhookResult result = send(utf8(json));

    assertRejected(result, RejectionReason.MALFORMED_JSON);
    assertThat(((WebhookResult.Rejected) result).message()).contains("$.type");
  }

  @Test
  void rejectsNumbersBeyondDecimalRange() {
    assertRejected(
        send(utf8("{\"type\":\"X\",\"n\":1e99999999999}")), RejectionReason.MALFORMED_JSON);
  }

  @Test
  void rejectsMissingBlankOrNonStringType() {
    for (String json :
        new String[] {"{\"id\":\"1\"}", "{\"type\":\"  \"}", "{\"type\":7}", "{\"type\":null}"}) {
      assertRejected(send(utf8(stamped(json, "t"))), RejectionReason.MISSING_TYPE);
    }
  }

  @Test
  void builderRefusesOutOfRangeSettingsNamingTheField() {
    WebhookHandlerBuilder builder = WebhookHandler.builder();

    assertThatThrownBy(() -> builder.maxBodyBytes(0)).hasMessageContaining("maxBodyBytes");
    assertThatThrownBy(() -> builder.maxBodyBytes(Integer.MAX_VALUE))
        .hasMessageContaining("maxBodyBytes");
    assertThatThrownBy(() -> builder.replayWindow(Duration.ZERO))
        .hasMessageContaining("replayWindow");
    assertThatThrownBy(() -> builder.clockSkew(Duration.ofSeconds(-1)))
        .hasMessageContaining("clockSkew");
  }
}
