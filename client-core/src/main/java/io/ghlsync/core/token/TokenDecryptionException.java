package io.ghlsync.core.token;

/**
 * An {@link EncryptedTokenStore} entry failed to decrypt: it was tampered with or corrupted, was
 * encrypted for a different key, or names an encryption key that is not configured. The token was
 * not used; nothing was guessed or returned in its place.
 */
public class TokenDecryptionException extends TokenStoreException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed and what to do about it (no secrets)
   */
  public TokenDecryptionException(String message) {
    super(message, null);
  }
}
