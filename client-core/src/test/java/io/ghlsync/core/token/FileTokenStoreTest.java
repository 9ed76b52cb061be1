package io.ghlsync.core.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTokenStoreTest {
  private static final Instant EXPIRY = Instant.parse("2030-01-01T00:00:00Z");

  @TempDir Path dir;

  @Test
  void savedTokenIsReadBackWithEveryField() {
    FileTokenStore store = FileTokenStore.open(dir.resolve("tokens"));
    StoredToken token = Tokens.token("at-1", "rt-1", EXPIRY);

    store.save(Tokens.KEY, token);

    StoredToken read = FileTokenStore.open(dir.resolve("tokens")).load(Tokens.KEY).orElseThrow();
    assertThat(read).isEqualTo(token);
    assertThat(read.attributes()).containsEntry("userId", "user-1");
    assertThat(read.companyId()).contains("company-1");
    assertThat(store.keys()).containsExactly(Tokens.KEY);
  }

  @Test
  void directoryAndFilesAreOwnerOnly() throws IOException {
    if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    FileTokenStore store = FileTokenStore.open(dir.resolve("tokens"));
    store.save(Tokens.KEY, Tokens.token("at-1", "rt-1", EXPIRY));

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.directory())))
        .isEqualTo("rwx------");
    assertThat(
            PosixFilePermissions.toString(Files.getPosixFilePermissions(store.fileFor(Tokens.KEY))))
        .isEqualTo("rw-------");
  }

  @Test
  void aWriteThatFailsHalfwayLeavesTheOldTokenAndNoTemporaryFile() throws IOException {
    Path tokens = dir.resolve("tokens");
    FileTokenStore.open(tokens).save(Tokens.KEY, Tokens.token("at-old", "rt-old", EXPIRY));
    FileTokenStore crashing =
        new FileTokenStore(
            tokens,
            (channel, content) -> {
              channel.write(ByteBuffer.wrap(content, 0, content.length / 2));
              throw new IOException("disk full");
            });

    assertThatThrownBy(() -> crashing.save(Tokens.KEY, Tokens.token("at-new", "rt-new", EXPIRY)))
        .isInstanceOf(TokenStoreException.class)
        .hasMessageContaining("previous token file is unchanged")
        .hasMessageNotContaining("at-new");

    assertThat(crashing.load(Tokens.KEY).orElseThrow().accessToken().reveal()).isEqualTo("at-old");
    try (Stream<Path> files = Files.list(tokens)) {
      assertThat(files).hasSize(1);
    }
  }

  @Test
  void aCrashedProcessLeavesAHalfWrittenTempFileThatNeverReplacesTheGoodOne() throws IOException {
    Path tokens = dir.resolve("tokens");
    FileTokenStore first = FileTokenStore.open(tokens);
    first.save(Tokens.KEY, Tokens.token("at-good", "rt-good", EXPIRY));
    byte[] whole = Files.readAllBytes(first.fileFor(Tokens.KEY));
    // What a process killed between write and rename leaves behind: a truncated temp file.
    Path leftover = tokens.resolve(".tmp-123456.partial");
    Files.write(leftover, Arrays.copyOf(whole, whole.length / 2));
    Path recent = tokens.resolve(".tmp-789.partial");
    Files.write(recent, new byte[] {'{'});
    Files.setLastModifiedTime(leftover, FileTime.from(Instant.now().minusSeconds(3600)));

    FileTokenStore restarted = FileTokenStore.open(tokens);

    assertThat(restarted.load(Tokens.KEY).orElseThrow().refreshToken().orElseThrow().reveal())
        .isEqualTo("rt-good");
    assertThat(restarted.keys()).containsExactly(Tokens.KEY);
    assertThat(leftover).doesNotExist();
    assertThat(recent).exists();
  }

  @Test
  void aCorruptTokenFileFailsWithTheFileNameAndNoContent() throws IOException {
    FileTokenStore store = FileTokenStore.open(dir);
    Files.write(
        store.fileFor(Tokens.KEY),
        "{\"accessToken\":\"at-secret\",\"expiresAt\":\"yesterday\"}"
            .getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> store.load(Tokens.KEY))
        .isInstanceOf(TokenStoreException.class)
        .hasMessageContaining(store.fileFor(Tokens.KEY).getFileName().toString())
        .hasMessageContaining("authorise again")
        .hasMessageNotContaining("at-secret");
  }

  @Test
  void deleteRemovesTheTokenAndUnknownFilesAreNotKeys() throws IOException {
    FileTokenStore store = FileTokenStore.open(dir);
    store.save(Tokens.KEY, Tokens.token("at-1", "rt-1", EXPIRY));
    Files.write(dir.resolve("notes.token"), new byte[] {1});
    Files.write(dir.resolve("README.txt"), new byte[] {1});

    assertThat(store.keys()).containsExactly(Tokens.KEY);
    store.delete(Tokens.KEY);
    store.delete(Tokens.KEY);

    assertThat(store.load(Tokens.KEY)).isEmpty();
    assertThat(store.keys()).isEmpty();
    assertThat(store.toString()).contains(dir.toString());
  }

  @Test
  void keysWithAnyCharactersMapToSafeDistinctFileNames() {
    FileTokenStore store = FileTokenStore.open(dir);
    TokenKey odd = new TokenKey("client/../x", "loc:ä é");
    store.save(odd, Tokens.token("at-odd", "rt-odd", EXPIRY));
    store.save(Tokens.KEY, Tokens.token("at-1", "rt-1", EXPIRY));

    assertThat(store.fileFor(odd).getParent()).isEqualTo(store.directory());
    assertThat(store.keys()).containsExactlyInAnyOrder(odd, Tokens.KEY);
    assertThat(store.load(odd).orElseThrow().accessToken().reveal()).isEqualTo("at-odd");
  }

  @Test
  void inMemoryStoreSavesLoadsListsAndDeletes() {
    InMemoryTokenStore store = new InMemoryTokenStore();
    store.save(Tokens.KEY, Tokens.token("at-1", "rt-1", EXPIRY));

    assertThat(store.load(Tokens.KEY)).isPresent();
    assertThat(store.keys()).containsExactly(Tokens.KEY);
    assertThat(store.toString()).doesNotContain("at-1").contains("1 tokens");
    store.delete(Tokens.KEY);
    assertThat(store.load(Tokens.KEY)).isEmpty();
  }
}
