package io.ghlsync.core.token;

import org.jspecify.annotations.Nullable;

/**
 * A {@link TokenStore} could not read or write a token durably (I/O failure, unreadable entry). The
 * message names the key and the file or entry, never a token value.
 */
public class TokenStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed and what to do about it (no secrets)
   * @param cause the underlying failure, or null
   */
  public TokenStoreException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
