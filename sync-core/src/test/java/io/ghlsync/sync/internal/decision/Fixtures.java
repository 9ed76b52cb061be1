package io.ghlsync.sync.internal.decision;

import io.ghlsync.sync.mapping.MappedRecord;
import io.ghlsync.sync.model.DeletePolicy;
import io.ghlsync.sync.model.EntityKind;
import io.ghlsync.sync.store.Link;
import io.ghlsync.sync.store.LinkKey;
import io.ghlsync.sync.target.TargetCapabilities;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** Inputs shared by the decision core's tests. */
final class Fixtures {
  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  static final Instant T1 = Instant.parse("2026-01-02T00:00:00Z");
  static final Subject CONTACT = Subject.contact("c1", "item-1");
  static final Subject TASK = Subject.child(EntityKind.TASK, "t1", "c1", "900", "item-1");
  static final Subject NOTE = Subject.child(EntityKind.NOTE, "n1", "c1", "900", "item-1");

  /** Everything: archive and delete every kind, update every kind, find tasks and notes. */
  static final TargetCapabilities ALL =
      new TargetCapabilities(
          Map.of(
              EntityKind.CONTACT, Set.of(DeletePolicy.ARCHIVE, DeletePolicy.DELETE),
              EntityKind.TASK, Set.of(DeletePolicy.ARCHIVE, DeletePolicy.DELETE),
              EntityKind.NOTE, Set.of(DeletePolicy.ARCHIVE, DeletePolicy.DELETE)),
          Set.of(EntityKind.CONTACT, EntityKind.TASK, EntityKind.NOTE),
          true);

  /** Nothing beyond creates and contact searches. */
  static final TargetCapabilities CREATE_ONLY = new TargetCapabilities(Map.of(), Set.of(), false);

  private Fixtures() {}

  static MappedRecord record(Map<String, ?> fields, String... cleared) {
    return new MappedRecord(Map.copyOf(fields), Set.of(cleared));
  }

  static LinkKey key(Subject s) {
    return new LinkKey("crm", "loc", s.kind(), s.ghlId());
  }

  static Link link(Subject s, MappedRecord lastMapped, boolean tombstone) {
    return new Link(
        key(s),
        s.contactId(),
        "700",
        lastMapped.fingerprint(),
        lastMapped.fields(),
        "v1",
        T0,
        tombstone);
  }

  static Link linkWithSnapshot(Subject s, String fingerprint, Map<String, Object> snapshot) {
    return new Link(key(s), s.contactId(), "700", fingerprint, snapshot, "v1", T0, false);
  }
}
