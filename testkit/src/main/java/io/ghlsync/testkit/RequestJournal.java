package io.ghlsync.testkit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a fake server was asked, for assertions: the most recent entries in order and a count per
 * operation since the last {@link #clear()}. Only the newest {@code capacity} entries are kept, so
 * long benchmarks stay within memory; the counts cover every request. Thread-safe.
 *
 * <p>Example: {@code assertThat(fake.journal().count("create-contact")).isEqualTo(1);}
 */
public final class RequestJournal {
  private final int capacity;
  private final Deque<JournalEntry> entries = new ArrayDeque<>();
  private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();

  /**
   * Creates an empty journal.
   *
   * @param capacity how many of the newest entries to keep, at least 1
   */
  public RequestJournal(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
    }
    this.capacity = capacity;
  }

  /**
   * Records one exchange. Fake servers call this once per request.
   *
   * @param entry the exchange
   */
  public void record(JournalEntry entry) {
    counts.computeIfAbsent(entry.operation(), k -> new AtomicLong()).incrementAndGet();
    synchronized (entries) {
      entries.addLast(entry);
      if (entries.size() > capacity) {
        entries.removeFirst();
      }
    }
  }

  /**
   * Returns the kept entries, oldest first.
   *
   * @return a snapshot of the entries
   */
  public List<JournalEntry> entries() {
    synchronized (entries) {
      return List.copyOf(entries);
    }
  }

  /**
   * Counts the requests for one operation since the last clear, including faulted ones.
   *
   * @param operation the fake's operation name
   * @return how often it was called
   */
  public long count(String operation) {
    AtomicLong count = counts.get(operation);
    return count == null ? 0 : count.get();
  }

  /**
   * Counts the kept entries that match.
   *
   * @param matcher which entries to count
   * @return how many kept entries match
   */
  public long count(RequestMatcher matcher) {
    return entries().stream()
        .filter(e -> matcher.matches(e.method(), e.path(), e.operation()))
        .count();
  }

  /**
   * Counts all requests since the last clear.
   *
   * @return the number of requests
   */
  public long total() {
    return counts.values().stream().mapToLong(AtomicLong::get).sum();
  }

  /**
   * Returns the request count per operation name, sorted by name.
   *
   * @return a snapshot of the counts
   */
  public Map<String, Long> counts() {
    Map<String, Long> snapshot = new TreeMap<>();
    counts.forEach((name, count) -> snapshot.put(name, count.get()));
    return snapshot;
  }

  /**
   * Returns the newest kept entry for an operation.
   *
   * @param operation the fake's operation name
   * @return the entry, if one is kept
   */
  public Optional<JournalEntry> last(String operation) {
    List<JournalEntry> snapshot = entries();
    for (int i = snapshot.size() - 1; i >= 0; i--) {
      if (snapshot.get(i).operation().equals(operation)) {
        return Optional.of(snapshot.get(i));
      }
    }
    return Optional.empty();
  }

  /** Forgets every entry and count. */
  public void clear() {
    synchronized (entries) {
      entries.clear();
      counts.clear();
    }
  }
}
