package io.ghlsync.sync.store;

import io.ghlsync.sync.model.Trigger;
import java.time.Clock;
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

/** The in-memory {@link WorkQueue} of one engine: one lock, one ordered ready set. */
final class InMemoryWorkQueue implements WorkQueue {
  private record ContactKey(String locationId, String contactId) {
    static ContactKey of(WorkItem item) {
      return new ContactKey(item.locationId(), item.contactId());
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

  private final Clock clock;
  private final NavigableSet<Entry> ready = new TreeSet<>(ORDER);
  private final Map<ContactKey, Entry> waiting = new HashMap<>();
  private final Map<ContactKey, Entry> leased = new HashMap<>();
  private final Map<String, DeadLetter> dead = new LinkedHashMap<>();
  private long seq;

  InMemoryWorkQueue(Clock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized WorkItem enqueue(
      String locationId, String contactId, Set<String> targets, Trigger trigger) {
    Instant now = clock.instant();
    WorkItem fresh =
        new WorkItem(
            UUID.randomUUID().toString(),
            locationId,
            contactId,
            targets,
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
      ready.remove(existing);
      existing.item = existing.item.mergedWith(item);
      ready.add(existing);
      return existing;
    }
    Entry entry = new Entry(item, seq++);
    waiting.put(key, entry);
    ready.add(entry);
    return entry;
  }

  @Override
  public synchronized List<Lease> lease(String owner, int max, Duration leaseFor) {
    Instant now = clock.instant();
    expire(now);
    List<Lease> out = new ArrayList<>();
    Iterator<Entry> it = ready.iterator();
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
      String locationId, String contactId, String owner, Duration leaseFor) {
    Instant now = clock.instant();
    expire(now);
    ContactKey key = new ContactKey(locationId, contactId);
    Entry e = waiting.get(key);
    if (e == null || leased.containsKey(key)) {
      return Optional.empty();
    }
    ready.remove(e);
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
      add(withNotBefore(e.item, now));
    }
  }

  private @Nullable Entry held(Lease lease) {
    Entry e = leased.get(ContactKey.of(lease.item()));
    if (e == null || !lease.token().equals(e.token)) {
      return null;
    }
    if (!e.until.isAfter(clock.instant())) {
      // Expired but not reclaimed yet: the lease is lost all the same, or a worker could finish
      // an item that another worker is about to take over.
      expire(clock.instant());
      return null;
    }
    return e;
  }

  @Override
  public synchronized Optional<Lease> renew(Lease lease, Duration leaseFor) {
    Entry e = held(lease);
    if (e == null) {
      return Optional.empty();
    }
    e.until = clock.instant().plus(leaseFor);
    return Optional.of(new Lease(e.item, lease.owner(), lease.token(), e.until));
  }

  @Override
  public synchronized boolean complete(Lease lease) {
    Entry e = held(lease);
    if (e == null) {
      return false;
    }
    leased.remove(ContactKey.of(e.item));
    e.token = null;
    return true;
  }

  @Override
  public synchronized Optional<Lease> recordFailure(Lease lease, String error) {
    Entry e = held(lease);
    if (e == null) {
      return Optional.empty();
    }
    e.item = failed(e.item, e.item.targets(), error, e.item.notBefore());
    return Optional.of(new Lease(e.item, lease.owner(), lease.token(), e.until));
  }

  @Override
  public synchronized boolean retryLater(
      Lease lease, Set<String> targets, String error, Duration delay) {
    if (targets.isEmpty() || !lease.item().targets().containsAll(targets)) {
      throw new IllegalArgumentException(
          "targets " + targets + " must be a non-empty subset of " + lease.item().targets());
    }
    Entry e = held(lease);
    if (e == null) {
      return false;
    }
    WorkItem next = failed(e.item, targets, error, clock.instant().plus(delay));
    leased.remove(ContactKey.of(e.item));
    e.token = null;
    add(next);
    return true;
  }

  private static WorkItem failed(WorkItem i, Set<String> targets, String error, Instant notBefore) {
    return new WorkItem(
        i.id(),
        i.locationId(),
        i.contactId(),
        targets,
        i.triggers(),
        i.attempts() + 1,
        error,
        i.enqueuedAt(),
        notBefore);
  }

  @Override
  public synchronized boolean release(Lease lease, Duration delay) {
    Entry e = held(lease);
    if (e == null) {
      return false;
    }
    leased.remove(ContactKey.of(e.item));
    e.token = null;
    add(withNotBefore(e.item, clock.instant().plus(delay)));
    return true;
  }

  private static WorkItem withNotBefore(WorkItem i, Instant notBefore) {
    return new WorkItem(
        i.id(),
        i.locationId(),
        i.contactId(),
        i.targets(),
        i.triggers(),
        i.attempts(),
        i.lastError(),
        i.enqueuedAt(),
        notBefore);
  }

  @Override
  public synchronized Optional<DeadLetter> deadLetter(Lease lease, String target, String reason) {
    if (!lease.item().targets().contains(target)) {
      throw new IllegalArgumentException(
          "target " + target + " is not one of the item's targets " + lease.item().targets());
    }
    Entry e = held(lease);
    if (e == null) {
      return Optional.empty();
    }
    DeadLetter letter =
        new DeadLetter(
            UUID.randomUUID().toString(),
            target,
            e.item.withTargets(Set.of(target)),
            reason,
            clock.instant());
    dead.put(letter.id(), letter);
    Set<String> rest = new TreeSet<>(e.item.targets());
    rest.remove(target);
    if (rest.isEmpty()) {
      leased.remove(ContactKey.of(e.item));
      e.token = null;
    } else {
      e.item = e.item.withTargets(rest);
    }
    return Optional.of(letter);
  }

  @Override
  public synchronized List<DeadLetter> deadLetters() {
    return List.copyOf(dead.values());
  }

  @Override
  public synchronized Optional<WorkItem> replay(String deadLetterId) {
    DeadLetter letter = dead.remove(deadLetterId);
    if (letter == null) {
      return Optional.empty();
    }
    WorkItem i = letter.item();
    Set<Trigger> triggers = EnumSet.copyOf(i.triggers());
    triggers.add(Trigger.REPLAY);
    WorkItem again =
        new WorkItem(
            i.id(),
            i.locationId(),
            i.contactId(),
            Set.of(letter.target()),
            triggers,
            0,
            "",
            i.enqueuedAt(),
            clock.instant());
    return Optional.of(add(again).item);
  }

  @Override
  public synchronized boolean isIdle() {
    return ready.isEmpty() && leased.isEmpty();
  }

  @Override
  public synchronized QueueStats stats() {
    Instant now = clock.instant();
    int readyNow = 0;
    int delayed = 0;
    for (Entry e : ready) {
      if (e.item.notBefore().isAfter(now)) {
        delayed++;
      } else {
        readyNow++;
      }
    }
    return new QueueStats(readyNow, delayed, leased.size(), dead.size());
  }
}
