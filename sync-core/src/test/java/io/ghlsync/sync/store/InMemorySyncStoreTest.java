package io.ghlsync.sync.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghlsync.sync.model.Decision;
import io.ghlsync.sync.model.EntityKind;
import io.ghlsync.sync.testing.SyncStoreContract;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The store contract on the in-memory store, plus what only it promises (a bounded audit). */
class InMemorySyncStoreTest extends SyncStoreContract {
  @Override
  protected SyncStore newStore(Clock clock) {
    return new InMemorySyncStore(clock, InMemorySyncStore.DEFAULT_AUDIT_CAPACITY);
  }

  private static AuditEntry audit(Instant at, String contactId) {
    return new AuditEntry(
        at,
        "t",
        "loc",
        contactId,
        EntityKind.CONTACT,
        contactId,
        Optional.empty(),
        Decision.CREATED,
        "v1",
        List.of(),
        "",
        "item");
  }

  @Test
  void keepsAuditPerContactWithinCapacity() {
    InMemorySyncStore store = new InMemorySyncStore(3);
    AuditLog log = store.audit();
    log.append(audit(T0, "c1"));
    log.append(audit(T0.plusSeconds(1), "c2"));
    log.append(audit(T0.plusSeconds(2), "c1"));
    log.append(audit(T0.plusSeconds(3), "c1"));

    assertThat(log.forContact("loc", "c1"))
        .extracting(AuditEntry::at)
        .containsExactly(T0.plusSeconds(2), T0.plusSeconds(3));
    assertThat(log.recent(2))
        .extracting(AuditEntry::at)
        .containsExactly(T0.plusSeconds(3), T0.plusSeconds(2));
    assertThat(log.purgeBefore(T0.plusSeconds(3))).isEqualTo(2);
    assertThat(log.forContact("loc", "c2")).isEmpty();
    assertThat(log.forContact("loc", "unknown")).isEmpty();
    assertThatThrownBy(() -> new InMemorySyncStore(0)).hasMessageContaining("auditCapacity");
  }

  @Test
  void givesOneViewPerScopeName() {
    InMemorySyncStore store = new InMemorySyncStore();

    assertThat(store.forEngine("e")).isSameAs(store.forEngine("e"));
    assertThat(store.forTarget("t").targetName()).isEqualTo("t");
    assertThat(store.forEngine("e").engineName()).isEqualTo("e");
    assertThatThrownBy(() -> store.forTarget(" ")).hasMessageContaining("targetName");
  }
}
