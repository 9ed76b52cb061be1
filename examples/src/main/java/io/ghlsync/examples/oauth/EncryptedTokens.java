package io.ghlsync.examples.oauth;

import io.ghlsync.core.token.EncryptedTokenStore;
import io.ghlsync.core.token.EncryptionKey;
import io.ghlsync.core.token.FileTokenStore;
import io.ghlsync.core.token.TokenStore;
import java.nio.file.Path;
import java.util.Base64;

/**
 * Where the examples keep OAuth tokens: one file per token in a folder, each encrypted with
 * AES-256-GCM under a key the user supplies (environment variable {@value #KEY_VARIABLE}). The
 * OAuth example writes them; the quick-start demo reads them in real-service mode.
 */
public final class EncryptedTokens {
  /** The environment variable holding the base64 AES-256 key. */
  public static final String KEY_VARIABLE = "GHLSYNC_TOKEN_KEY";

  /** The id the examples give their key; it is stored with each encrypted token. */
  public static final String KEY_ID = "ghlsync-examples";

  private EncryptedTokens() {}

  /**
   * The default token folder, {@code ~/.ghlsync/tokens}.
   *
   * @return the folder
   */
  public static Path defaultDirectory() {
    return Path.of(System.getProperty("user.home"), ".ghlsync", "tokens");
  }

  /**
   * Reads a key from base64 text (standard or URL-safe), e.g. the output of {@code openssl rand
   * -base64 32}.
   *
   * @param base64 the key text
   * @return the key
   * @throws IllegalArgumentException when the text is not base64 of exactly 32 bytes (the message
   *     never quotes the text)
   */
  public static EncryptionKey key(String base64) {
    String text = base64.trim();
    byte[] bytes;
    try {
      bytes =
          text.indexOf('-') >= 0 || text.indexOf('_') >= 0
              ? Base64.getUrlDecoder().decode(text)
              : Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      // The decoder's message quotes a character of the key, so it is not passed on.
      throw new IllegalArgumentException(
          KEY_VARIABLE + " is not valid base64; create a key with: openssl rand -base64 32");
    }
    if (bytes.length != 32) {
      throw new IllegalArgumentException(
          KEY_VARIABLE
              + " must hold 32 bytes in base64 (AES-256), it holds "
              + bytes.length
              + "; create a key with: openssl rand -base64 32");
    }
    return EncryptionKey.of(KEY_ID, bytes);
  }

  /**
   * Opens the encrypted store in a folder (created if needed, owner-only permissions).
   *
   * @param directory the folder
   * @param key the encryption key
   * @return the store
   */
  public static TokenStore open(Path directory, EncryptionKey key) {
    return EncryptedTokenStore.wrap(FileTokenStore.open(directory), key);
  }
}
