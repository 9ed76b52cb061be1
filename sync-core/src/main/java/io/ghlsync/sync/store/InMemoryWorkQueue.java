package io.ghlsync.sync.store;

import io.ghlsync.sync.model.Trigger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The in-memory {@link WorkQueue}: one lock, ordered ready sets per target. */
final class InMemoryWorkQueue implements WorkQueue {
  private record ContactKey(String target, String locationId, String contactId) {
    static ContactKey of(WorkItem item) {
      return new ContactKey(item.target(), item.locationId(), item.contactId());
    }
  }

  private static final class Entry {
    WorkItem item;
    final long seq;
    @Nullable String token;
    Instant until = Instant.MIN;

    Entry(WorkItem item, long seq) {
      this.item = item;
      this.seq = seq;
    }
  }

  private static final Comparator<Entry> ORDER =
      Comparator.<Entry, Instant>comparing(e -> e.item.notBefore()).thenComparingLong(e -> e.seq);

  private final Map<String, NavigableSet<Entry>> ready = new HashMap<>();
  private final Map<ContactKey, Entry> waiting = new HashMap<>();
  private final Map<ContactKey, Entry> leased = new HashMap<>();
  private final Map<String, DeadLetter> dead = new LinkedHashMap<>();
  private long seq;

  @Override
  public synchronized WorkItem enqueue(
      String target, String locationId, String contactId, Trigger trigger, Instant now) {
    WorkItem fresh =
        new WorkItem(
            UUID.randomUUID().toString(),
            target,
            locationId,
            contactId,
            Set.of(trigger),
            0,
            "",
            now,
            now);
    return add(fresh).item;
  }

  private Entry add(WorkItem item) {
    ContactKey key = ContactKey.of(item);
    Entry existing = waiting.get(key);
    if (existing != null) {
      readySet(item.target()).remove(existing);
      existing.item = merge(existing.item, item);
      readySet(item.target()).add(existing);
      return existing;
    }
    Entry entry = new Entry(item, seq++);
    waiting.put(key, entry);
    readySet(item.target()).add(entry);
    return entry;
  }

  private static WorkItem merge(WorkItem kept, WorkItem other) {
    Set<Trigger> triggers = EnumSet.copyOf(kept.triggers());
    triggers.addAll(other.triggers());
    Instant notBefore =
        kept.notBefore().isBefore(other.notBefore()) ? kept.notBefore() : other.notBefore();
    if (kept.attempts() > 0) {
      notBefore = kept.notBefore();
    }
    return new WorkItem(
        kept.id(),
        kept.target(),
        kept.locationId(),
        kept.contactId(),
        triggers,
        Math.max(kept.attempts(), other.attempts()),
        kept.lastError().isEmpty() ? other.lastError() : kept.lastError(),
        kept.enqueuedAt().isBefore(other.enqueuedAt()) ? kept.enqueuedAt() : other.enqueuedAt(),
        notBefore);
  }

  private NavigableSet<Entry> readySet(String target) {
    return ready.computeIfAbsent(target, t -> new TreeSet<>(ORDER));
  }

  @Override
  public synchronized List<Lease> lease(
      String target, String owner, int max, Duration leaseFor, Instant now) {
    expire(now);
    List<Lease> out = new ArrayList<>();
    Iterator<Entry> it = readySet(target).iterator();
    while (it.hasNext() && out.size() < max) {
      Entry e = it.next();
      if (e.item.notBefore().isAfter(now)) {
        break;
      }
      ContactKey key = ContactKey.of(e.item);
      if (leased.containsKey(key)) {
        continue;
      }
      it.remove();
      out.add(take(e, key, owner, now.plus(leaseFor)));
    }
    return out;
  }

  @Override
  public synchronized Optional<Lease> leaseContact(
      String target,
      String locationId,
      String contactId,
      String owner,
      Duration leaseFor,
      Instant now) {
    expire(now);
    ContactKey key = new ContactKey(target, locationId, contactId);
    Entry e = waiting.get(key);
    if (e == null || leased.containsKey(key)) {
      return Optional.empty();
    }
    readySet(target).remove(e);
    return Optional.of(take(e, key, owner, now.plus(leaseFor)));
  }

  private Lease take(Entry e, ContactKey key, String owner, Instant until) {
    waiting.remove(key);
    leased.put(key, e);
    e.token = UUID.randomUUID().toString();
    e.until = until;
    return new Lease(e.item, owner, e.token, until);
  }

