package io.ghlsync.testkit.ghl.internal;

import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The live contacts of one location: an optional seeded block plus stored contacts (created ones
 * and seeded ones that were written, which are then "shadowed" in the block). Keeps contacts
 * ordered by (dateAdded, id) and indexed by email and phone. Not thread-safe; the location locks.
 */
public final class ContactStore {
  private final Map<String, Map<String, Object>> stored = new ConcurrentHashMap<>();
  private final NavigableSet<AddedKey> order = new TreeSet<>();
  private final Map<String, Set<String>> byEmail = new HashMap<>();
  private final Map<String, Set<String>> byPhone = new HashMap<>();
  private final BitSet shadowed = new BitSet();
  private volatile @Nullable SeededContacts seeded;

  /**
   * Installs the seeded block; only one per location.
   *
   * @param block the block
   */
  public void seed(SeededContacts block) {
    if (seeded != null) {
      throw new IllegalStateException("this location is already seeded; seed it only once");
    }
    seeded = block;
  }

  /**
   * Returns the seeded block, if any.
   *
   * @return the block
   */
  public Optional<SeededContacts> seeded() {
    return Optional.ofNullable(seeded);
  }

  /**
   * Reads a contact. Unwritten seeded contacts come back as fresh copies; stored ones as the stored
   * map, which callers must change only through {@link #update}.
   *
   * @param id the contact id
   * @return the contact
   */
  public Optional<Map<String, Object>> get(String id) {
    Map<String, Object> contact = stored.get(id);
    if (contact != null) {
      return Optional.of(contact);
    }
    OptionalInt index = seededIndex(id);
    if (index.isPresent() && !shadowed.get(index.getAsInt())) {
      return Optional.of(requireSeeded().contact(index.getAsInt()));
    }
    return Optional.empty();
  }

  /**
   * Tells whether an id is a seeded contact's id that was never written, deleted or not.
   *
   * @param id the id
   * @return the seeded index, if the id is seeded and unwritten
   */
  public OptionalInt unwrittenSeededIndex(String id) {
    OptionalInt index = seededIndex(id);
    return index.isPresent() && !shadowed.get(index.getAsInt()) ? index : OptionalInt.empty();
  }

  /**
   * Tells, without locking, whether an id is or was a contact of this location; safe to call from a
   * request that holds another location's lock.
   *
   * @param id the contact id
   * @return whether the id is stored here or is one of this location's seeded ids
   */
  public boolean mayHold(String id) {
    return stored.containsKey(id) || seededIndex(id).isPresent();
  }

  /**
   * Stores a new contact.
   *
   * @param contact the contact with at least {@code id} and {@code dateAdded}
   */
  public void add(Map<String, Object> contact) {
    String id = JsonTree.requireText(contact, "id");
    stored.put(id, contact);
    index(contact);
  }

  /**
   * Changes a contact (materialising a seeded one first) and re-indexes it.
   *
   * @param id the contact id
   * @param change what to do to the contact's map
   * @return the changed contact, if it exists
   */
  public Optional<Map<String, Object>> update(String id, Consumer<Map<String, Object>> change) {
    Optional<Map<String, Object>> found = get(id);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> contact = found.get();
    OptionalInt index = unwrittenSeededIndex(id);
    if (index.isPresent()) {
      shadowed.set(index.getAsInt());
      stored.put(id, contact);
    } else {
      unindex(contact);
    }
    change.accept(contact);
    index(contact);
    return Optional.of(contact);
  }

  /**
   * Deletes a contact.
   *
   * @param id the contact id
   * @return the deleted contact, if it existed
   */
  public Optional<Map<String, Object>> remove(String id) {
    Optional<Map<String, Object>> found = get(id);
    if (found.isEmpty()) {
      return found;
    }
    OptionalInt index = unwrittenSeededIndex(id);
    if (index.isPresent()) {
      shadowed.set(index.getAsInt());
    } else {
      stored.remove(id);
      unindex(found.get());
    }
    return found;
  }

  /**
   * Counts the live contacts.
   *
   * @return the count
   */
  public int size() {
    int seededCount = seeded == null ? 0 : seeded.count();
    return seededCount - shadowed.cardinality() + stored.size();
  }

