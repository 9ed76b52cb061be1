package io.ghlsync.sync.store;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The in-memory {@link AuditLog}. It keeps at most {@code capacity} entries and drops the oldest
 * beyond that, so a long-running host does not grow without bound.
 */
final class InMemoryAuditLog implements AuditLog {
  private record ContactKey(String locationId, String contactId) {}

  private final int capacity;
  private final Deque<AuditEntry> all = new ArrayDeque<>();
  private final Map<ContactKey, Deque<AuditEntry>> byContact = new HashMap<>();

  InMemoryAuditLog(int capacity) {
    this.capacity = capacity;
  }

  @Override
  public synchronized void append(AuditEntry entry) {
    all.addLast(entry);
    byContact.computeIfAbsent(key(entry), k -> new ArrayDeque<>()).addLast(entry);
    while (all.size() > capacity) {
      drop(all.pollFirst());
    }
  }

  private static ContactKey key(AuditEntry entry) {
    return new ContactKey(entry.locationId(), entry.contactId());
  }

  private void drop(AuditEntry oldest) {
    Deque<AuditEntry> list = byContact.get(key(oldest));
    if (list != null) {
      list.remove(oldest);
      if (list.isEmpty()) {
        byContact.remove(key(oldest));
      }
    }
  }

  @Override
  public synchronized List<AuditEntry> forContact(String locationId, String contactId) {
    Deque<AuditEntry> list = byContact.get(new ContactKey(locationId, contactId));
    return list == null ? List.of() : List.copyOf(list);
  }

  @Override
  public synchronized List<AuditEntry> forContact(
      String locationId, String contactId, Instant from, Instant to) {
    Deque<AuditEntry> list = byContact.get(new ContactKey(locationId, contactId));
    if (list == null) {
      return List.of();
    }
    List<AuditEntry> out = new ArrayList<>();
    for (AuditEntry e : list) {
      if (!e.at().isBefore(from) && e.at().isBefore(to)) {
        out.add(e);
      }
    }
    return out;
  }

  @Override
  public synchronized List<AuditEntry> recent(int limit) {
    List<AuditEntry> out = new ArrayList<>();
    Iterator<AuditEntry> it = all.descendingIterator();
    while (it.hasNext() && out.size() < limit) {
      out.add(it.next());
    }
    return out;
  }

  @Override
  public synchronized int purgeBefore(Instant cutoff) {
    int dropped = 0;
    while (!all.isEmpty() && all.peekFirst().at().isBefore(cutoff)) {
      drop(all.pollFirst());
      dropped++;
    }
    return dropped;
  }
}
