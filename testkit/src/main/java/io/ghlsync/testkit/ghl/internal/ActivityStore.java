package io.ghlsync.testkit.ghl.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiFunction;

/**
 * The tasks or the notes of a location's contacts. A seeded contact's items are generated until the
 * first write to one of them; then that contact's items are stored. Not thread-safe; the location
 * locks.
 */
public final class ActivityStore {
  private final ContactStore contacts;
  private final BiFunction<SeededContacts, Integer, List<Map<String, Object>>> generator;
  private final Map<String, Map<String, Map<String, Object>>> byContact = new HashMap<>();

  /**
   * Creates a store.
   *
   * @param contacts the location's contacts (for the seeded block)
   * @param generator how seeded items are generated, e.g. {@code SeededContacts::tasks}
   */
  public ActivityStore(
      ContactStore contacts,
      BiFunction<SeededContacts, Integer, List<Map<String, Object>>> generator) {
    this.contacts = contacts;
    this.generator = generator;
  }

  /**
   * Lists a contact's items in creation order.
   *
   * @param contactId the contact
   * @return the items (stored maps or fresh generated ones)
   */
  public List<Map<String, Object>> list(String contactId) {
    Map<String, Map<String, Object>> stored = byContact.get(contactId);
    if (stored != null) {
      return new ArrayList<>(stored.values());
    }
    return generated(contactId);
  }

  /**
   * Finds one item.
   *
   * @param contactId the contact
   * @param id the item id
   * @return the item
   */
  public Optional<Map<String, Object>> get(String contactId, String id) {
    return list(contactId).stream().filter(i -> id.equals(i.get("id"))).findFirst();
  }

  /**
   * Returns a contact's items for writing, storing generated ones first.
   *
   * @param contactId the contact
   * @return the stored items by id, in creation order
   */
  public Map<String, Map<String, Object>> writable(String contactId) {
    return byContact.computeIfAbsent(
        contactId,
        id -> {
          Map<String, Map<String, Object>> items = new LinkedHashMap<>();
          for (Map<String, Object> item : generated(id)) {
            items.put(JsonTree.requireText(item, "id"), item);
          }
          return items;
        });
  }

  /**
   * Forgets a deleted contact's items.
   *
   * @param contactId the contact
   */
  public void dropContact(String contactId) {
    byContact.put(contactId, new LinkedHashMap<>());
  }

  private List<Map<String, Object>> generated(String contactId) {
    Optional<SeededContacts> block = contacts.seeded();
    if (block.isEmpty()) {
      return new ArrayList<>();
    }
    OptionalInt index = block.get().indexOf(contactId);
    return index.isPresent() ? generator.apply(block.get(), index.getAsInt()) : new ArrayList<>();
  }
}