  /**
   * Finds live contacts by email (primary, or additional when asked).
   *
   * @param email the email, any case
   * @param additional whether to look at additional emails instead of the primary one
   * @return the ids, oldest first
   */
  public List<String> idsByEmail(String email, boolean additional) {
    String key = (additional ? "+" : "") + email.toLowerCase(Locale.ROOT);
    Set<String> ids = new LinkedHashSet<>();
    if (!additional && seeded != null) {
      seeded.indexByEmail(key).ifPresent(i -> addUnwritten(ids, i));
    }
    ids.addAll(byEmail.getOrDefault(key, Set.of()));
    return List.copyOf(ids);
  }

  /**
   * Finds live contacts by phone.
   *
   * @param phone the phone in E.164
   * @return the ids, oldest first
   */
  public List<String> idsByPhone(String phone) {
    Set<String> ids = new LinkedHashSet<>();
    if (seeded != null) {
      seeded.indexByPhone(phone).ifPresent(i -> addUnwritten(ids, i));
    }
    ids.addAll(byPhone.getOrDefault(phone, Set.of()));
    return List.copyOf(ids);
  }

  /**
   * Walks the live contacts in (dateAdded, id) order, starting after a key, generating seeded
   * contacts only as the walk reaches them.
   *
   * @param ascending the direction
   * @param after the exclusive start key, or {@code null} to start at the beginning
   * @return the walk
   */
  public Iterator<Map<String, Object>> inAddedOrder(boolean ascending, @Nullable AddedKey after) {
    return new AddedOrderWalk(this, ascending, after);
  }

  @Nullable SeededContacts seededOrNull() {
    return seeded;
  }

  boolean isShadowed(int index) {
    return shadowed.get(index);
  }

  int nextLive(int index, boolean ascending) {
    return ascending ? shadowed.nextClearBit(index) : shadowed.previousClearBit(index);
  }

  NavigableSet<AddedKey> storedOrder() {
    return order;
  }

  Map<String, Object> storedContact(String id) {
    Map<String, Object> contact = stored.get(id);
    if (contact == null) {
      throw new IllegalStateException("stored order lists a missing contact " + id);
    }
    return contact;
  }

  private void addUnwritten(Set<String> ids, int index) {
    if (!shadowed.get(index)) {
      ids.add(requireSeeded().id(index));
    }
  }

  private OptionalInt seededIndex(String id) {
    return seeded == null ? OptionalInt.empty() : seeded.indexOf(id);
  }

  private SeededContacts requireSeeded() {
    SeededContacts block = seeded;
    if (block == null) {
      throw new IllegalStateException("no seeded block");
    }
    return block;
  }

  private void index(Map<String, Object> contact) {
    String id = JsonTree.requireText(contact, "id");
    order.add(AddedKey.of(contact));
    if (contact.get("email") instanceof String email) {
      byEmail.computeIfAbsent(email.toLowerCase(Locale.ROOT), k -> new HashSet<>()).add(id);
    }
    if (contact.get("additionalEmails") instanceof List<?> extra) {
      for (Object email : extra) {
        String key = "+" + String.valueOf(email).toLowerCase(Locale.ROOT);
        byEmail.computeIfAbsent(key, k -> new HashSet<>()).add(id);
      }
    }
    if (contact.get("phone") instanceof String phone) {
      byPhone.computeIfAbsent(phone, k -> new HashSet<>()).add(id);
    }
  }

  private void unindex(Map<String, Object> contact) {
    String id = JsonTree.requireText(contact, "id");
    order.remove(AddedKey.of(contact));
    if (contact.get("email") instanceof String email) {
      drop(byEmail, email.toLowerCase(Locale.ROOT), id);
    }
    if (contact.get("additionalEmails") instanceof List<?> extra) {
      for (Object email : extra) {
        drop(byEmail, "+" + String.valueOf(email).toLowerCase(Locale.ROOT), id);
      }
    }
    if (contact.get("phone") instanceof String phone) {
      drop(byPhone, phone, id);
    }
  }

  private static void drop(Map<String, Set<String>> index, String key, String id) {
    Set<String> ids = index.get(key);
    if (ids != null && ids.remove(id) && ids.isEmpty()) {
      index.remove(key);
    }
  }
}
