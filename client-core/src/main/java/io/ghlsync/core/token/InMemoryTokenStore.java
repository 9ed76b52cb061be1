package io.ghlsync.core.token;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link TokenStore} in process memory: fast, thread-safe, and gone when the process ends. Use it
 * in tests, or for tokens that can be re-derived (e.g. GHL location tokens from an agency token).
 */
public final class InMemoryTokenStore implements TokenStore {
  private final Map<TokenKey, StoredToken> tokens = new ConcurrentHashMap<>();

  /** Creates an empty store. */
  public InMemoryTokenStore() {}

  @Override
  public Optional<StoredToken> load(TokenKey key) {
    return Optional.ofNullable(tokens.get(key));
  }

  @Override
  public void save(TokenKey key, StoredToken token) {
    tokens.put(key, token);
  }

  @Override
  public void delete(TokenKey key) {
    tokens.remove(key);
  }

  @Override
  public Set<TokenKey> keys() {
    return Set.copyOf(tokens.keySet());
  }

  @Override
  public String toString() {
    return "InMemoryTokenStore[" + tokens.size() + " tokens]";
  }
}