  private void expire(Instant now) {
    List<Entry> expired = new ArrayList<>();
    for (Entry e : leased.values()) {
      if (!e.until.isAfter(now)) {
        expired.add(e);
      }
    }
    for (Entry e : expired) {
      leased.remove(ContactKey.of(e.item));
      e.token = null;
      e.item = withNotBefore(e.item, now);
      add(e.item);
    }
  }

  private @Nullable Entry held(Lease lease) {
    Entry e = leased.get(ContactKey.of(lease.item()));
    return e != null && lease.token().equals(e.token) ? e : null;
  }

  @Override
  public synchronized Optional<Lease> renew(Lease lease, Instant until) {
    Entry e = held(lease);
    if (e == null) {
      return Optional.empty();
    }
    e.until = until;
    return Optional.of(new Lease(e.item, lease.owner(), lease.token(), until));
  }

  @Override
  public synchronized boolean complete(Lease lease) {
    Entry e = held(lease);
    if (e == null) {
      return false;
    }
    leased.remove(ContactKey.of(e.item));
    return true;
  }

  @Override
  public synchronized Optional<Lease> recordFailure(Lease lease, String error) {
    Entry e = held(lease);
    if (e == null) {
      return Optional.empty();
    }
    WorkItem i = e.item;
    e.item =
        new WorkItem(
            i.id(),
            i.target(),
            i.locationId(),
            i.contactId(),
            i.triggers(),
            i.attempts() + 1,
            error,
            i.enqueuedAt(),
            i.notBefore());
    return Optional.of(new Lease(e.item, lease.owner(), lease.token(), e.until));
  }

  @Override
  public synchronized boolean release(Lease lease, Instant notBefore) {
    Entry e = held(lease);
    if (e == null) {
      return false;
    }
    leased.remove(ContactKey.of(e.item));
    e.token = null;
    add(withNotBefore(e.item, notBefore));
    return true;
  }

  private static WorkItem withNotBefore(WorkItem i, Instant notBefore) {
    return new WorkItem(
        i.id(),
        i.target(),
        i.locationId(),
        i.contactId(),
        i.triggers(),
        i.attempts(),
        i.lastError(),
        i.enqueuedAt(),
        notBefore);
  }

  @Override
  public synchronized Optional<DeadLetter> deadLetter(Lease lease, String reason, Instant now) {
    Entry e = held(lease);
    if (e == null) {
      return Optional.empty();
    }
    leased.remove(ContactKey.of(e.item));
    DeadLetter letter = new DeadLetter(UUID.randomUUID().toString(), e.item, reason, now);
    dead.put(letter.id(), letter);
    return Optional.of(letter);
  }

  @Override
  public synchronized List<DeadLetter> deadLetters(String target) {
    return dead.values().stream().filter(d -> d.item().target().equals(target)).toList();
  }

  @Override
  public synchronized Optional<WorkItem> replay(String target, String deadLetterId, Instant now) {
    DeadLetter letter = dead.get(deadLetterId);
    if (letter == null || !letter.item().target().equals(target)) {
      return Optional.empty();
    }
    dead.remove(deadLetterId);
    WorkItem i = letter.item();
    Set<Trigger> triggers = EnumSet.copyOf(i.triggers());
    triggers.add(Trigger.REPLAY);
    WorkItem again =
        new WorkItem(
            i.id(),
            i.target(),
            i.locationId(),
            i.contactId(),
            triggers,
            0,
            "",
            i.enqueuedAt(),
            now);
    return Optional.of(add(again).item);
  }

  @Override
  public synchronized boolean isIdle(String target, Instant now) {
    if (!readySet(target).isEmpty()) {
      return false;
    }
    for (ContactKey key : leased.keySet()) {
      if (key.target().equals(target)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public synchronized QueueStats stats(String target, Instant now) {
    int readyNow = 0;
    int delayed = 0;
    for (Entry e : readySet(target)) {
      if (e.item.notBefore().isAfter(now)) {
        delayed++;
      } else {
        readyNow++;
      }
    }
    int leasedCount = 0;
    for (ContactKey key : leased.keySet()) {
      if (key.target().equals(target)) {
        leasedCount++;
      }
    }
    return new QueueStats(readyNow, delayed, leasedCount, deadLetters(target).size());
  }
}
