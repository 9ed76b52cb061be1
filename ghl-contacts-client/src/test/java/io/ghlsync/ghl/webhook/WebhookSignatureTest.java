package io.ghlsync.ghl.webhook;

import static io.ghlsync.ghl.webhook.WebhookFixtures.ED25519;
import static io.ghlsync.ghl.webhook.WebhookFixtures.RSA;
import static io.ghlsync.ghl.webhook.WebhookFixtures.documented;
import static io.ghlsync.ghl.webhook.WebhookFixtures.handlerBuilder;
import static io.ghlsync.ghl.webhook.WebhookFixtures.signedHeaders;
import static io.ghlsync.ghl.webhook.WebhookFixtures.stamped;
import static io.ghlsync.ghl.webhook.WebhookFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import io.ghlsync.ghl.webhook.WebhookEvent.ContactUpdate;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {
  private final byte[] body = utf8(stamped(documented("ContactUpdate"), "wh-sig-1"));

  @Test
  void acceptsBodySignedWithConfiguredEd25519Key() {
    WebhookResult result = handlerBuilder().build().handle(signedHeaders(ED25519, body), body);

    assertThat(result).isInstanceOf(WebhookResult.Accepted.class);
    assertThat(((WebhookResult.Accepted) result).event()).isInstanceOf(ContactUpdate.class);
    assertThat(result.httpStatus()).isEqualTo(200);
  }

  @Test
  void acceptsBodySignedWithConfiguredRsaKeyOnLegacyHeader() {
    WebhookResult result = handlerBuilder().build().handle(signedHeaders(RSA, body), body);

    assertThat(result).isInstanceOf(WebhookResult.Accepted.class);
  }

  @Test
  void rejectsBodyWithOneFlippedByteForEitherScheme() {
    for (WebhookSigner signer : List.of(ED25519, RSA)) {
      Map<String, List<String>> headers = signedHeaders(signer, body);
      byte[] tampered = body.clone();
      tampered[tampered.length / 2] ^= 0x01;

      assertRejected(
          handlerBuilder().build().handle(headers, tampered), RejectionReason.BAD_SIGNATURE);
    }
  }

  @Test
  void rejectsReserialisedBodyCarryingTheOriginalSignature() {
    String original = new String(body, StandardCharsets.UTF_8);
    byte[] compact = utf8(original.replaceAll("\\n\\s*", ""));
    assertThat(compact).isNotEqualTo(body);

    WebhookResult result = handlerBuilder().build().handle(signedHeaders(ED25519, body), compact);

    assertRejected(result, RejectionReason.BAD_SIGNATURE);
    assertThat(((WebhookResult.Rejected) result).message()).contains("raw body");
  }

  @Test
  void rejectsSignatureMadeWithAKeyThatIsNotConfigured() {
    WebhookSigner stranger = WebhookSigner.generate(SignatureScheme.ED25519);

    WebhookResult result = handlerBuilder().build().handle(signedHeaders(stranger, body), body);

    assertRejected(result, RejectionReason.BAD_SIGNATURE);
    assertThat(result.httpStatus()).isEqualTo(401);
  }

  @Test
  void acceptsEitherKeyWhileBothAreConfiguredForRotation() {
    WebhookSigner next = WebhookSigner.generate(SignatureScheme.ED25519);
    WebhookHandler handler =
        handlerBuilder().keys(ED25519.verificationKeys().withEd25519(next.publicKey())).build();
    byte[] second = utf8(stamped(documented("ContactUpdate"), "wh-sig-2"));

    assertThat(handler.handle(signedHeaders(ED25519, body), body))
        .isInstanceOf(WebhookResult.Accepted.class);
    assertThat(handler.handle(signedHeaders(next, second), second))
        .isInstanceOf(WebhookResult.Accepted.class);
  }

  @Test
  void rejectsUnsignedBodyByDefault() {
    WebhookResult result =
        handlerBuilder().build().handle(Map.of("Content-Type", List.of("application/json")), body);

    assertRejected(result, RejectionReason.MISSING_SIGNATURE);
  }

  @Test
  void acceptsUnsignedBodyOnlyWithTheExplicitOptInAndStillChecksSignedOnes() {
    WebhookHandler lenient = handlerBuilder().allowUnsignedEvents(true).build();
    WebhookSigner stranger = WebhookSigner.generate(SignatureScheme.ED25519);
    byte[] other = utf8(stamped(documented("ContactUpdate"), "wh-sig-3"));

    assertThat(lenient.handle(Map.of(), body)).isInstanceOf(WebhookResult.Accepted.class);
    assertRejected(
        lenient.handle(signedHeaders(stranger, other), other), RejectionReason.BAD_SIGNATURE);
  }

  @Test
  void rejectsBadEd25519SignatureEvenWhenTheRsaSignatureIsValid() {
    byte[] other = utf8(stamped(documented("ContactUpdate"), "other"));
    Map<String, List<String>> headers =
        Map.of(
            "X-GHL-Signature", List.of(ED25519.sign(other)),
            "X-WH-Signature", List.of(RSA.sign(body)));

    assertRejected(handlerBuilder().build().handle(headers, body), RejectionReason.BAD_SIGNATURE);
  }

  @Test
  void rejectsLegacyHeaderAsUnknownAlgorithmWhenNoRsaKeysAreConfigured() {
    WebhookHandler handler = handlerBuilder().keys(ED25519.verificationKeys()).build();

    WebhookResult result = handler.handle(signedHeaders(RSA, body), body);

    assertRejected(result, RejectionReason.UNKNOWN_ALGORITHM);
    assertThat(((WebhookResult.Rejected) result).message()).contains("X-WH-Signature");
  }

  @Test
  void rejectsSignatureHeadersThatAreNotOneBase64SignatureOfTheRightLength() {
    String valid = ED25519.sign(body);
    String shortSignature = Base64.getEncoder().encodeToString(new byte[32]);
    for (List<String> values :
        List.of(
            List.of("not base64!"), List.of(shortSignature), List.of(""), List.of(valid, valid))) {
      WebhookResult result =
          handlerBuilder().build().handle(Map.of("X-GHL-Signature", values), body);

      assertRejected(result, RejectionReason.MALFORMED_SIGNATURE);
    }
  }

  @Test
  void acceptsUrlSafeBase64AndMatchesHeaderNamesInAnyCase() {
    String urlSafe =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(Base64.getDecoder().decode(ED25519.sign(body)));
    WebhookHeaders headers = WebhookHeaders.ofSingleValues(Map.of("x-ghl-signature", urlSafe));

    assertThat(handlerBuilder().build().handle(headers, body))
        .isInstanceOf(WebhookResult.Accepted.class);
  }

  @Test
  void rejectionMessagesNeverQuoteTheSignatureOrTheBody() {
    String signature = WebhookSigner.generate(SignatureScheme.ED25519).sign(body);
    WebhookResult result =
        handlerBuilder().build().handle(Map.of("X-GHL-Signature", List.of(signature)), body);

    assertThat(((WebhookResult.Rejected) result).message())
        .doesNotContain(signature)
        .doesNotContain("JohnDeo@gmail.comm");
  }

  static void assertRejected(WebhookResult result, RejectionReason reason) {
    assertThat(result).isInstanceOf(WebhookResult.Rejected.class);
    assertThat(((WebhookResult.Rejected) result).reason()).isEqualTo(reason);
    assertThat(result.httpStatus()).isEqualTo(reason.httpStatus());
  }
}
