package io.ghlsync.sync.internal;

import io.ghlsync.ghl.model.Contact;
import io.ghlsync.ghl.model.Task;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a scan already read from GHL for a contact it queued: the contact from the search page and,
 * with the task-search scope, its tasks. The work item's attempt takes it instead of reading the
 * same data again, so a backfill spends no {@code GET /contacts/{id}} per contact.
 *
 * <p>Held in memory only, bounded and short-lived: an entry older than {@code maxAge}, the oldest
 * entries beyond {@code capacity}, entries an event invalidated, and entries of items another
 * engine instance takes all simply fall back to reading GHL, which is always correct. An entry is
 * taken once: a retry of the item reads fresh data.
 */
final class PageReads {
  /** One contact's reads from a scan. */
  record Entry(Optional<Contact> contact, Optional<List<Task>> tasks, Instant readAt) {
    Entry withoutParts(Set<GhlPart> parts) {
      return new Entry(
          parts.contains(GhlPart.CONTACT) ? Optional.empty() : contact,
          parts.contains(GhlPart.TASKS) ? Optional.empty() : tasks,
          readAt);
    }

    boolean isEmpty() {
      return contact.isEmpty() && tasks.isEmpty();
    }
  }

  private final int capacity;
  private final Duration maxAge;
  private final Clock clock;
  private final Map<String, Entry> entries;

  PageReads(int capacity, Duration maxAge, Clock clock) {
    this.capacity = capacity;
    this.maxAge = maxAge;
    this.clock = clock;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, false) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > PageReads.this.capacity;
          }
        };
  }

  /** Whether this cache keeps anything at all. */
  boolean enabled() {
    return capacity > 0;
  }

  /** Keeps a contact as a search page returned it (replacing an older read of it). */
  synchronized void keepContact(String locationId, Contact contact) {
    if (!enabled()) {
      return;
    }
    String key = key(locationId, contact.id());
    Entry old = entries.remove(key);
    Optional<List<Task>> tasks = old == null ? Optional.empty() : old.tasks();
    entries.put(key, new Entry(Optional.of(contact), tasks, clock.instant()));
  }

  /** Keeps a contact's tasks as a task search returned them. */
  synchronized void keepTasks(String locationId, String contactId, List<Task> tasks) {
    if (!enabled()) {
      return;
    }
    String key = key(locationId, contactId);
    Entry old = entries.remove(key);
    Optional<Contact> contact = old == null ? Optional.empty() : old.contact();
    entries.put(key, new Entry(contact, Optional.of(List.copyOf(tasks)), clock.instant()));
  }

  /** Takes (and removes) what a scan read of a contact, unless it is too old. */
  synchronized Optional<Entry> take(String locationId, String contactId) {
    Entry entry = entries.remove(key(locationId, contactId));
    if (entry == null || entry.readAt().plus(maxAge).isBefore(clock.instant())) {
      return Optional.empty();
    }
    return Optional.of(entry);
  }

  /** Drops the parts an event says changed after the scan read them. */
  synchronized void forget(String locationId, String contactId, Set<GhlPart> parts) {
    String key = key(locationId, contactId);
    Entry entry = entries.get(key);
    if (entry != null) {
      Entry left = entry.withoutParts(parts);
      if (left.isEmpty()) {
        entries.remove(key);
      } else {
        entries.put(key, left);
      }
    }
  }

  /** How many contacts are held. */
  synchronized int size() {
    return entries.size();
  }

  private static String key(String locationId, String contactId) {
    return locationId + '\u0000' + contactId;
  }
}
