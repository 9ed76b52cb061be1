package io.ghlsync.ghl.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class WebhookKeysTest {

  @Test
  void documentedKeysParseAsOneEd25519AndOne4096BitRsaKey() {
    WebhookKeys keys = WebhookKeys.documented();

    assertThat(keys.ed25519()).hasSize(1);
    assertThat(keys.rsa()).hasSize(1);
    assertThat(((RSAPublicKey) keys.rsa().get(0)).getModulus().bitLength()).isEqualTo(4096);
    assertThat(keys.toString()).isEqualTo("WebhookKeys[ed25519=1, rsa=1]");
  }

  @Test
  void defaultHandlerRefusesSignaturesFromTestKeysBecauseItUsesTheDocumentedKeys() {
    byte[] body = WebhookFixtures.utf8("{\"type\":\"NoteCreate\"}");

    WebhookResult result =
        WebhookHandler.builder()
            .build()
            .handle(WebhookFixtures.signedHeaders(WebhookFixtures.ED25519, body), body);

    WebhookSignatureTest.assertRejected(result, RejectionReason.BAD_SIGNATURE);
  }

  @Test
  void addsKeysGivenAsPemOrBareBase64ForRotation() throws Exception {
    String ed =
        pem(KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic().getEncoded());
    KeyPairGenerator rsaGen = KeyPairGenerator.getInstance("RSA");
    rsaGen.initialize(1024);
    String rsaBase64 =
        Base64.getEncoder().encodeToString(rsaGen.generateKeyPair().getPublic().getEncoded());

    WebhookKeys keys = WebhookKeys.documented().withEd25519Pem(ed).withRsaPem(rsaBase64);

    assertThat(keys.ed25519()).hasSize(2);
    assertThat(keys.rsa()).hasSize(2);
    assertThat(keys.withoutRsa().rsa()).isEmpty();
  }

  @Test
  void refusesKeysOfTheWrongAlgorithmNamingTheField() {
    assertThatThrownBy(() -> WebhookKeys.none().withEd25519Pem(WebhookKeys.DOCUMENTED_RSA_PEM))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ed25519")
        .hasMessageContaining("BEGIN PUBLIC KEY");
    assertThatThrownBy(() -> WebhookKeys.none().withRsaPem("not a key"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rsa");
    assertThatThrownBy(() -> WebhookKeys.none().withRsa(WebhookFixtures.ED25519.publicKey()))
        .hasMessageContaining("rsa keys must be RSA");
    assertThatThrownBy(() -> WebhookKeys.none().withEd25519(WebhookFixtures.RSA.publicKey()))
        .hasMessageContaining("ed25519 keys must be Ed25519");
  }

  @Test
  void refusesEd448KeysAsEd25519() throws Exception {
    var ed448 = KeyPairGenerator.getInstance("Ed448").generateKeyPair().getPublic();

    assertThatThrownBy(() -> WebhookKeys.none().withEd25519(ed448))
        .hasMessageContaining("ed25519 keys must be Ed25519");
  }

  private static String pem(byte[] der) {
    return "-----BEGIN PUBLIC KEY-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END PUBLIC KEY-----\n";
  }
}
