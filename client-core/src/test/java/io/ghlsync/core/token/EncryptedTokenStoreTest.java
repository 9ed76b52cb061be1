package io.ghlsync.core.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghlsync.core.Secret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptedTokenStoreTest {
  private static final Instant EXPIRY = Instant.parse("2030-01-01T00:00:00Z");
  private static final StoredToken TOKEN = Tokens.token("at-PLAIN-1", "rt-PLAIN-1", EXPIRY);

  @TempDir Path dir;

  @Test
  void roundTripThroughAFileStoreKeepsOnlyCiphertextOnDisk() throws IOException {
    FileTokenStore files = FileTokenStore.open(dir);
    EncryptedTokenStore store = EncryptedTokenStore.wrap(files, EncryptionKey.generate("k1"));

    store.save(Tokens.KEY, TOKEN);

    assertThat(store.load(Tokens.KEY)).contains(TOKEN);
    String onDisk = Files.readString(files.fileFor(Tokens.KEY), StandardCharsets.UTF_8);
    assertThat(onDisk)
        .contains("ghlsync-aesgcm-v1:k1:")
        .doesNotContain("at-PLAIN-1")
        .doesNotContain("rt-PLAIN-1")
        .doesNotContain("location-1")
        .doesNotContain("contacts.write");
    assertThat(store.keys()).containsExactly(Tokens.KEY);
    assertThat(store.toString()).contains("k1").doesNotContain("PLAIN");
  }

  @Test
  void everyWriteUsesAFreshIv() {
    InMemoryTokenStore inner = new InMemoryTokenStore();
    EncryptedTokenStore store = EncryptedTokenStore.wrap(inner, EncryptionKey.generate("k1"));

    store.save(Tokens.KEY, TOKEN);
    String first = inner.load(Tokens.KEY).orElseThrow().accessToken().reveal();
    store.save(Tokens.KEY, TOKEN);
    String second = inner.load(Tokens.KEY).orElseThrow().accessToken().reveal();

    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void aFlippedByteFailsWithAClearErrorAndNeverReturnsAToken() {
    InMemoryTokenStore inner = new InMemoryTokenStore();
    EncryptedTokenStore store = EncryptedTokenStore.wrap(inner, EncryptionKey.generate("k1"));
    store.save(Tokens.KEY, TOKEN);
    String envelope = inner.load(Tokens.KEY).orElseThrow().accessToken().reveal();
    int split = envelope.lastIndexOf(':') + 1;
    byte[] payload = Base64.getUrlDecoder().decode(envelope.substring(split));
    payload[payload.length / 2] ^= 0x01;
    String tampered =
        envelope.substring(0, split)
            + Base64.getUrlEncoder().withoutPadding().encodeToString(payload);
    inner.save(Tokens.KEY, StoredToken.builder(Secret.of(tampered, "t")).build());

    assertThatThrownBy(() -> store.load(Tokens.KEY))
        .isInstanceOf(TokenDecryptionException.class)
        .hasMessageContaining("failed authentication")
        .hasMessageContaining("was not used")
        .hasMessageNotContaining("PLAIN");
  }

  @Test
  void anEnvelopeCopiedToAnotherKeyDoesNotOpen() {
    InMemoryTokenStore inner = new InMemoryTokenStore();
    EncryptedTokenStore store = EncryptedTokenStore.wrap(inner, EncryptionKey.generate("k1"));
    store.save(Tokens.KEY, TOKEN);
    TokenKey other = new TokenKey("client-1", "location-2");
    inner.save(other, inner.load(Tokens.KEY).orElseThrow());

    assertThatThrownBy(() -> store.load(other)).isInstanceOf(TokenDecryptionException.class);
  }

  @Test
  void truncatedGarbledAndPlainEntriesAreRefused() {
    InMemoryTokenStore inner = new InMemoryTokenStore();
    EncryptedTokenStore store = EncryptedTokenStore.wrap(inner, EncryptionKey.generate("k1"));
    Map<String, String> cases =
        Map.of(
            "ghlsync-aesgcm-v1:k1:AAAA", "truncated",
            "ghlsync-aesgcm-v1:k1:!!!notbase64!!!", "not valid base64",
            "ghlsync-aesgcm-v1:nokeyid", "no key id",
            "at-PLAIN-1", "is not encrypted");
    for (Map.Entry<String, String> c : cases.entrySet()) {
      inner.save(Tokens.KEY, StoredToken.builder(Secret.of(c.getKey(), "t")).build());
      assertThatThrownBy(() -> store.load(Tokens.KEY))
          .isInstanceOf(TokenDecryptionException.class)
          .hasMessageContaining(c.getValue())
          .hasMessageNotContaining("PLAIN");
    }
  }

  @Test
  void aTokenSealedWithAnOldKeyIsReSealedWithTheNewKeyOnRead() {
    InMemoryTokenStore inner = new InMemoryTokenStore();
    EncryptionKey old = EncryptionKey.generate("2024");
    EncryptionKey current = EncryptionKey.generate("2025");
    EncryptedTokenStore.wrap(inner, old).save(Tokens.KEY, TOKEN);

    EncryptedTokenStore rotated = EncryptedTokenStore.wrap(inner, current, List.of(old));
    assertThat(rotated.load(Tokens.KEY)).contains(TOKEN);

    assertThat(inner.load(Tokens.KEY).orElseThrow().accessToken().reveal())
        .startsWith("ghlsync-aesgcm-v1:2025:");
    assertThat(EncryptedTokenStore.wrap(inner, current).load(Tokens.KEY)).contains(TOKEN);
  }

  @Test
  void rotateReSealsEveryEntryOnceAndTheOldKeyIsThenNoLongerNeeded() {
    InMemoryTokenStore inner = new InMemoryTokenStore();
    EncryptionKey old = EncryptionKey.generate("old");
    EncryptionKey current = EncryptionKey.generate("new");
    TokenKey second = new TokenKey("client-1", "location-2");
    EncryptedTokenStore.wrap(inner, old).save(Tokens.KEY, TOKEN);
    EncryptedTokenStore.wrap(inner, old).save(second, TOKEN);
    EncryptedTokenStore store = EncryptedTokenStore.wrap(inner, current, List.of(old));

    assertThat(store.rotate()).isEqualTo(2);
    assertThat(store.rotate()).isZero();

    EncryptedTokenStore withoutOld = EncryptedTokenStore.wrap(inner, current);
    assertThat(withoutOld.load(Tokens.KEY)).contains(TOKEN);
    assertThat(withoutOld.load(second)).contains(TOKEN);
  }

  @Test
  void aTokenSealedWithAnUnconfiguredKeyNamesThatKey() {
    InMemoryTokenStore inner = new InMemoryTokenStore();
    EncryptedTokenStore.wrap(inner, EncryptionKey.generate("lost")).save(Tokens.KEY, TOKEN);
    EncryptedTokenStore store = EncryptedTokenStore.wrap(inner, EncryptionKey.generate("k2"));

    assertThatThrownBy(() -> store.load(Tokens.KEY))
        .isInstanceOf(TokenDecryptionException.class)
        .hasMessageContaining("'lost'")
        .hasMessageContaining("previous key");
    assertThat(store.load(new TokenKey("client-1", "none"))).isEmpty();
    store.delete(Tokens.KEY);
    assertThat(inner.keys()).isEmpty();
  }

  @Test
  void keysComeFromBytesEnvironmentOrKeyStoreAndNeverShowTheirMaterial() throws Exception {
    byte[] raw = new byte[32];
    raw[0] = 7;
    String base64 = Base64.getEncoder().encodeToString(raw);
    EncryptionKey fromBytes = EncryptionKey.of("b", raw);
    EncryptionKey fromEnv =
        EncryptionKey.fromEnvironment("e", "TOKEN_KEY", Map.of("TOKEN_KEY", base64)::get);
    KeyStore keyStore = KeyStore.getInstance("PKCS12");
    keyStore.load(null, null);
    char[] password = "pw".toCharArray();
    keyStore.setEntry(
        "tokens",
        new KeyStore.SecretKeyEntry(new SecretKeySpec(raw, "AES")),
        new KeyStore.PasswordProtection(password));
    EncryptionKey fromKeyStore = EncryptionKey.fromKeyStore("ks", keyStore, "tokens", password);

    InMemoryTokenStore inner = new InMemoryTokenStore();
    EncryptedTokenStore.wrap(inner, fromBytes).save(Tokens.KEY, TOKEN);
    // Same material under different ids: the id is authenticated, so only "b" opens it.
    assertThat(EncryptedTokenStore.wrap(inner, fromBytes).load(Tokens.KEY)).contains(TOKEN);
    assertThat(fromEnv.id()).isEqualTo("e");
    assertThat(fromKeyStore.id()).isEqualTo("ks");
    EncryptedTokenStore.wrap(inner, fromKeyStore).save(Tokens.KEY, TOKEN);
    assertThat(EncryptedTokenStore.wrap(inner, EncryptionKey.of("ks", raw)).load(Tokens.KEY))
        .contains(TOKEN);
    assertThat(fromEnv.toString()).isEqualTo("EncryptionKey[id=e, key=redacted]");
  }

  @Test
  void badKeyMaterialIsRejectedNamingTheSourceButNotTheValue() {
    assertThatThrownBy(() -> EncryptionKey.of("k", new byte[16]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("32 bytes");
    assertThatThrownBy(() -> EncryptionKey.of("bad id", new byte[32]))
        .hasMessageContaining("key id");
    assertThatThrownBy(
            () -> EncryptionKey.fromEnvironment("k", "NOPE", Map.<String, String>of()::get))
        .hasMessageContaining("NOPE is not set");
    assertThatThrownBy(
            () -> EncryptionKey.fromEnvironment("k", "V", Map.of("V", "sekrit*value")::get))
        .hasMessageContaining("not valid base64")
        .hasMessageNotContaining("sekrit");
    assertThatThrownBy(() -> EncryptionKey.fromEnvironment("k", "V", Map.of("V", "c2hvcnQ=")::get))
        .hasMessageContaining("holds 5");
    assertThatThrownBy(
            () ->
                EncryptedTokenStore.wrap(
                    new InMemoryTokenStore(),
                    EncryptionKey.generate("a"),
                    List.of(EncryptionKey.generate("a"))))
        .hasMessageContaining("configured twice");
  }

  @Test
  void aKeyStoreEntryThatIsNotAnAes256KeyIsRejected() throws Exception {
    KeyStore keyStore = KeyStore.getInstance("PKCS12");
    keyStore.load(null, null);
    char[] pw = "pw".toCharArray();
    keyStore.setEntry(
        "short",
        new KeyStore.SecretKeyEntry(new SecretKeySpec(new byte[16], "AES")),
        new KeyStore.PasswordProtection(pw));

    assertThatThrownBy(() -> EncryptionKey.fromKeyStore("k", keyStore, "short", pw))
        .hasMessageContaining("256 bits");
    assertThatThrownBy(() -> EncryptionKey.fromKeyStore("k", keyStore, "missing", pw))
        .hasMessageContaining("missing");
  }
}
