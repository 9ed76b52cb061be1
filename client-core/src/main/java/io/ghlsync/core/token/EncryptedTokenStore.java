package io.ghlsync.core.token;

import io.ghlsync.core.Secret;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wraps any {@link TokenStore} so that it only ever sees ciphertext: each token is sealed with
 * AES-256-GCM (JDK provider) under a fresh random 12-byte IV, and the key id travels in the
 * envelope. The token key (client id and resource id) is authenticated too, so an envelope copied
 * to another key fails to open. A modified, truncated or foreign envelope raises {@link
 * TokenDecryptionException}; it never yields a token.
 *
 * <p>Key rotation: configure the new key as current and the old ones as previous. A token sealed
 * with an old key is opened with it and re-sealed with the current key on its next {@link #load},
 * or for all keys at once by {@link #rotate()}. Re-sealing is serialized per key with this store's
 * own writes, so it never overwrites a token saved meanwhile in this process.
 *
 * <p>Example: {@code EncryptedTokenStore.wrap(FileTokenStore.open(dir),
 * EncryptionKey.fromEnvironment("k2", "TOKEN_KEY"), List.of(oldKey))}
 */
public final class EncryptedTokenStore implements TokenStore {
  private static final Logger LOG = LoggerFactory.getLogger(EncryptedTokenStore.class);
  private static final String PREFIX = "ghlsync-aesgcm-v1:";
  private static final String AAD_LABEL = "ghlsync-token-v1";
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final TokenStore inner;
  private final EncryptionKey current;
  private final Map<String, EncryptionKey> keysById;
  private final SecureRandom random;
  private final Map<TokenKey, ReentrantLock> locks;

  private EncryptedTokenStore(TokenStore inner, EncryptionKey current, List<EncryptionKey> old) {
    this.inner = inner;
    this.current = current;
    Map<String, EncryptionKey> byId = new LinkedHashMap<>();
    byId.put(current.id(), current);
    for (EncryptionKey k : old) {
      if (byId.putIfAbsent(k.id(), k) != null) {
        throw new IllegalArgumentException("key id '" + k.id() + "' is configured twice");
      }
    }
    this.keysById = Map.copyOf(byId);
    this.random = new SecureRandom();
    this.locks = new ConcurrentHashMap<>();
  }

  /** The same keys and in-process locks over another view of the inner store (a renewal's). */
  private EncryptedTokenStore(EncryptedTokenStore outer, TokenStore innerView) {
    this.inner = innerView;
    this.current = outer.current;
    this.keysById = outer.keysById;
    this.random = outer.random;
    this.locks = outer.locks;
  }

  /**
   * Wraps a store, sealing with one key.
   *
   * @param inner the store that keeps the sealed tokens
   * @param current the key to seal with
   * @return the encrypting store
   */
  public static EncryptedTokenStore wrap(TokenStore inner, EncryptionKey current) {
    return new EncryptedTokenStore(inner, current, List.of());
  }

  /**
   * Wraps a store, sealing with {@code current} and still opening tokens sealed with {@code
   * previous} keys (which are then re-sealed with {@code current}).
   *
   * @param inner the store that keeps the sealed tokens
   * @param current the key to seal with
   * @param previous keys that older entries may be sealed with
   * @return the encrypting store
   * @throws IllegalArgumentException if two keys share an id
   */
  public static EncryptedTokenStore wrap(
      TokenStore inner, EncryptionKey current, List<EncryptionKey> previous) {
    return new EncryptedTokenStore(inner, current, new ArrayList<>(previous));
  }

  @Override
  public Optional<StoredToken> load(TokenKey key) {
    return locked(
        key,
        () -> {
          Optional<StoredToken> sealed = inner.load(key);
          if (sealed.isEmpty()) {
            return Optional.empty();
          }
          Envelope envelope = Envelope.parse(key, sealed.get().accessToken().reveal());
          StoredToken token = open(key, envelope);
          if (!envelope.keyId().equals(current.id())) {
            inner.save(key, seal(key, token));
            LOG.info(
                "re-encrypted the token for {} with key {} (was {})",
                key,
                current.id(),
                envelope.keyId());
          }
          return Optional.of(token);
        });
  }

  @Override
  public void save(TokenKey key, StoredToken token) {
    locked(
        key,
        () -> {
          inner.save(key, seal(key, token));
          return null;
        });
  }

  @Override
  public void delete(TokenKey key) {
    locked(
        key,
        () -> {
          inner.delete(key);
          return null;
        });
  }

  @Override
  public Set<TokenKey> keys() {
    return inner.keys();
  }

  /** Forwards to the inner store's coordination, sealing what the renewal saves through it. */
  @Override
  public <T> T renewExclusively(TokenKey key, Function<TokenStore, T> renewal) {
    return inner.renewExclusively(
        key, innerView -> renewal.apply(new EncryptedTokenStore(this, innerView)));
  }

  /**
   * Re-seals every entry that is not sealed with the current key.
   *
   * @return how many entries were re-sealed
   * @throws TokenDecryptionException if an entry cannot be opened (nothing after it is touched)
   */
  public int rotate() {
    int rotated = 0;
    for (TokenKey key : inner.keys()) {
      boolean changed =
          locked(
              key,
              () -> {
                Optional<StoredToken> sealed = inner.load(key);
                if (sealed.isEmpty()) {
                  return false;
                }
                Envelope envelope = Envelope.parse(key, sealed.get().accessToken().reveal());
                if (envelope.keyId().equals(current.id())) {
                  return false;
                }
                inner.save(key, seal(key, open(key, envelope)));
                return true;
              });
      rotated += changed ? 1 : 0;
    }
    LOG.info("re-encrypted {} stored tokens with key {}", rotated, current.id());
    return rotated;
  }

  @Override
  public String toString() {
    return "EncryptedTokenStore[key=" + current.id() + ", inner=" + inner + "]";
  }

  private <T> T locked(TokenKey key, Supplier<T> action) {
    ReentrantLock lock = locks.computeIfAbsent(key, k -> new ReentrantLock());
    lock.lock();
    try {
      return action.get();
    } finally {
      lock.unlock();
    }
  }

  private StoredToken seal(TokenKey key, StoredToken token) {
    byte[] iv = new byte[IV_BYTES];
    random.nextBytes(iv);
    byte[] sealed;
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, current.secretKey(), new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(aad(current.id(), key));
      sealed = cipher.doFinal(StoredTokenJson.write(token));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-256-GCM is unavailable in this JVM", e);
    }
    byte[] payload = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
    String envelope =
        PREFIX
            + current.id()
            + ":"
            + Base64.getUrlEncoder().withoutPadding().encodeToString(payload);
    return StoredToken.builder(Secret.of(envelope, "envelope"))
        .attribute("encryption", "AES-256-GCM")
        .build();
  }

  private StoredToken open(TokenKey key, Envelope envelope) {
    EncryptionKey k = keysById.get(envelope.keyId());
    if (k == null) {
      throw new TokenDecryptionException(
          "the stored token for "
              + key
              + " was encrypted with key '"
              + envelope.keyId()
              + "', which is not configured; add that key as a previous key of the"
              + " EncryptedTokenStore");
    }
    byte[] plain;
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE,
          k.secretKey(),
          new GCMParameterSpec(TAG_BITS, envelope.payload(), 0, IV_BYTES));
      cipher.updateAAD(aad(k.id(), key));
      plain = cipher.doFinal(envelope.payload(), IV_BYTES, envelope.payload().length - IV_BYTES);
    } catch (AEADBadTagException e) {
      throw Envelope.tampered(key, "its authentication tag does not match");
    } catch (GeneralSecurityException e) {
      throw Envelope.tampered(key, e.getClass().getSimpleName());
    }
    try {
      return StoredTokenJson.read(plain);
    } catch (IOException e) {
      throw Envelope.tampered(key, "it decrypts to an unreadable token");
    }
  }

  private static byte[] aad(String keyId, TokenKey key) {
    List<byte[]> parts =
        List.of(
            AAD_LABEL.getBytes(StandardCharsets.UTF_8),
            keyId.getBytes(StandardCharsets.UTF_8),
            key.clientId().getBytes(StandardCharsets.UTF_8),
            key.resourceId().getBytes(StandardCharsets.UTF_8));
    int size = parts.stream().mapToInt(p -> 4 + p.length).sum();
    ByteBuffer out = ByteBuffer.allocate(size);
    for (byte[] p : parts) {
      out.putInt(p.length).put(p);
    }
    return out.array();
  }

  /** A parsed envelope: {@code ghlsync-aesgcm-v1:<keyId>:<base64url(iv || ciphertext+tag)>}. */
  private static final class Envelope {
    private final String keyId;
    private final byte[] payload;

    private Envelope(String keyId, byte[] payload) {
      this.keyId = keyId;
      this.payload = payload;
    }

    String keyId() {
      return keyId;
    }

    byte[] payload() {
      return payload;
    }

    static Envelope parse(TokenKey key, String text) {
      if (!text.startsWith(PREFIX)) {
        throw new TokenDecryptionException(
            "the stored token for "
                + key
                + " is not encrypted (or not in a format this version reads); it was not used."
                + " Delete it and authorise again, or save tokens only through the"
                + " EncryptedTokenStore");
      }
      int colon = text.indexOf(':', PREFIX.length());
      if (colon < 0) {
        throw tampered(key, "its envelope has no key id");
      }
      byte[] payload;
      try {
        payload = Base64.getUrlDecoder().decode(text.substring(colon + 1));
      } catch (IllegalArgumentException e) {
        throw tampered(key, "its envelope is not valid base64");
      }
      if (payload.length <= IV_BYTES + TAG_BITS / 8) {
        throw tampered(key, "its envelope is truncated");
      }
      return new Envelope(text.substring(PREFIX.length(), colon), payload);
    }

    static TokenDecryptionException tampered(TokenKey key, String why) {
      return new TokenDecryptionException(
          "the stored token for "
              + key
              + " failed authentication ("
              + why
              + "): it was modified, corrupted or copied from another key, and was not used;"
              + " restore the token store from a backup or authorise again");
    }
  }
}
