package io.ghlsync.sync.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ghlsync.sync.model.Decision;
import io.ghlsync.sync.model.EntityKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InMemorySyncStoreTest {
  private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

  private static Link link(EntityKind kind, String ghlId, String contactId, String targetId) {
    return new Link(
        new LinkKey("t", "loc", kind, ghlId),
        contactId,
        targetId,
        "fp",
        Map.of("a", 1),
        "v1",
        T0,
        false);
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
  void storesLinksAndFindsThemByContact() {
    InMemorySyncStore store = new InMemorySyncStore();
    LinkStore links = store.links();
    links.put(link(EntityKind.CONTACT, "c1", "c1", "100"));
    links.put(link(EntityKind.TASK, "t1", "c1", "200"));
    links.put(link(EntityKind.NOTE, "n1", "c2", "300"));

    assertThat(links.get(new LinkKey("t", "loc", EntityKind.CONTACT, "c1")))
        .hasValueSatisfying(l -> assertThat(l.targetId()).isEqualTo("100"));
    assertThat(links.forContact("t", "loc", "c1"))
        .extracting(Link::targetId)
        .containsExactlyInAnyOrder("100", "200");
    assertThat(links.count("t")).isEqualTo(3);

    links.put(link(EntityKind.TASK, "t1", "c2", "200"));
    links.remove(new LinkKey("t", "loc", EntityKind.CONTACT, "c1"));

    assertThat(links.forContact("t", "loc", "c1")).isEmpty();
    assertThat(links.forContact("t", "loc", "c2")).hasSize(2);
    assertThat(links.get(new LinkKey("t", "loc", EntityKind.CONTACT, "c1"))).isEmpty();
    assertThat(link(EntityKind.NOTE, "n", "c", "1").asTombstone(T0).tombstone()).isTrue();
  }

  @Test
  void validatesKeys() {
    assertThatThrownBy(() -> new LinkKey("t", " ", EntityKind.CONTACT, "c"))
        .hasMessageContaining("locationId must not be blank");
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
  void storesCursorsPerTarget() {
    CursorStore cursors = new InMemorySyncStore().cursors();
    cursors.put("a", "poll:loc", "x");

    assertThat(cursors.get("a", "poll:loc")).contains("x");
    assertThat(cursors.get("b", "poll:loc")).isEmpty();
    cursors.remove("a", "poll:loc");
    assertThat(cursors.get("a", "poll:loc")).isEmpty();
  }

  @Test
  void recognisesSeenWebhookIdsUntilForgotten() {
    SeenWebhooks seen = new InMemorySyncStore().seenWebhooks();

    assertThat(seen.markSeen("crm", "w1", T0)).isTrue();
    assertThat(seen.markSeen("crm", "w1", T0)).isFalse();
    assertThat(seen.markSeen("other", "w1", T0)).isTrue();
    seen.forget("crm", "w1");
    assertThat(seen.markSeen("crm", "w1", T0.plusSeconds(5))).isTrue();
    assertThat(seen.markSeen("other", "w1", T0)).isFalse();
    seen.markSeen("crm", "w0", T0);
    assertThat(seen.purgeBefore(T0.plusSeconds(1))).isEqualTo(2);
    assertThat(seen.markSeen("crm", "w0", T0)).isTrue();
    assertThat(seen.markSeen("crm", "w1", T0)).isFalse();
  }
}
