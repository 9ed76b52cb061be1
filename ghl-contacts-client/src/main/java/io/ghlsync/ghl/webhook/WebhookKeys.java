package io.ghlsync.ghl.webhook;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.EdECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The public keys webhook signatures are checked against. Several keys per algorithm may be
 * accepted at once, so a rotated key can be added before the old one is dropped.
 *
 * <p>{@link #documented()} holds GHL's published keys. The RSA key (legacy {@code X-WH-Signature},
 * which GHL stops sending on 2026-07-01) is quoted from GHL's "Webhook Authentication Guide". The
 * Ed25519 key ({@code X-GHL-Signature}) is <b>not</b> in GHL's docs repository; it is the key
 * quoted by third-party sources citing GHL's marketplace docs: verify it against the live docs and
 * configure your own with {@link #withEd25519Pem(String)} if it differs.
 *
 * <pre>{@code
 * WebhookKeys keys = WebhookKeys.documented().withEd25519Pem(rotatedPem);
 * }</pre>
 *
 * @param ed25519 keys accepted for {@code X-GHL-Signature}; may be empty (that header is then
 *     refused as an unknown algorithm)
 * @param rsa keys accepted for {@code X-WH-Signature}; empty disables the legacy header
 */
public record WebhookKeys(List<PublicKey> ed25519, List<PublicKey> rsa) {

  /** GHL's RSA public key for {@code X-WH-Signature}, from the Webhook Authentication Guide. */
  public static final String DOCUMENTED_RSA_PEM =
      "-----BEGIN PUBLIC KEY-----\n"
          + "MIICIjANBgkqhkiG9w0BAQEFAAOCAg8AMIICCgKCAgEAokvo/r9tVgcfZ5DysOSC\n"
          + "Frm602qYV0MaAiNnX9O8KxMbiyRKWeL9JpCpVpt4XHIcBOK4u3cLSqJGOLaPuXw6\n"
          + "dO0t6Q/ZVdAV5Phz+ZtzPL16iCGeK9po6D6JHBpbi989mmzMryUnQJezlYJ3DVfB\n"
          + "csedpinheNnyYeFXolrJvcsjDtfAeRx5ByHQmTnSdFUzuAnC9/GepgLT9SM4nCpv\n"
          + "uxmZMxrJt5Rw+VUaQ9B8JSvbMPpez4peKaJPZHBbU3OdeCVx5klVXXZQGNHOs8gF\n"
          + "3kvoV5rTnXV0IknLBXlcKKAQLZcY/Q9rG6Ifi9c+5vqlvHPCUJFT5XUGG5RKgOKU\n"
          + "J062fRtN+rLYZUV+BjafxQauvC8wSWeYja63VSUruvmNj8xkx2zE/Juc+yjLjTXp\n"
          + "IocmaiFeAO6fUtNjDeFVkhf5LNb59vECyrHD2SQIrhgXpO4Q3dVNA5rw576PwTzN\n"
          + "h/AMfHKIjE4xQA1SZuYJmNnmVZLIZBlQAF9Ntd03rfadZ+yDiOXCCs9FkHibELhC\n"
          + "HULgCsnuDJHcrGNd5/Ddm5hxGQ0ASitgHeMZ0kcIOwKDOzOU53lDza6/Y09T7sYJ\n"
          + "PQe7z0cvj7aE4B+Ax1ZoZGPzpJlZtGXCsu9aTEGEnKzmsFqwcSsnw3JB31IGKAyk\n"
          + "T1hhTiaCeIY/OwwwNUY2yvcCAwEAAQ==\n"
          + "-----END PUBLIC KEY-----\n";

  /**
   * The Ed25519 public key for {@code X-GHL-Signature} as quoted by third-party sources citing
   * GHL's marketplace docs (not in GHL's docs repository; verify before relying on it).
   */
  public static final String DOCUMENTED_ED25519_PEM =
      "-----BEGIN PUBLIC KEY-----\n"
          + "MCowBQYDK2VwAyEAi2HR1srL4o18O8BRa7gVJY7G7bupbN3H9AwJrHCDiOg=\n"
          + "-----END PUBLIC KEY-----\n";

  /**
   * Validates the keys' algorithms and copies the lists.
   *
   * @param ed25519 keys accepted for {@code X-GHL-Signature}; may be empty (that header is then
   *     refused as an unknown algorithm)
   * @param rsa keys accepted for {@code X-WH-Signature}; empty disables the legacy header
   */
  public WebhookKeys {
    ed25519 = List.copyOf(ed25519);
    rsa = List.copyOf(rsa);
    for (PublicKey k : ed25519) {
      if (!(k instanceof EdECPublicKey ed
          && "Ed25519".equalsIgnoreCase(ed.getParams().getName()))) {
        throw new IllegalArgumentException(
            "ed25519 keys must be Ed25519 public keys, got a " + k.getAlgorithm() + " key");
      }
    }
    for (PublicKey k : rsa) {
      if (!(k instanceof RSAPublicKey)) {
        throw new IllegalArgumentException(
            "rsa keys must be RSA public keys, got a " + k.getAlgorithm() + " key");
      }
    }
  }

  /**
   * GHL's published keys: one Ed25519 key and one RSA key.
   *
   * @return the keys
   */
  public static WebhookKeys documented() {
    return new WebhookKeys(
        List.of(parsePem(DOCUMENTED_ED25519_PEM, "Ed25519", "ed25519")),
        List.of(parsePem(DOCUMENTED_RSA_PEM, "RSA", "rsa")));
  }

  /**
   * No keys; add them with the {@code with...} methods.
   *
   * @return empty keys (every signed request would be refused)
   */
  public static WebhookKeys none() {
    return new WebhookKeys(List.of(), List.of());
  }

  /**
   * These keys plus one more Ed25519 key.
   *
   * @param key an Ed25519 public key
   * @return a new instance
   */
  public WebhookKeys withEd25519(PublicKey key) {
    List<PublicKey> keys = new ArrayList<>(ed25519);
    keys.add(key);
    return new WebhookKeys(keys, rsa);
  }

  /**
   * These keys plus one more Ed25519 key given as PEM ({@code -----BEGIN PUBLIC KEY-----}, X.509
   * SubjectPublicKeyInfo) or as its bare base64 body.
   *
   * @param pem the key text
   * @return a new instance
   * @throws IllegalArgumentException if the text is not an Ed25519 public key
   */
  public WebhookKeys withEd25519Pem(String pem) {
    return withEd25519(parsePem(pem, "Ed25519", "ed25519"));
  }

  /**
   * These keys plus one more RSA key.
   *
   * @param key an RSA public key
   * @return a new instance
   */
  public WebhookKeys withRsa(PublicKey key) {
    List<PublicKey> keys = new ArrayList<>(rsa);
    keys.add(key);
    return new WebhookKeys(ed25519, keys);
  }

  /**
   * These keys plus one more RSA key given as PEM or as its bare base64 body.
   *
   * @param pem the key text
   * @return a new instance
   * @throws IllegalArgumentException if the text is not an RSA public key
   */
  public WebhookKeys withRsaPem(String pem) {
    return withRsa(parsePem(pem, "RSA", "rsa"));
  }

  /**
   * These keys without any RSA key: the legacy {@code X-WH-Signature} header is then refused.
   *
   * @return a new instance
   */
  public WebhookKeys withoutRsa() {
    return new WebhookKeys(ed25519, List.of());
  }

  private static PublicKey parsePem(String pem, String algorithm, String field) {
    String body = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
    try {
      byte[] der = Base64.getDecoder().decode(body);
      return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der));
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      throw new IllegalArgumentException(
          field
              + " key is not a "
              + algorithm
              + " public key; pass PEM text starting with -----BEGIN PUBLIC KEY----- (X.509)",
          e);
    }
  }

  /** Counts the keys; key material is public but long. */
  @Override
  public String toString() {
    return "WebhookKeys[ed25519=" + ed25519.size() + ", rsa=" + rsa.size() + "]";
  }
}
