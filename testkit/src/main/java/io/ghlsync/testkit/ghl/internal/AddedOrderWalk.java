package io.ghlsync.testkit.ghl.internal;

import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Walks a location's live contacts in (dateAdded, id) order by merging the seeded block (in index
 * order, skipping shadowed indexes) with the stored contacts (a sorted set). Seeded contacts are
 * generated one at a time, so paging through a million of them costs only the pages read.
 */
final class AddedOrderWalk implements Iterator<Map<String, Object>> {
  private final ContactStore store;
  private final boolean ascending;
  private final @Nullable SeededContacts seeded;
  private final Iterator<AddedKey> storedKeys;
  private @Nullable AddedKey nextStored;
  private int seededIndex;

  AddedOrderWalk(ContactStore store, boolean ascending, @Nullable AddedKey after) {
    this.store = store;
    this.ascending = ascending;
    this.seeded = store.seededOrNull();
    if (after == null) {
      storedKeys =
          ascending ? store.storedOrder().iterator() : store.storedOrder().descendingIterator();
    } else {
      storedKeys =
          ascending
              ? store.storedOrder().tailSet(after, false).iterator()
              : store.storedOrder().headSet(after, false).descendingIterator();
    }
    nextStored = storedKeys.hasNext() ? storedKeys.next() : null;
    seededIndex = seeded == null ? -1 : store.nextLive(start(seeded, after), ascending);
  }

  private int start(SeededContacts block, @Nullable AddedKey after) {
    if (after == null) {
      return ascending ? 0 : block.count() - 1;
    }
    int index = block.firstIndexAtOrAfter(after.millis());
    if (ascending) {
      while (index < block.count() && keyOf(block, index).compareTo(after) <= 0) {
        index++;
      }
      return index;
    }
    index = Math.min(index, block.count() - 1);
    while (index >= 0 && keyOf(block, index).compareTo(after) >= 0) {
      index--;
    }
    return index;
  }

  @Override
  public boolean hasNext() {
    return nextStored != null || seededLive();
  }

  @Override
  public Map<String, Object> next() {
    AddedKey stored = nextStored;
    boolean seededLeft = seededLive();
    if (stored == null && !seededLeft) {
      throw new NoSuchElementException();
    }
    SeededContacts block = seeded;
    if (block != null && seededLeft) {
      AddedKey seededKey = keyOf(block, seededIndex);
      boolean seededFirst =
          stored == null
              || (ascending ? seededKey.compareTo(stored) < 0 : seededKey.compareTo(stored) > 0);
      if (seededFirst) {
        Map<String, Object> contact = block.contact(seededIndex);
        seededIndex = store.nextLive(ascending ? seededIndex + 1 : seededIndex - 1, ascending);
        return contact;
      }
    }
    AddedKey key = Objects.requireNonNull(stored);
    nextStored = storedKeys.hasNext() ? storedKeys.next() : null;
    return store.storedContact(key.id());
  }

  private boolean seededLive() {
    return seeded != null && seededIndex >= 0 && seededIndex < seeded.count();
  }

  private static AddedKey keyOf(SeededContacts block, int index) {
    return new AddedKey(block.addedMillis(index), block.id(index));
  }
}
