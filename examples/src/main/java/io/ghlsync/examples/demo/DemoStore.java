package io.ghlsync.examples.demo;

import io.ghlsync.examples.cli.ExampleFailure;
import io.ghlsync.sync.store.InMemorySyncStore;
import io.ghlsync.sync.store.SyncStore;
import io.ghlsync.sync.store.jdbc.JdbcSyncStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * The demo's sync store: an embedded H2 file (the default; durable, so the demo can stop an engine
 * partway and resume with a new one) or, with {@code --store memory}, the in-memory store.
 */
final class DemoStore implements AutoCloseable {
  /** Which store the demo runs on. */
  enum Kind {
    /** An embedded H2 file database ({@code JdbcSyncStore}). */
    H2,
    /** The in-memory store: gone when the demo exits. */
    MEMORY;

    static Kind parse(String value) {
      return switch (value) {
        case "h2" -> H2;
        case "memory" -> MEMORY;
        default -> throw ExampleFailure.usage("--store must be h2 or memory, not '" + value + "'");
      };
    }
  }

  private final SyncStore store;
  private final Optional<DataSource> h2;
  private final Optional<Path> folder;
  private final boolean deleteOnClose;

  private DemoStore(
      SyncStore store, Optional<DataSource> h2, Optional<Path> folder, boolean deleteOnClose) {
    this.store = store;
    this.h2 = h2;
    this.folder = folder;
    this.deleteOnClose = deleteOnClose;
  }

  /**
   * The in-memory store.
   *
   * @return the store
   */
  static DemoStore memory() {
    return new DemoStore(new InMemorySyncStore(), Optional.empty(), Optional.empty(), false);
  }

  /**
   * A fresh H2 database in a new temporary folder, deleted when closed (the sandbox's fakes forget
   * their data when they stop, so their store must not outlive them).
   *
   * @return the store
   */
  static DemoStore freshH2() {
    try {
      return h2(Files.createTempDirectory("ghlsync-demo-"), true);
    } catch (IOException e) {
      throw new UncheckedIOException("could not create a folder for the demo's database", e);
    }
  }

  /**
   * The H2 database in a folder, kept when closed (real services: a second run finds its links).
   *
   * @param folder the folder
   * @return the store
   */
  static DemoStore persistentH2(Path folder) {
    return h2(folder, false);
  }

  private static DemoStore h2(Path folder, boolean deleteOnClose) {
    DataSource ds = JdbcSyncStore.h2File(folder.resolve("ghlsync"));
    SyncStore store = JdbcSyncStore.builder(ds).createSchemaIfMissing().build();
    return new DemoStore(store, Optional.of(ds), Optional.of(folder), deleteOnClose);
  }

  SyncStore store() {
    return store;
  }

  boolean durable() {
    return h2.isPresent();
  }

  /** What to print about where the state lives. */
  String describe() {
    return folder
        .map(
            f ->
                "an H2 file database in "
                    + f
                    + (deleteOnClose ? " (fresh for this run, deleted at the end)" : " (kept)"))
        .orElse("in this JVM's memory, gone when the demo exits");
  }

  @Override
  public void close() {
    if (h2.isEmpty()) {
      return;
    }
    try (Connection c = h2.get().getConnection();
        Statement s = c.createStatement()) {
      s.execute("SHUTDOWN"); // h2File keeps the file open until the JVM exits otherwise
    } catch (SQLException e) {
      throw new IllegalStateException("could not close the demo's H2 database", e);
    }
    if (deleteOnClose && folder.isPresent()) {
      try (Stream<Path> files = Files.walk(folder.get())) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("could not delete " + folder.get(), e);
      }
    }
  }
}
