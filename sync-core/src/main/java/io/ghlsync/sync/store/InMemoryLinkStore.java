package io.ghlsync.sync.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The in-memory {@link LinkStore}, indexed by key and by contact. */
final class InMemoryLinkStore implements LinkStore {
  private record ContactKey(String target, String locationId, String contactId) {}

  private final Map<LinkKey, Link> links = new ConcurrentHashMap<>();
  private final Map<ContactKey, Set<LinkKey>> byContact = new ConcurrentHashMap<>();

  @Override
  public Optional<Link> get(LinkKey key) {
    return Optional.ofNullable(links.get(key));
  }

  @Override
  public synchronized void put(Link link) {
    Link old = links.put(link.key(), link);
    if (old != null && !old.contactId().equals(link.contactId())) {
      index(old).remove(old.key());
    }
    index(link).add(link.key());
  }

  @Override
  public synchronized void remove(LinkKey key) {
    Link old = links.remove(key);
    if (old != null) {
      index(old).remove(key);
    }
  }

  @Override
  public List<Link> forContact(String target, String locationId, String contactId) {
    Set<LinkKey> keys = byContact.get(new ContactKey(target, locationId, contactId));
    List<Link> out = new ArrayList<>();
    if (keys != null) {
      for (LinkKey key : keys.toArray(LinkKey[]::new)) {
        Link link = links.get(key);
        if (link != null) {
          out.add(link);
        }
      }
    }
    return out;
  }

  @Override
  public long count(String target) {
    return links.keySet().stream().filter(k -> k.target().equals(target)).count();
  }

  private Set<LinkKey> index(Link link) {
    return byContact.computeIfAbsent(
        new ContactKey(link.key().target(), link.key().locationId(), link.contactId()),
        k -> ConcurrentHashMap.newKeySet());
  }
}
