package io.ghlsync.sync.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghlsync.sync.store.RecordedVersion;
import io.ghlsync.sync.store.SyncStore;
import io.ghlsync.sync.store.VersionChangedException;
import io.ghlsync.sync.store.VersionHistory;
import io.ghlsync.sync.store.VersionKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * The contract of a store's {@link SyncStore#versions() version history}, part of {@link
 * SyncStoreContract}: a version is recorded once with its content, a changed content under the same
 * version is refused, and versions list in the order they were first used.
 */
public interface VersionHistoryContract {
  /**
   * The store under test.
   *
   * @return a fresh store
   */
  SyncStore storeUnderTest();

  /** The instant versions are recorded at. */
  Instant AT = Instant.parse("2025-01-01T00:00:00Z");

  private VersionHistory history() {
    return storeUnderTest().versions();
  }

  private static RecordedVersion version(String target, VersionKind kind, String v, String text) {
    return RecordedVersion.of(target, kind, v, "ghl-to-" + target, text, AT);
  }

  @Test
  default void recordsEachVersionOnceWithItsContentAndHash() {
    RecordedVersion v1 = version("t", VersionKind.MAPPING, "1", "{\"rules\":[1]}");
    assertThat(history().record(v1)).isEqualTo(v1);
    assertThat(history().record(version("t", VersionKind.MAPPING, "1", "{\"rules\":[1]}")))
        .isEqualTo(v1);
    assertThat(v1.hash()).hasSize(64).isEqualTo(RecordedVersion.sha256("{\"rules\":[1]}"));

    RecordedVersion v2 = version("t", VersionKind.MAPPING, "2", "{\"rules\":[1,2]}");
    history().record(v2);
    RecordedVersion scoring = version("t", VersionKind.SCORING, "1", "{\"w\":3}");
    history().record(scoring);
    RecordedVersion otherTarget = version("u", VersionKind.MAPPING, "1", "{\"other\":true}");
    history().record(otherTarget);

    assertThat(history().get("t", VersionKind.MAPPING, "2")).contains(v2);
    assertThat(history().get("t", VersionKind.MAPPING, "3")).isEmpty();
    assertThat(history().get("t", VersionKind.RULES, "1")).isEmpty();
    assertThat(history().list("t", VersionKind.MAPPING)).containsExactly(v1, v2);
    assertThat(history().list()).containsExactly(v1, v2, scoring, otherTarget);
  }

  @Test
  default void refusesAChangedContentUnderAVersionAlreadyRecorded() {
    RecordedVersion first = version("t", VersionKind.RULES, "office-1", "{\"rules\":[\"a\"]}");
    history().record(first);
    RecordedVersion changed = version("t", VersionKind.RULES, "office-1", "{\"rules\":[\"b\"]}");

    assertThat(history().recordIfAbsent(changed)).isEqualTo(first);
    assertThatThrownBy(() -> history().record(changed))
        .isInstanceOfSatisfying(
            VersionChangedException.class,
            e -> {
              assertThat(e.recorded()).isEqualTo(first);
              assertThat(e.loaded()).isEqualTo(changed);
            })
        .hasMessageContaining("rules file")
        .hasMessageContaining("target 't'")
        .hasMessageContaining("version 'office-1'")
        .hasMessageContaining("give the changed file a new version");
    assertThat(history().list()).containsExactly(first);
  }

  @Test
  default void instancesRecordingOneVersionAtOnceAllGetTheSameContent() throws Exception {
    Set<String> hashes = ConcurrentHashMap.newKeySet();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String text = "{\"instance\":" + i + "}";
      Thread thread =
          new Thread(
              () -> {
                try {
                  start.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  return;
                }
                hashes.add(
                    history().recordIfAbsent(version("t", VersionKind.MAPPING, "7", text)).hash());
              });
      thread.start();
      threads.add(thread);
    }
    start.countDown();
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(hashes).hasSize(1);
    assertThat(history().list()).hasSize(1);
  }
}
