package io.ghlsync.core.token;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link TokenStore} keeping one file per key in one directory. Writes go to a temporary file
 * that is flushed to disk, then atomically renamed over the old file, then the directory is
 * flushed: after a crash at any point the old token or the new one is there, never a half-written
 * file. On POSIX systems the directory is {@code rwx------} and the files {@code rw-------}.
 *
 * <p>Tokens are stored in clear text; wrap the store in {@link EncryptedTokenStore} unless the disk
 * is otherwise protected. Several processes may share the directory, but refreshes are coordinated
 * only within one process (see {@link RefreshingTokenProvider}).
 */
public final class FileTokenStore implements TokenStore {
  private static final Logger LOG = LoggerFactory.getLogger(FileTokenStore.class);
  private static final String SUFFIX = ".token";
  private static final String TEMP_PREFIX = ".tmp-";
  private static final String TEMP_SUFFIX = ".partial";
  private static final Duration STALE_TEMP_AGE = Duration.ofMinutes(1);
  private static final Set<PosixFilePermission> DIR_PERMISSIONS =
      PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> FILE_PERMISSIONS =
      PosixFilePermissions.fromString("rw-------");
  private static final Base64.Encoder NAME_ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder NAME_DECODER = Base64.getUrlDecoder();

  private final Path directory;
  private final boolean posix;
  private final ContentWriter writer;

  /** Writes file content; replaceable in tests to simulate a crash mid-write. */
  @FunctionalInterface
  interface ContentWriter {
    void write(FileChannel channel, byte[] content) throws IOException;
  }

  FileTokenStore(Path directory, ContentWriter writer) {
    this.directory = directory.toAbsolutePath();
    this.posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    this.writer = writer;
    prepareDirectory();
  }

  /**
   * Opens (and creates, owner-only, if missing) a token directory. Leftovers of writes that crashed
   * more than a minute ago are removed.
   *
   * @param directory the directory holding the token files
   * @return the store
   * @throws TokenStoreException if the directory cannot be created or secured
   */
  public static FileTokenStore open(Path directory) {
    return new FileTokenStore(directory, FileTokenStore::writeFully);
  }

  /**
   * The directory holding the token files.
   *
   * @return the directory
   */
  public Path directory() {
    return directory;
  }

  @Override
  public Optional<StoredToken> load(TokenKey key) {
    Path file = fileFor(key);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(StoredTokenJson.read(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new TokenStoreException(
          "token file "
              + file
              + " for "
              + key
              + " is unreadable ("
              + e.getMessage()
              + "); restore it from a backup or authorise again",
          e);
    }
  }

  @Override
  public void save(TokenKey key, StoredToken token) {
    Path target = fileFor(key);
    Path temp = null;
    try {
      temp = Files.createTempFile(directory, TEMP_PREFIX, TEMP_SUFFIX, fileAttributes());
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        writer.write(channel, StoredTokenJson.write(token));
        channel.force(true);
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      temp = null;
      syncDirectory();
    } catch (AtomicMoveNotSupportedException e) {
      throw new TokenStoreException(
          "the file system of " + directory + " cannot rename atomically; use another directory",
          e);
    } catch (IOException e) {
      throw new TokenStoreException(
          "could not save the token for "
              + key
              + " to "
              + target
              + " ("
              + e.getClass().getSimpleName()
              + "); the previous token file is unchanged",
          e);
    } finally {
      if (temp != null) {
        deleteQuietly(temp);
      }
    }
  }

  @Override
  public void delete(TokenKey key) {
    try {
      if (Files.deleteIfExists(fileFor(key))) {
        syncDirectory();
      }
    } catch (IOException e) {
      throw new TokenStoreException("could not delete the token file for " + key, e);
    }
  }

  @Override
  public Set<TokenKey> keys() {
    Set<TokenKey> keys = new HashSet<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        String stem = name.substring(0, name.length() - SUFFIX.length());
        int dot = stem.indexOf('.');
        if (name.startsWith(".") || dot < 0) {
          continue;
        }
        try {
          keys.add(new TokenKey(decode(stem.substring(0, dot)), decode(stem.substring(dot + 1))));
        } catch (IllegalArgumentException e) {
          LOG.debug("ignoring {}: not a token file name", file);
        }
      }
    } catch (IOException e) {
      throw new TokenStoreException("could not list token files in " + directory, e);
    }
    return Set.copyOf(keys);
  }

  @Override
  public String toString() {
    return "FileTokenStore[" + directory + "]";
  }

  Path fileFor(TokenKey key) {
    return directory.resolve(encode(key.clientId()) + "." + encode(key.resourceId()) + SUFFIX);
  }

  private void prepareDirectory() {
    try {
      if (!Files.isDirectory(directory)) {
        Files.createDirectories(directory, directoryAttributes());
      }
      if (posix) {
        Files.setPosixFilePermissions(directory, DIR_PERMISSIONS);
      }
      removeStaleTempFiles();
    } catch (IOException | UnsupportedOperationException e) {
      throw new TokenStoreException(
          "could not create or secure the token directory " + directory + ": " + e, e);
    }
  }

  private void removeStaleTempFiles() throws IOException {
    FileTime cutoff = FileTime.from(Instant.now().minus(STALE_TEMP_AGE));
    try (DirectoryStream<Path> temps =
        Files.newDirectoryStream(directory, TEMP_PREFIX + "*" + TEMP_SUFFIX)) {
      for (Path temp : temps) {
        if (Files.getLastModifiedTime(temp).compareTo(cutoff) < 0) {
          LOG.info("removing {}, left over from an interrupted token write", temp.getFileName());
          deleteQuietly(temp);
        }
      }
    }
  }

  private void syncDirectory() {
    try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
      dir.force(true);
    } catch (IOException e) {
      // Some platforms (Windows) cannot open a directory; the rename itself is still atomic.
      LOG.debug("could not flush directory {}: {}", directory, e.getClass().getSimpleName());
    }
  }

  private FileAttribute<?>[] fileAttributes() {
    return posix
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE_PERMISSIONS)}
        : new FileAttribute<?>[0];
  }

  private FileAttribute<?>[] directoryAttributes() {
    return posix
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(DIR_PERMISSIONS)}
        : new FileAttribute<?>[0];
  }

  private static void writeFully(FileChannel channel, byte[] content) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(content);
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.warn("could not delete temporary token file {}", file.getFileName());
    }
  }

  private static String encode(String part) {
    return NAME_ENCODER.encodeToString(part.getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String part) {
    return new String(NAME_DECODER.decode(part), StandardCharsets.UTF_8);
  }
}
