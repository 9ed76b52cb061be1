package io.ghlsync.sync.store;

import io.ghlsync.sync.model.EntityKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The in-memory {@link LinkStore} of one target, indexed by key, by target id and by contact. */
final class InMemoryLinkStore implements LinkStore {
  private record ContactKey(String locationId, String contactId) {}

  private record TargetKey(EntityKind kind, String targetId) {}

  private final String target;
  private final Map<LinkKey, Link> links = new HashMap<>();
  private final Map<TargetKey, LinkKey> byTargetId = new HashMap<>();
  private final Map<ContactKey, Set<LinkKey>> byContact = new HashMap<>();

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

  @Override
  public synchronized Optional<Link> get(LinkKey key) {
    return Optional.ofNullable(links.get(mine(key)));
  }

  @Override
  public synchronized Optional<Link> findByTargetId(EntityKind kind, String targetId) {
    LinkKey key = byTargetId.get(new TargetKey(kind, targetId));
    return key == null ? Optional.empty() : Optional.ofNullable(links.get(key));
  }

  @Override
  public synchronized void put(Link link) {
    LinkKey key = mine(link.key());
    TargetKey targetKey = new TargetKey(key.kind(), link.targetId());
    LinkKey holder = byTargetId.get(targetKey);
    if (holder != null && !holder.equals(key)) {
      throw new LinkConflictException(key, holder);
    }
    Link old = links.put(key, link);
    if (old != null) {
      unindex(old);
    }
    byTargetId.put(targetKey, key);
    byContact
        .computeIfAbsent(new ContactKey(key.locationId(), link.contactId()), k -> new HashSet<>())
        .add(key);
  }

  @Override
  public synchronized void remove(LinkKey key) {
    Link old = links.remove(mine(key));
    if (old != null) {
      unindex(old);
    }
  }

  private void unindex(Link old) {
    byTargetId.remove(new TargetKey(old.key().kind(), old.targetId()), old.key());
    ContactKey contact = new ContactKey(old.key().locationId(), old.contactId());
    Set<LinkKey> keys = byContact.get(contact);
    if (keys != null) {
      keys.remove(old.key());
      if (keys.isEmpty()) {
        byContact.remove(contact);
      }
    }
  }

  @Override
  public synchronized List<Link> forContact(String locationId, String contactId) {
    Set<LinkKey> keys = byContact.get(new ContactKey(locationId, contactId));
    List<Link> out = new ArrayList<>();
    if (keys != null) {
      for (LinkKey key : keys) {
        Link link = links.get(key);
        if (link != null) {
          out.add(link);
        }
      }
    }
    return out;
  }

  @Override
  public synchronized long count() {
    return links.size();
  }
}
