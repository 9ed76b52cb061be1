package io.ghlsync.sync.store.jdbc;

import io.ghlsync.sync.store.SyncStore;
import io.ghlsync.sync.testing.SyncStoreContract;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on an embedded H2 file database (a fresh file per test). */
class H2SyncStoreContractTest extends SyncStoreContract {
  @TempDir Path dir;

  @Override
  protected SyncStore newStore(Clock clock) {
    return JdbcSyncStore.builder(TestDatabases.h2File(dir))
        .clock(clock)
        .createSchemaIfMissing()
        .build();
  }
}
