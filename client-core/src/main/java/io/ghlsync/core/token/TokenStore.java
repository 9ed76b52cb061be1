package io.ghlsync.core.token;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Where OAuth tokens live between runs. Implementations must be thread-safe and make {@link #save}
 * atomic: a reader sees either the old or the new token, never a mix. Refresh tokens rotate on use,
 * so losing a saved token means the user has to authorise again.
 *
 * <p>Shipped: {@link InMemoryTokenStore}, {@link FileTokenStore} and {@link EncryptedTokenStore}
 * (wraps any store); {@code sync-store-jdbc} adds a database store whose renewals are single-flight
 * across processes (see {@link #renewExclusively}). A host may implement this over its own database
 * or vault.
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

  /**
   * Runs one renewal of the token under {@code key} so that no other renewal of that key runs at
   * the same time in any process sharing this store, for stores that can coordinate processes (a
   * database row lock, for example). {@link RefreshingTokenProvider} calls this around "read the
   * stored token, refresh it if it is still the stale one, save the new one"; inside, it reads and
   * saves only through the store it is given. A store that coordinates must make a token saved
   * through that view durable and visible to other processes before {@code save} returns, so that a
   * rotated pair is stored before it is used and the next process to get the lock sees it.
   *
   * <p>The default runs the renewal at once: within one process {@link RefreshingTokenProvider}
   * already serialises renewals, and processes sharing a store without coordination are tolerated
   * (a refused refresh is re-checked against the store) but may each spend a refresh.
   *
   * @param key the token key being renewed
   * @param renewal the renewal; its argument is the store to read and save through
   * @param <T> the renewal's result type
   * @return the renewal's result
   * @throws TokenStoreException if the store cannot take the lock
   */
  default <T> T renewExclusively(TokenKey key, Function<TokenStore, T> renewal) {
    return renewal.apply(this);
  }
}
