package io.ghlsync.ghl.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;

/**
 * Signs webhook bodies the way GHL does, for fake servers and tests (GHL's private keys are not
 * public, so this never produces signatures real receivers accept from GHL's keys).
 *
 * <pre>{@code
 * WebhookSigner signer = WebhookSigner.generate(SignatureScheme.ED25519);
 * WebhookHandler handler =
 *     WebhookHandler.builder().keys(WebhookKeys.none().withEd25519(signer.publicKey())).build();
 * request.header(signer.headerName(), signer.sign(body));
 * }</pre>
 */
public final class WebhookSigner {
  private static final int TEST_RSA_BITS = 2048;

  private final SignatureScheme scheme;
  private final KeyPair keyPair;

  private WebhookSigner(SignatureScheme scheme, KeyPair keyPair) {
    this.scheme = scheme;
    this.keyPair = keyPair;
  }

  /**
   * A signer for an existing key pair.
   *
   * @param scheme {@link SignatureScheme#ED25519} or {@link SignatureScheme#RSA_SHA256}
   * @param keyPair an Ed25519 or RSA key pair matching the scheme
   * @return the signer
   * @throws IllegalArgumentException if the key pair does not fit the scheme
   */
  public static WebhookSigner of(SignatureScheme scheme, KeyPair keyPair) {
    WebhookSigner signer = new WebhookSigner(scheme, keyPair);
    // Fail now, naming the problem, rather than on the first sign().
    signer.sign(new byte[0]);
    return signer;
  }

  /**
   * A signer with a freshly generated key pair (RSA keys are 2048-bit, enough for tests).
   *
   * @param scheme the scheme
   * @return the signer
   */
  public static WebhookSigner generate(SignatureScheme scheme) {
    try {
      KeyPairGenerator generator;
      if (scheme == SignatureScheme.ED25519) {
        generator = KeyPairGenerator.getInstance("Ed25519");
      } else {
        generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(TEST_RSA_BITS);
      }
      return new WebhookSigner(scheme, generator.generateKeyPair());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JVM cannot generate " + scheme + " keys", e);
    }
  }

  /**
   * The scheme this signer uses.
   *
   * @return the scheme
   */
  public SignatureScheme scheme() {
    return scheme;
  }

  /**
   * The header the signature goes in.
   *
   * @return {@code X-GHL-Signature} or {@code X-WH-Signature}
   */
  public String headerName() {
    return scheme.headerName();
  }

  /**
   * The public key receivers verify with.
   *
   * @return the public key
   */
  public PublicKey publicKey() {
    return keyPair.getPublic();
  }

  /**
   * Keys that accept exactly this signer's signatures.
   *
   * @return keys with this signer's public key only
   */
  public WebhookKeys verificationKeys() {
    return scheme == SignatureScheme.ED25519
        ? WebhookKeys.none().withEd25519(publicKey())
        : WebhookKeys.none().withRsa(publicKey());
  }

  /**
   * Signs the body bytes exactly as they will be sent.
   *
   * @param body the raw body
   * @return the header value (base64 signature)
   * @throws IllegalArgumentException if the private key does not fit the scheme
   */
  public String sign(byte[] body) {
    PrivateKey key = keyPair.getPrivate();
    try {
      Signature signature = Signature.getInstance(scheme.jcaAlgorithm());
      signature.initSign(key);
      signature.update(body);
      return Base64.getEncoder().encodeToString(signature.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException(
          "keyPair does not fit " + scheme + " (got a " + key.getAlgorithm() + " key)", e);
    }
  }

  /**
   * Signs a body given as text, encoded as UTF-8.
   *
   * @param body the body text
   * @return the header value (base64 signature)
   */
  public String sign(String body) {
    return sign(body.getBytes(StandardCharsets.UTF_8));
  }

  /** Names the scheme only; never the key. */
  @Override
  public String toString() {
    return "WebhookSigner[" + scheme + "]";
  }
}
