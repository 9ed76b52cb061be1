package io.ghlsync.core.token;

import java.util.Optional;
import java.util.Set;

/**
 * Where OAuth tokens live between runs. Implementations must be thread-safe and make {@link #save}
 * atomic: a reader sees either the old or the new token, never a mix. Refresh tokens rotate on use,
 * so losing a saved token means the user has to authorise again.
 *
 * <p>Shipped: {@link InMemoryTokenStore}, {@link FileTokenStore} and {@link EncryptedTokenStore}
 * (wraps any store). A host may implement this over its own database or vault.
 */
public interface TokenStore {

  /**
   * Reads the token stored under a key.
   *
   * @param key the key
   * @return the token, or empty if none is stored
   * @throws TokenStoreException if the store cannot be read or holds an unreadable entry
   */
  Optional<StoredToken> load(TokenKey key);

  /**
   * Stores (or atomically replaces) the token under a key.
   *
   * @param key the key
   * @param token the token
   * @throws TokenStoreException if the token could not be stored durably
   */
  void save(TokenKey key, StoredToken token);

  /**
   * Removes the token under a key, if any.
   *
   * @param key the key
   * @throws TokenStoreException if the store cannot be changed
   */
  void delete(TokenKey key);

  /**
   * Lists the keys that have a stored token.
   *
   * @return the keys, in no particular order
   * @throws TokenStoreException if the store cannot be read
   */
  Set<TokenKey> keys();
}
