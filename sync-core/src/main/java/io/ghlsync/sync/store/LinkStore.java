package io.ghlsync.sync.store;

import java.util.List;
import java.util.Optional;

/** Links between GHL records and target records; see {@link Link}. Thread safe. */
public interface LinkStore {

  /**
   * Finds the link of a GHL record.
   *
   * @param key the GHL side
   * @return the link, empty when the record was never written to the target
   */
  Optional<Link> get(LinkKey key);

  /**
   * Inserts or replaces a link.
   *
   * @param link the link
   */
  void put(Link link);

  /**
   * Removes a link; nothing happens when there is none.
   *
   * @param key the GHL side
   */
  void remove(LinkKey key);

  /**
   * Every link that belongs to a contact (the contact's own and those of its tasks and notes).
   *
   * @param target the target connector's name
   * @param locationId the GHL location
   * @param contactId the GHL contact
   * @return the links, in no particular order
   */
  List<Link> forContact(String target, String locationId, String contactId);

  /**
   * Counts a target's links (tombstones included).
   *
   * @param target the target connector's name
   * @return the number of links
   */
  long count(String target);
}
