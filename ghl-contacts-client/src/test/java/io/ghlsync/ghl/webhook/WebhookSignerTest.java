package io.ghlsync.ghl.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPairGenerator;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class WebhookSignerTest {

  @Test
  void producesA64ByteBase64Ed25519SignatureForTheCurrentHeader() {
    WebhookSigner signer = WebhookFixtures.ED25519;

    assertThat(signer.headerName()).isEqualTo("X-GHL-Signature");
    assertThat(signer.scheme()).isEqualTo(SignatureScheme.ED25519);
    assertThat(Base64.getDecoder().decode(signer.sign("{}"))).hasSize(64);
    assertThat(WebhookFixtures.RSA.headerName()).isEqualTo("X-WH-Signature");
  }

  @Test
  void wrapsAnExistingKeyPairAndRefusesOneThatDoesNotFitTheScheme() throws Exception {
    var rsaPair = KeyPairGenerator.getInstance("RSA").generateKeyPair();

    WebhookSigner rsa = WebhookSigner.of(SignatureScheme.RSA_SHA256, rsaPair);

    assertThat(rsa.verificationKeys().rsa()).containsExactly(rsaPair.getPublic());
    assertThatThrownBy(() -> WebhookSigner.of(SignatureScheme.ED25519, rsaPair))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ED25519");
  }

  @Test
  void toStringNamesTheSchemeOnly() {
    assertThat(WebhookFixtures.ED25519.toString()).isEqualTo("WebhookSigner[ED25519]");
  }
}
