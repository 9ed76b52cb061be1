package io.ghlsync.ghl.webhook;

import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verifies a webhook signature over the raw body bytes. If {@code X-GHL-Signature} is present it
 * alone decides (no fallback to the legacy header, so a stripped or broken Ed25519 signature cannot
 * be bypassed); otherwise {@code X-WH-Signature} decides; with neither, the request is refused
 * unless unsigned requests were explicitly allowed.
 */
final class SignatureCheck {
  private static final Logger LOG = LoggerFactory.getLogger("io.ghlsync.webhook");
  private static final int ED25519_SIGNATURE_BYTES = 64;

  private final WebhookKeys keys;
  private final boolean allowUnsigned;

  SignatureCheck(WebhookKeys keys, boolean allowUnsigned) {
    this.keys = keys;
    this.allowUnsigned = allowUnsigned;
  }

  /** Empty if the request may proceed, else the rejection. */
  Optional<WebhookResult.Rejected> verify(WebhookHeaders headers, byte[] body) {
    List<String> ed25519 = headers.values(SignatureScheme.ED25519.headerName());
    if (!ed25519.isEmpty()) {
      return verify(SignatureScheme.ED25519, ed25519, keys.ed25519(), body);
    }
    List<String> rsa = headers.values(SignatureScheme.RSA_SHA256.headerName());
    if (!rsa.isEmpty()) {
      return verify(SignatureScheme.RSA_SHA256, rsa, keys.rsa(), body);
    }
    if (allowUnsigned) {
      LOG.debug("Accepting an unsigned webhook request (allowUnsignedEvents is on)");
      return Optional.empty();
    }
    return reject(
        RejectionReason.MISSING_SIGNATURE,
        "no X-GHL-Signature or X-WH-Signature header; GHL signs every webhook");
  }

  private static Optional<WebhookResult.Rejected> verify(
      SignatureScheme scheme, List<String> values, List<PublicKey> keys, byte[] body) {
    String header = scheme.headerName();
    if (values.size() > 1) {
      return reject(
          RejectionReason.MALFORMED_SIGNATURE,
          header + " appears " + values.size() + " times; expected once");
    }
    if (keys.isEmpty()) {
      return reject(
          RejectionReason.UNKNOWN_ALGORITHM,
          header + " (" + scheme.jcaAlgorithm() + ") is not accepted: no keys configured for it");
    }
    Optional<byte[]> signature = decode(values.get(0));
    if (signature.isEmpty()
        || (scheme == SignatureScheme.ED25519
            && signature.get().length != ED25519_SIGNATURE_BYTES)) {
      return reject(
          RejectionReason.MALFORMED_SIGNATURE,
          header + " is not a base64 " + scheme.jcaAlgorithm() + " signature");
    }
    for (PublicKey key : keys) {
      try {
        if (matches(scheme, key, body, signature.get())) {
          return Optional.empty();
        }
      } catch (NoSuchAlgorithmException e) {
        return reject(
            RejectionReason.UNKNOWN_ALGORITHM,
            "this JVM cannot verify " + scheme.jcaAlgorithm() + " signatures");
      }
    }
    return reject(
        RejectionReason.BAD_SIGNATURE,
        header
            + " does not verify with any of the "
            + keys.size()
            + " configured "
            + scheme.jcaAlgorithm()
            + " key(s); check the configured keys and that the raw body was passed unchanged");
  }

  private static boolean matches(
      SignatureScheme scheme, PublicKey key, byte[] body, byte[] signature)
      throws NoSuchAlgorithmException {
    Signature verifier = Signature.getInstance(scheme.jcaAlgorithm());
    try {
      verifier.initVerify(key);
      verifier.update(body);
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      // A malformed signature (e.g. wrong RSA length) is just a mismatch for this key.
      return false;
    }
  }

  private static Optional<byte[]> decode(String value) {
    String trimmed = value.trim();
    if (trimmed.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Base64.getDecoder().decode(trimmed));
    } catch (IllegalArgumentException notStandard) {
      try {
        return Optional.of(Base64.getUrlDecoder().decode(trimmed));
      } catch (IllegalArgumentException notUrlSafe) {
        return Optional.empty();
      }
    }
  }

  private static Optional<WebhookResult.Rejected> reject(RejectionReason reason, String message) {
    return Optional.of(new WebhookResult.Rejected(reason, message));
  }
}
