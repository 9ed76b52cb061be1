package io.ghlsync.sync.store;

import io.ghlsync.sync.model.EntityKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The in-memory {@link LinkStore} of one target, indexed by key, by target id and by contact.
 *
 * <p>Links are kept compact, because they are most of the in-memory store's heap: the snapshot as
 * two arrays (field names shared across links) instead of a map, a SHA-256 fingerprint as its 32
 * bytes instead of 64 hex characters, repeated texts (field names, location ids, mapping versions)
 * shared, and the links of one contact in a small array. A {@link Link} is built again on every
 * read.
 */
final class InMemoryLinkStore implements LinkStore {
  private record ContactKey(String locationId, String contactId) {}

  private record TargetKey(EntityKind kind, String targetId) {}

  private static final HexFormat HEX = HexFormat.of();
  private static final LinkKey[] NO_KEYS = new LinkKey[0];

  /** A link as stored: the same content as {@link Link}, in fewer bytes. */
  private static final class Stored {
    final LinkKey key;
    final String contactId;
    final String targetId;
    final Object fingerprint;
    final String[] fields;
    final Object[] values;
    final String mappingVersion;
    final long syncedSecond;
    final int syncedNano;
    final boolean tombstone;

    Stored(LinkKey key, Link link, Object fingerprint, String[] fields, Object[] values, String v) {
      this.key = key;
      this.contactId = link.contactId();
      this.targetId = link.targetId();
      this.fingerprint = fingerprint;
      this.fields = fields;
      this.values = values;
      this.mappingVersion = v;
      this.syncedSecond = link.syncedAt().getEpochSecond();
      this.syncedNano = link.syncedAt().getNano();
      this.tombstone = link.tombstone();
    }
  }

  private final String target;
  private final Map<LinkKey, Stored> links = new HashMap<>();
  private final Map<TargetKey, LinkKey> byTargetId = new HashMap<>();
  private final Map<ContactKey, LinkKey[]> byContact = new HashMap<>();
  private final Map<String, String> shared = new HashMap<>();

  InMemoryLinkStore(String target) {
    this.target = target;
  }

  private LinkKey mine(LinkKey key) {
    if (!key.target().equals(target)) {
      throw new IllegalArgumentException(
          "link key names target " + key.target() + " but this store view is for " + target);
    }
    return key;
  }

  /** One instance per distinct text, for the few texts that repeat across links (bounded). */
  private String share(String text) {
    return shared.computeIfAbsent(text, t -> t);
  }

  private Stored compact(LinkKey key, Link link) {
    Map<String, Object> snapshot = link.snapshot();
    String[] fields = new String[snapshot.size()];
    Object[] values = new Object[snapshot.size()];
    int i = 0;
    for (Map.Entry<String, Object> e : snapshot.entrySet()) {
      fields[i] = share(e.getKey());
      values[i] = e.getValue();
      i++;
    }
    String fp = link.fingerprint();
    Object fingerprint = isSha256Hex(fp) ? HEX.parseHex(fp) : fp;
    return new Stored(key, link, fingerprint, fields, values, share(link.mappingVersion()));
  }

  private static boolean isSha256Hex(String text) {
    if (text.length() != 64) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }

  private static Link expand(Stored s) {
    Map<String, Object> snapshot = new LinkedHashMap<>();
    for (int i = 0; i < s.fields.length; i++) {
      snapshot.put(s.fields[i], s.values[i]);
    }
    String fingerprint =
        s.fingerprint instanceof byte[] bytes ? HEX.formatHex(bytes) : (String) s.fingerprint;
    return new Link(
        s.key,
        s.contactId,
        s.targetId,
        fingerprint,
        snapshot,
        s.mappingVersion,
        Instant.ofEpochSecond(s.syncedSecond, s.syncedNano),
        s.tombstone);
  }

  private @Nullable Link read(@Nullable LinkKey key) {
    Stored s = key == null ? null : links.get(key);
    return s == null ? null : expand(s);
  }

  @Override
  public synchronized Optional<Link> get(LinkKey key) {
    return Optional.ofNullable(read(mine(key)));
  }

  @Override
  public synchronized Optional<Link> findByTargetId(EntityKind kind, String targetId) {
    return Optional.ofNullable(read(byTargetId.get(new TargetKey(kind, targetId))));
  }

  @Override
  public synchronized void put(Link link) {
    LinkKey given = mine(link.key());
    LinkKey key = new LinkKey(target, share(given.locationId()), given.kind(), given.ghlId());
    TargetKey targetKey = new TargetKey(key.kind(), link.targetId());
    LinkKey holder = byTargetId.get(targetKey);
    if (holder != null && !holder.equals(key)) {
      throw new LinkConflictException(key, holder);
    }
    Stored old = links.put(key, compact(key, link));
    if (old != null) {
      unindex(old);
    }
    byTargetId.put(targetKey, key);
    ContactKey contact = new ContactKey(key.locationId(), link.contactId());
    LinkKey[] keys = byContact.getOrDefault(contact, NO_KEYS);
    for (LinkKey k : keys) {
      if (k.equals(key)) {
        return;
      }
    }
    LinkKey[] grown = Arrays.copyOf(keys, keys.length + 1);
    grown[keys.length] = key;
    byContact.put(contact, grown);
  }

  @Override
  public synchronized void remove(LinkKey key) {
    Stored old = links.remove(mine(key));
    if (old != null) {
      unindex(old);
    }
  }

  private void unindex(Stored old) {
    byTargetId.remove(new TargetKey(old.key.kind(), old.targetId), old.key);
    ContactKey contact = new ContactKey(old.key.locationId(), old.contactId);
    LinkKey[] keys = byContact.get(contact);
    if (keys == null) {
      return;
    }
    List<LinkKey> left = new ArrayList<>(keys.length);
    for (LinkKey k : keys) {
      if (!k.equals(old.key)) {
        left.add(k);
      }
    }
    if (left.isEmpty()) {
      byContact.remove(contact);
    } else {
      byContact.put(contact, left.toArray(NO_KEYS));
    }
  }

  @Override
  public synchronized List<Link> forContact(String locationId, String contactId) {
    LinkKey[] keys = byContact.getOrDefault(new ContactKey(locationId, contactId), NO_KEYS);
    List<Link> out = new ArrayList<>(keys.length);
    for (LinkKey key : keys) {
      Link link = read(key);
      if (link != null) {
        out.add(link);
      }
    }
    return out;
  }

  @Override
  public synchronized long count() {
    return links.size();
  }
}
