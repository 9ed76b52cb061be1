package io.ghlsync.core.token;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * A named AES-256 key for {@link EncryptedTokenStore}. The id is written (in clear) into every
 * envelope so that the right key is found after a rotation; the key material never appears in
 * {@code toString}, logs or exception messages.
 *
 * <p>Example: {@code EncryptionKey.fromEnvironment("2025-06", "GHLSYNC_TOKEN_KEY")} where the
 * variable holds 32 random bytes in base64 (e.g. {@code openssl rand -base64 32}).
 */
public final class EncryptionKey {
  private static final int KEY_BYTES = 32;
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

  private final String id;
  private final SecretKey key;

  private EncryptionKey(String id, SecretKey key) {
    this.id = id;
    this.key = key;
  }

  /**
   * A key from raw bytes.
   *
   * @param id key id: 1 to 64 of {@code A-Z a-z 0-9 _ . -}
   * @param keyBytes exactly 32 bytes (AES-256); copied
   * @return the key
   * @throws IllegalArgumentException if the id or the length is wrong
   */
  public static EncryptionKey of(String id, byte[] keyBytes) {
    checkId(id);
    if (keyBytes == null || keyBytes.length != KEY_BYTES) {
      throw new IllegalArgumentException(
          "key '" + id + "' must be exactly 32 bytes (AES-256), was " + length(keyBytes));
    }
    return new EncryptionKey(id, new SecretKeySpec(keyBytes.clone(), "AES"));
  }

  /**
   * A key read from an environment variable holding 32 bytes in base64 (standard or URL-safe).
   *
   * @param id key id
   * @param variable the environment variable's name
   * @return the key
   * @throws IllegalArgumentException if the variable is unset or does not hold a 32-byte key
   */
  public static EncryptionKey fromEnvironment(String id, String variable) {
    return fromEnvironment(id, variable, System::getenv);
  }

  static EncryptionKey fromEnvironment(
      String id, String variable, Function<String, @Nullable String> environment) {
    checkId(id);
    String value = environment.apply(variable);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(
          "environment variable " + variable + " is not set; put a base64 AES-256 key in it");
    }
    byte[] bytes;
    try {
      String trimmed = value.trim();
      bytes =
          trimmed.indexOf('-') >= 0 || trimmed.indexOf('_') >= 0
              ? Base64.getUrlDecoder().decode(trimmed)
              : Base64.getDecoder().decode(trimmed);
    } catch (IllegalArgumentException e) {
      // The decoder's message quotes the offending character of the key: not chained on purpose.
      throw new IllegalArgumentException(
          "environment variable " + variable + " is not valid base64 (value not shown)");
    }
    if (bytes.length != KEY_BYTES) {
      throw new IllegalArgumentException(
          "environment variable "
              + variable
              + " must hold 32 bytes in base64 (AES-256), it holds "
              + bytes.length);
    }
    return new EncryptionKey(id, new SecretKeySpec(bytes, "AES"));
  }

  /**
   * A key read from a {@link KeyStore} (e.g. a PKCS12 file or an HSM-backed store). The entry must
   * be an AES secret key of 256 bits.
   *
   * @param id key id
   * @param keyStore the loaded key store
   * @param alias the entry's alias
   * @param password the entry's password
   * @return the key
   * @throws IllegalArgumentException if the entry is missing or not an AES-256 secret key
   */
  public static EncryptionKey fromKeyStore(
      String id, KeyStore keyStore, String alias, char[] password) {
    checkId(id);
    Key key;
    try {
      key = keyStore.getKey(alias, password);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException(
          "key store entry '" + alias + "' cannot be read: " + e.getClass().getSimpleName(), e);
    }
    if (!(key instanceof SecretKey secret) || !"AES".equalsIgnoreCase(secret.getAlgorithm())) {
      throw new IllegalArgumentException(
          "key store entry '" + alias + "' must be an AES secret key, was " + describe(key));
    }
    byte[] encoded = secret.getEncoded();
    if (encoded != null && encoded.length != KEY_BYTES) {
      throw new IllegalArgumentException(
          "key store entry '" + alias + "' must be 256 bits, was " + encoded.length * 8);
    }
    return new EncryptionKey(id, secret);
  }

  /**
   * A new random AES-256 key, e.g. for tests or to start a key store.
   *
   * @param id key id
   * @return the key
   */
  public static EncryptionKey generate(String id) {
    byte[] bytes = new byte[KEY_BYTES];
    new SecureRandom().nextBytes(bytes);
    return of(id, bytes);
  }

  /**
   * The key id written into envelopes.
   *
   * @return the key id
   */
  public String id() {
    return id;
  }

  SecretKey secretKey() {
    return key;
  }

  @Override
  public String toString() {
    return "EncryptionKey[id=" + id + ", key=redacted]";
  }

  private static void checkId(String id) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "key id must be 1 to 64 characters of A-Z a-z 0-9 _ . -, was '" + id + "'");
    }
  }

  private static String length(byte @Nullable [] bytes) {
    return bytes == null ? "null" : bytes.length + " bytes";
  }

  private static String describe(@Nullable Key key) {
    return key == null ? "missing" : key.getAlgorithm() + " " + key.getClass().getSimpleName();
  }
}
