package io.ghlsync.ghl.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Payload fixtures and signing shortcuts shared by the webhook tests. */
final class WebhookFixtures {
  /**
   * The receiver's "now" in every test; the signed example payload's timestamp is one minute
   * earlier.
   */
  static final Instant NOW = Instant.parse("2025-01-28T14:36:00Z");

  static final String SENT_AT = "2025-01-28T14:35:00Z";

  static final WebhookSigner ED25519 = WebhookSigner.generate(SignatureScheme.ED25519);
  static final WebhookSigner RSA = WebhookSigner.generate(SignatureScheme.RSA_SHA256);

  private WebhookFixtures() {}

  static Clock clock() {
    return Clock.fixed(NOW, ZoneOffset.UTC);
  }

  /** Both test keys accepted, fixed clock: the handler most tests use. */
  static WebhookHandlerBuilder handlerBuilder() {
    return WebhookHandler.builder()
        .keys(WebhookKeys.none().withEd25519(ED25519.publicKey()).withRsa(RSA.publicKey()))
        .clock(clock());
  }

  /** A documented example payload from {@code src/test/resources/ghl-webhooks}. */
  static String documented(String type) {
    return resource("/ghl-webhooks/" + type + ".json");
  }

  static String resource(String path) {
    try (InputStream in = WebhookFixtures.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The payload with GHL's signed envelope fields added as the first members. */
  static String stamped(String json, String webhookId, String timestamp) {
    int brace = json.indexOf('{');
    return json.substring(0, brace + 1)
        + "\n  \"timestamp\": \""
        + timestamp
        + "\",\n  \"webhookId\": \""
        + webhookId
        + "\","
        + json.substring(brace + 1);
  }

  static String stamped(String json, String webhookId) {
    return stamped(json, webhookId, SENT_AT);
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Headers carrying the signer's signature over these exact bytes. */
  static Map<String, List<String>> signedHeaders(WebhookSigner signer, byte[] body) {
    return Map.of(
        "Content-Type",
        List.of("application/json"),
        signer.headerName(),
        List.of(signer.sign(body)));
  }
}
